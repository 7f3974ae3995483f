/**
 * The package README's "Testing your app" section: the test double in `testing/`, with an
 * example made from the method the README's other examples call (the tests compile it).
 */
import { PACKAGE_NAME } from './package-files.ts';

/** The method the example calls: its name, the call as the client spells it, and a code it documents. */
export interface TestingExample {
  method: string;
  call: string;
  code: string | undefined;
}

function example({ method, call, code }: TestingExample): string[] {
  const name = JSON.stringify(method).replace(/^"|"$/g, "'");
  return [
    '```typescript',
    `import { SlackClient } from '${PACKAGE_NAME}';`,
    `import { createSlackMock } from '${PACKAGE_NAME}/testing';`,
    '',
    'const mock = createSlackMock();',
    "const client = new SlackClient({ token: 'xoxb-test', dispatcher: mock.dispatcher });",
    ...(code ? [`mock.fail(${name}, '${code}', { times: 1 });`] : []),
    `await ${call}.catch((err: unknown) => console.log(err)); // ${code ? `the documented ${code}` : 'documented example'}`,
    `console.log(await ${call}, mock.calls(${name}));`,
    '```',
  ];
}

const CONTROL_ROUTES = [
  '| route | what it does |',
  '| --- | --- |',
  '| `POST /_mock/fail` `{ "method", "error", "times"? }` | the method fails with that documented code |',
  '| `POST /_mock/respond` `{ "method", "response", "times"? }` | the method answers with these fields over its example |',
  '| `POST /_mock/items` `{ "method", "items" }` | a cursor-paged method pages through these items |',
  '| `POST /_mock/fault` `{ "method" or "*", "kind", "retryAfterSeconds"?, "status"?, "ms"?, "times"? }` | `rate-limit` (429 with `Retry-After`), `server-error`, `delay`, `drop` |',
  '| `GET /_mock/calls` (`?method=`) | the calls received, tokens and secrets redacted |',
  '| `POST /_mock/reset` | forgets calls, answers and faults |',
];

export function testingSection(method: TestingExample | null): string[] {
  if (!method) return [];
  return [
    '## Testing your app',
    '',
    `\`${PACKAGE_NAME}/testing\` is a test double of the Web API made from the same docs as the client. Each method`,
    'answers with its documented success example, or what the test sets (`mock.on(method, (args) => ({ … }))`, typed by',
    'method); it refuses calls as Slack does (`unknown_method`; `not_authed` and `invalid_auth` for a missing or',
    "malformed token; a missing required argument or a broken one-of group with the method's own documented code,",
    'else `invalid_arguments`); it fails on demand (`mock.fail` with any documented code, `mock.rateLimit`,',
    '`mock.serverError`, `mock.delay`, `mock.drop`; `createSlackMock({ pacing: true })` answers 429 past each',
    "tier's limit); cursor-paged methods page through `mock.items(method, list)`; `files.getUploadURLExternal`",
    'hands out upload URLs on the double itself, so `client.uploadFiles` runs end to end; and `mock.calls(method)`',
    'records every call (method, decoded arguments, headers), tokens redacted when printed.',
    '',
    ...example(method),
    '',
    'It runs in-process (`dispatcher` for this client, `mock.fetch` for clients that take a `fetch`) or as an HTTP',
    'server on loopback that any client can point its base URL at: `const { url } = await mock.listen()`, or the',
    '`slack-mock --port 0` command, which prints `http://127.0.0.1:<port>/api/` as its first line and serves until',
    'stopped. Over HTTP, control routes beside the API steer it:',
    '',
    ...CONTROL_ROUTES,
    '',
  ];
}
