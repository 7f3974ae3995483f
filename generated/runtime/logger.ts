/** A pluggable logger, silent by default. Everything logged goes through `redact` first. */

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Slack tokens (`xoxb-…`, `xoxe.xoxp-…`, `xapp-…`) and anything given as a secret. */
const TOKEN = /\b(xox[a-z]|xapp|xoxe\.xox[a-z])-[A-Za-z0-9-]+/g;

export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text.replace(TOKEN, '[redacted]');
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}
