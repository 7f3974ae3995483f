/**
 * A flaky Slack for soaks (test/runtime/soak.test.ts and bench/soak.mts): 15% of requests, spread
 * evenly by their number, meet one of the faults the transport tells apart; the rest succeed.
 * Writes (`chat.postMessage`) are counted as applied whenever the fault comes after Slack acted.
 */
import type { ServerResponse } from 'node:http';
import { json, type Handler } from './slack-server.ts';

export type Fault =
  | 'rate-limited'
  | 'server-error'
  | 'unavailable'
  | 'dropped'
  | 'cut-mid-body'
  | 'stalled'
  | 'too-large'
  | 'not-json'
  | 'api-error';

/** The 15 faulty rolls of every 100: 429s most, as Slack sends them most. */
const FAULTY_ROLLS: readonly Fault[] = [
  'rate-limited',
  'rate-limited',
  'rate-limited',
  'rate-limited',
  'server-error',
  'server-error',
  'unavailable',
  'dropped',
  'dropped',
  'cut-mid-body',
  'cut-mid-body',
  'stalled',
  'too-large',
  'not-json',
  'api-error',
];

export const FAULTS: readonly Fault[] = [...new Set(FAULTY_ROLLS)];

/** The bytes of a too-large answer: over the soak clients' `maxResponseBytes`. */
export const TOO_LARGE_BYTES = 96 * 1024;

/** The fault of the n-th request, or `null` for the 85% that succeed. */
export function faultOf(n: number): Fault | null {
  return FAULTY_ROLLS[(n * 7919) % 100] ?? null;
}

/** Faults that come after Slack acted on a request: a write met by one of them was applied. */
const AFTER_APPLYING: ReadonlySet<Fault> = new Set([
  'server-error',
  'unavailable',
  'dropped',
  'cut-mid-body',
  'stalled',
  'too-large',
  'not-json',
]);

/** Answers with the fault: a status, a broken or stalled connection, or a body the client must refuse. */
export function playFault(fault: Fault, res: ServerResponse): void {
  switch (fault) {
    case 'rate-limited':
      return json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '0' });
    case 'server-error':
      return json(res, 500, 'boom');
    case 'unavailable':
      return json(res, 503, 'busy');
    case 'dropped':
      return void res.socket?.destroy();
    case 'cut-mid-body':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"ok": tr');
      return void setTimeout(() => res.socket?.destroy(), 5);
    case 'stalled':
      return; // never answered: the client's deadline ends the call
    case 'too-large':
      return json(res, 200, { ok: true, pad: 'x'.repeat(TOO_LARGE_BYTES) });
    case 'not-json':
      return json(res, 200, '<html>gateway</html>');
    case 'api-error':
      return json(res, 200, { ok: false, error: 'internal_error' });
  }
}

export interface FlakySlack {
  handler: Handler;
  /** Each message's text, with how many times the server applied it. */
  applied: Map<string, number>;
  /** How many requests met each fault. */
  faults: Map<Fault, number>;
}

/** The flaky server's handler: reads answer a page of channels, writes post a message. */
export function flakySlack(): FlakySlack {
  const applied = new Map<string, number>();
  const faults = new Map<Fault, number>();
  const handler: Handler = (req, res, n) => {
    const fault = faultOf(n);
    if (fault) faults.set(fault, (faults.get(fault) ?? 0) + 1);
    if (req.url.endsWith('/chat.postMessage') && (!fault || AFTER_APPLYING.has(fault))) {
      const text = (JSON.parse(req.body) as { text: string }).text;
      applied.set(text, (applied.get(text) ?? 0) + 1);
    }
    if (fault) return playFault(fault, res);
    if (req.url.endsWith('/chat.postMessage')) return json(res, 200, { ok: true, ts: `${n}.0` });
    json(res, 200, { ok: true, channels: [{ id: `C${n}` }] });
  };
  return { handler, applied, faults };
}
