/**
 * The client's own runtime against the double, in-process (its undici dispatcher, or its `fetch`)
 * and over HTTP (a server on loopback): retries, Retry-After, paging, typed errors and Basic auth behave as they
 * do against Slack.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDouble, type Generated } from './double-client.ts';

let g: Generated;
const TOKEN = 'xoxb-1111-2222-runtime';

beforeAll(async () => {
  g = await generateDouble();
});

interface Setup {
  // oxlint-disable-next-line typescript/no-explicit-any
  mock: any;
  // oxlint-disable-next-line typescript/no-explicit-any
  client: any;
}

const ways: { name: string; start: (options?: object, mockOptions?: object) => Promise<Setup> }[] = [
  {
    name: 'in-process',
    start: async (options = {}, mockOptions = {}) => {
      const mock = g.testing.createSlackMock(mockOptions);
      const client = new g.client.SlackClient({ token: TOKEN, dispatcher: mock.dispatcher, ...options });
      return { mock, client };
    },
  },
  {
    name: 'in-process through fetch',
    start: async (options = {}, mockOptions = {}) => {
      const mock = g.testing.createSlackMock(mockOptions);
      const client = new g.client.SlackClient({ token: TOKEN, fetch: mock.fetch, ...options });
      return { mock, client };
    },
  },
  {
    name: 'over HTTP',
    start: async (options = {}, mockOptions = {}) => {
      const mock = g.testing.createSlackMock(mockOptions);
      const server = await mock.listen();
      const client = new g.client.SlackClient({ token: TOKEN, baseUrl: server.url, ...options });
      return { mock, client };
    },
  },
];

describe.each(ways)('the client against the double, $name', ({ start }) => {
  let setup: Setup | null = null;
  const begin = async (options: object = {}, mockOptions: object = {}) => {
    setup = await start({ retry: { retries: 3, minDelayMs: 1, maxDelayMs: 50 }, ...options }, mockOptions);
    return setup;
  };

  afterEach(async () => {
    await setup?.client.close();
    await setup?.mock.close();
    setup = null;
  });

  it('retries a read after a server error and gets the answer', async () => {
    const { mock, client } = await begin();
    mock.serverError('conversations.history', { status: 503, times: 2 });
    const res = await client.conversations.history({ channel: 'C1' });
    expect([res.ok, mock.calls('conversations.history').map((c: { status: number }) => c.status)]).toEqual([
      true,
      [503, 503, 200],
    ]);
  });

  it('does not send a write again after a server error, and says it may have been applied', async () => {
    const { mock, client } = await begin();
    mock.serverError('chat.postMessage', { times: 1 });
    const error = await client.chat.postMessage({ channel: 'C1', text: 'once' }).catch((e: unknown) => e);
    expect([error.kind, error.mayHaveBeenApplied, mock.calls('chat.postMessage').length]).toEqual([
      'http',
      true,
      1,
    ]);
  });

  it('retries a read after a dropped connection', async () => {
    const { mock, client } = await begin();
    mock.drop('auth.test', { times: 1 });
    const res = await client.auth.test();
    expect([res.ok, mock.calls('auth.test').length]).toEqual([true, 2]);
  });

  it('waits out Retry-After on a 429 and then succeeds', async () => {
    const rateLimited: number[] = [];
    const { mock, client } = await begin({
      onRateLimited: (e: { retryAfterSeconds: number }) => rateLimited.push(e.retryAfterSeconds),
    });
    mock.rateLimit('chat.postMessage', { retryAfterSeconds: 0, times: 1 });
    const res = await client.chat.postMessage({ channel: 'C1', text: 'hi' });
    expect([res.ok, rateLimited, mock.calls('chat.postMessage').length]).toEqual([true, [0], 2]);
  });

  it('reports the wait Retry-After asks for when it rejects rate-limited calls', async () => {
    const { mock, client } = await begin({ rejectRateLimitedCalls: true });
    mock.rateLimit('auth.test', { retryAfterSeconds: 30 });
    const error = await client.auth.test().catch((e: unknown) => e);
    expect([error.name, error.retryAfterSeconds]).toEqual(['SlackRateLimitedError', 30]);
  });

  it('answers calls over their tier limit with 429 when pacing is on', async () => {
    const { client } = await begin({ rejectRateLimitedCalls: true }, { pacing: true, now: () => 1_000_000 });
    const outcomes: string[] = [];
    for (let i = 0; i < 21; i++)
      outcomes.push(
        await client.conversations.list({}).then(
          () => 'ok',
          (e: { name: string }) => e.name,
        ),
      );
    expect([outcomes.filter((o) => o === 'ok').length, outcomes.at(-1)]).toEqual([
      20,
      'SlackRateLimitedError',
    ]);
  });

  it('pages with paginate and items end to end', async () => {
    const { mock, client } = await begin();
    mock.items('users.list', [{ id: 'U1' }, { id: 'U2' }, { id: 'U3' }]);
    const ids: string[] = [];
    for await (const user of client.items('users.list', { limit: 2 })) ids.push(user.id);
    const cursors = mock.calls('users.list').map((c: { args: { cursor?: string } }) => c.args.cursor ?? '');
    expect([ids, cursors.length, cursors[0]]).toEqual([['U1', 'U2', 'U3'], 2, '']);
  });

  it('throws a typed API error with the documented code the test asked for', async () => {
    const { mock, client } = await begin();
    mock.fail('chat.postMessage', 'channel_not_found');
    const error = await client.chat.postMessage({ channel: 'C404', text: 'hi' }).catch((e: unknown) => e);
    const typed = g.client.isApiErrorOf(error, g.client.chatPostMessageSpec);
    expect([typed, error.code, error.kind]).toEqual([true, 'channel_not_found', 'api']);
  });

  it('refuses an error code the method does not document', async () => {
    const { mock } = await begin();
    expect(() => mock.fail('chat.postMessage', 'no_such_code')).toThrow(/documents no error code/);
  });

  it('sends OAuth client credentials as Basic auth, which the double reads as Slack does', async () => {
    const { mock, client } = await begin({ token: undefined });
    await client.oauth.v2.access({ code: 'c0de', client_id: '111.222', client_secret: 'shh' });
    const [call] = mock.calls('oauth.v2.access');
    expect([call.headers.authorization.startsWith('Basic '), call.args]).toEqual([
      true,
      { code: 'c0de', client_id: '111.222', client_secret: 'shh' },
    ]);
  });

  it('uploads files end to end: a ticket, the bytes to its upload URL, then the completion', async () => {
    const { mock, client } = await begin();
    const res = await client.uploadFiles({
      channel_id: 'C1',
      files: [
        { file: Buffer.from('week,total\n47,42\n'), filename: 'totals.csv' },
        { file: new Uint8Array(5), filename: 'five.bin', title: 'Five' },
      ],
    });
    const steps = mock
      .calls()
      .map((c: { method: string; args: { bytes?: number } }) => [c.method, c.args.bytes]);
    expect([res.file_ids, steps]).toEqual([
      ['F0MOCK0001', 'F0MOCK0002'],
      [
        ['files.getUploadURLExternal', undefined],
        ['upload', 17],
        ['files.getUploadURLExternal', undefined],
        ['upload', 5],
        ['files.completeUploadExternal', undefined],
      ],
    ]);
  });

  it('times a slow answer out with SlackTimeoutError', async () => {
    const { mock, client } = await begin({ timeoutMs: 100 });
    mock.delay('auth.test', 2_000);
    const error = await client.auth.test().catch((e: unknown) => e);
    expect(error.name).toBe('SlackTimeoutError');
  });
});
