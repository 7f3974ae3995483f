/**
 * `slack-mock`: the double as a server until stopped. Its first line of output is the base URL
 * (`http://127.0.0.1:<port>/api/`), so a script can read it and point any client there.
 *
 *   slack-mock [--port 0] [--host 127.0.0.1] [--token xoxb-…]… [--pacing]
 */
import type { MockOptions } from './mock.js';
import type { MockServer } from './server.js';

export interface MockCliOptions {
  port: number;
  host: string;
  tokens: string[];
  pacing: boolean;
}

const USAGE = 'usage: slack-mock [--port 0] [--host 127.0.0.1] [--token xoxb-…]… [--pacing]';

export function parseCliArgs(argv: readonly string[]): MockCliOptions {
  const options: MockCliOptions = { port: 0, host: '127.0.0.1', tokens: [], pacing: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new TypeError(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--port') options.port = Number(value());
    else if (flag === '--host') options.host = value();
    else if (flag === '--token') options.tokens.push(value());
    else if (flag === '--pacing') options.pacing = true;
    else throw new TypeError(`unknown option ${flag}\n${USAGE}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65_535)
    throw new TypeError(`--port must be a port number\n${USAGE}`);
  return options;
}

/** Serves until SIGINT or SIGTERM; `create` makes the double (the generated `createSlackMock`). */
export async function runSlackMock(
  create: (options: MockOptions) => { listen(o: { port: number; host: string }): Promise<MockServer> },
  argv: readonly string[],
): Promise<void> {
  let options: MockCliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const double = create({
    pacing: options.pacing,
    ...(options.tokens.length > 0 ? { tokens: options.tokens } : {}),
  });
  const server = await double.listen({ port: options.port, host: options.host });
  process.stdout.write(`${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
