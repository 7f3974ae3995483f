/**
 * The test double in-process: documented answers, the test's own answers, Slack's checks with
 * the documented codes, what it records, and paging, through the generated client and through
 * raw requests (for what the client would refuse before sending).
 */
import { inspect } from 'node:util';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDouble, type Generated } from './double-client.ts';

let g: Generated;
// oxlint-disable-next-line typescript/no-explicit-any
let mock: any;
// oxlint-disable-next-line typescript/no-explicit-any
let client: any;
const TOKEN = 'xoxb-1111-2222-secretpart';

beforeAll(async () => {
  g = await generateDouble();
});

beforeEach(() => {
  mock = g.testing.createSlackMock();
  client = new g.client.SlackClient({ token: TOKEN, dispatcher: mock.dispatcher, retry: { retries: 0 } });
});

/** A request as any HTTP client could send it, answered by the double's `fetch`. */
async function raw(method: string, body: string | undefined, headers: Record<string, string> = {}) {
  const res = await mock.fetch(`https://slack.com/api/${method}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    ...(body === undefined ? {} : { body }),
  });
  return { status: res.status as number, body: (await res.json()) as Record<string, unknown> };
}

describe('answers from the docs', () => {
  it('answers a method with its documented success example', async () => {
    const res = await client.chat.postMessage({ channel: 'C1', text: 'Hello' });
    expect(res).toMatchObject({ ok: true, channel: 'C123ABC456', ts: '1503435956.000247' });
  });

  it('answers with what the test sets, laid over the example', async () => {
    mock.on('chat.postMessage', (args: { channel: string }) => ({ channel: args.channel, ts: '42.0001' }));
    const res = await client.chat.postMessage({ channel: 'C777', text: 'Hello' });
    expect([res.channel, res.ts, res.message.username]).toEqual(['C777', '42.0001', 'ecto1']);
  });

  it('answers with a fixed response only as many times as asked', async () => {
    mock.respond('auth.test', { user: 'ada' }, { times: 1 });
    const first = await client.auth.test();
    const second = await client.auth.test();
    expect([first.user, second.user]).toEqual(['ada', 'grace']);
  });
});

describe('checks like Slack', () => {
  it('answers an unknown method with unknown_method', async () => {
    const res = await raw('chat.noSuchMethod', 'channel=C1');
    expect([res.status, res.body['error']]).toEqual([404, 'unknown_method']);
  });

  it('answers a call without a token with not_authed', async () => {
    const res = await raw('auth.test', '', { authorization: '' });
    expect(res.body).toEqual({ ok: false, error: 'not_authed' });
  });

  it('answers a token that is not shaped like a Slack token with invalid_auth', async () => {
    const res = await raw('auth.test', '', { authorization: 'Bearer abc123' });
    expect(res.body['error']).toBe('invalid_auth');
  });

  it('accepts only the tokens it was given, when given some', async () => {
    mock = g.testing.createSlackMock({ tokens: ['xoxb-the-one'] });
    const res = await raw('auth.test', '');
    expect(res.body['error']).toBe('invalid_auth');
  });

  it('takes the token from a token form field as Slack does', async () => {
    const res = await raw('auth.test', `token=${TOKEN}`, { authorization: '' });
    expect(res.body['ok']).toBe(true);
  });

  it('lets the OAuth exchange through without a token', async () => {
    const res = await raw('oauth.v2.access', 'code=abc&client_id=1.2&client_secret=s', { authorization: '' });
    expect(res.body['ok']).toBe(true);
  });

  it('answers chat.postMessage without any content with its documented no_text', async () => {
    const res = await raw('chat.postMessage', 'channel=C1');
    expect(res.body['error']).toBe('no_text');
  });

  it('answers a missing required argument with invalid_arguments where the method documents no code for it', async () => {
    const res = await raw('chat.postMessage', 'text=hi');
    expect(res.body['error']).toBe('invalid_arguments');
  });

  it("answers a missing required argument with the method's own code for it", async () => {
    const res = await raw('usergroups.users.update', 'usergroup=S1');
    expect(res.body['error']).toBe('invalid_users');
  });

  it('answers a value whose wire form cannot be right with invalid_arguments', async () => {
    const res = await raw('conversations.list', 'limit=many');
    expect(res.body['error']).toBe('invalid_arguments');
  });

  it('reads no JSON body on a method that does not take JSON', async () => {
    const res = await raw('conversations.list', '{"limit":"many"}', { 'content-type': 'application/json' });
    expect([res.body['ok'], mock.calls('conversations.list')[0].args]).toEqual([true, {}]);
  });

  it('reads a JSON body on a method that takes JSON', async () => {
    const res = await raw('chat.postMessage', '{"channel":"C1","text":"hi"}', {
      'content-type': 'application/json',
    });
    expect(res.body['ok']).toBe(true);
  });

  it('answers a JSON body that does not parse with invalid_json', async () => {
    const res = await raw('chat.postMessage', '{"channel":', { 'content-type': 'application/json' });
    expect(res.body['error']).toBe('invalid_json');
  });

  it('answers a JSON body that is not an object with json_not_object', async () => {
    const res = await raw('chat.postMessage', '[1,2]', { 'content-type': 'application/json' });
    expect(res.body['error']).toBe('json_not_object');
  });

  it('answers a body of a type Slack does not read with invalid_post_type', async () => {
    const res = await raw('auth.test', '<xml/>', { 'content-type': 'application/xml' });
    expect(res.body['error']).toBe('invalid_post_type');
  });

  it('decodes JSON-encoded form fields and comma-joined lists as Slack would', async () => {
    await raw('chat.postMessage', `channel=C1&blocks=${encodeURIComponent('[{"type":"divider"}]')}`);
    await raw('usergroups.users.update', 'usergroup=S1&users=U1,U2');
    const [post] = mock.calls('chat.postMessage');
    const [update] = mock.calls('usergroups.users.update');
    expect([post.args.blocks, update.args.users]).toEqual([[{ type: 'divider' }], ['U1', 'U2']]);
  });
});

describe('faults of the way there', () => {
  it('stops waiting on a slow answer when the request is aborted', async () => {
    mock.delay('auth.test', 5_000);
    const aborted = new AbortController();
    const answer = mock.fetch('https://slack.com/api/auth.test', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      signal: aborted.signal,
    });
    aborted.abort(new Error('gave up'));
    await expect(answer).rejects.toThrow('gave up');
  });

  it('drops the connection even of a call Slack would refuse', async () => {
    mock.drop('auth.test', { times: 1 });
    await expect(raw('auth.test', '', { authorization: '' })).rejects.toThrow('fetch failed');
  });

  it('answers a rate limit only to a call Slack would run', async () => {
    mock.rateLimit('auth.test', { times: 1 });
    const refused = await raw('auth.test', '', { authorization: '' });
    const limited = await raw('auth.test', '');
    expect([refused.body['error'], limited.status]).toEqual(['not_authed', 429]);
  });
});

describe('what it records', () => {
  it('records each call with its method, decoded arguments and headers', async () => {
    await client.usergroups.users.update({ usergroup: 'S1', users: ['U1', 'U2'] });
    const [call] = mock.calls('usergroups.users.update');
    expect([call.method, call.args, call.headers['authorization'], call.token]).toEqual([
      'usergroups.users.update',
      { usergroup: 'S1', users: ['U1', 'U2'] },
      `Bearer ${TOKEN}`,
      TOKEN,
    ]);
  });

  it('redacts tokens and secrets when a call is printed', async () => {
    await client.oauth.v2.access({ code: 'the-code', client_id: '1.2', client_secret: 'hush-hush' });
    await client.chat.postMessage({ channel: 'C1', text: `leaked ${TOKEN}` });
    const printed = inspect(mock.calls()) + JSON.stringify(mock.calls());
    expect([printed.includes('hush-hush'), printed.includes(TOKEN), printed.includes('[redacted]')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('forgets the calls and what the test set on reset', async () => {
    mock.respond('auth.test', { user: 'ada' });
    await client.auth.test();
    mock.reset();
    const res = await client.auth.test();
    expect([mock.calls().length, res.user]).toEqual([1, 'grace']);
  });
});

describe('paging', () => {
  const channels = Array.from({ length: 5 }, (_, i) => ({ id: `C${i}`, name: `general-${i}` }));

  it('answers cursor-paged methods in pages of the requested limit', async () => {
    mock.items('conversations.list', channels);
    const pages = [];
    for await (const page of client.paginate('conversations.list', { limit: 2 }))
      pages.push(page.channels.length);
    expect(pages).toEqual([2, 2, 1]);
  });

  it('iterates every item the test supplied, in order', async () => {
    mock.items('conversations.list', channels);
    const ids = [];
    for await (const channel of client.items('conversations.list', { limit: 3 })) ids.push(channel.id);
    expect(ids).toEqual(['C0', 'C1', 'C2', 'C3', 'C4']);
  });

  it('ends the last page with an empty next_cursor', async () => {
    mock.items('conversations.list', channels);
    const res = await client.conversations.list({ limit: 10 });
    expect(res.response_metadata.next_cursor).toBe('');
  });

  it('answers a cursor it never gave out with invalid_cursor', async () => {
    mock.items('conversations.list', channels);
    const res = await raw('conversations.list', 'cursor=bm9wZQ==');
    expect(res.body['error']).toBe('invalid_cursor');
  });
});
