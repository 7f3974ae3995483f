/**
 * The official Node SDK (`@slack/web-api`) against the double over HTTP, pointed at it with
 * `slackApiUrl`: it posts a message, pages a list and gets a documented error as it would from
 * Slack.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDouble } from './double-client.ts';

const require = createRequire(import.meta.url);
const { WebClient, ErrorCode, LogLevel } = require('@slack/web-api') as typeof import('@slack/web-api');

// oxlint-disable-next-line typescript/no-explicit-any
let mock: any;
let web: InstanceType<typeof WebClient>;
const TOKEN = 'xoxb-1-2-official';

beforeAll(async () => {
  const g = await generateDouble();
  mock = g.testing.createSlackMock();
  const { url } = await mock.listen();
  web = new WebClient(TOKEN, { slackApiUrl: url, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
});

afterAll(async () => {
  await mock.close();
});

beforeEach(() => {
  mock.reset();
});

describe('@slack/web-api against the double over HTTP', () => {
  it('posts a message and gets the documented answer', async () => {
    const res = await web.chat.postMessage({ channel: 'C0123', text: 'Hello from the SDK' });
    const [call] = mock.calls('chat.postMessage');
    expect([res.ok, res.ts, call.args.channel, call.args.text, call.token]).toEqual([
      true,
      '1503435956.000247',
      'C0123',
      'Hello from the SDK',
      TOKEN,
    ]);
  });

  it('pages a list with the SDK’s own paginate', async () => {
    mock.items('conversations.list', [{ id: 'C1' }, { id: 'C2' }, { id: 'C3' }, { id: 'C4' }, { id: 'C5' }]);
    const ids: string[] = [];
    for await (const page of web.paginate('conversations.list', { limit: 2 }))
      ids.push(...((page as { channels?: { id: string }[] }).channels ?? []).map((c) => c.id));
    expect(ids).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
  });

  it('gets a documented error as a platform error with its code', async () => {
    mock.fail('chat.postMessage', 'channel_not_found');
    const error = (await web.chat.postMessage({ channel: 'C404', text: 'hi' }).catch((e: unknown) => e)) as {
      code: string;
      data: { error: string };
    };
    expect([error.code, error.data.error]).toEqual([ErrorCode.PlatformError, 'channel_not_found']);
  });

  it('gets Slack’s no_text when it posts a message without content', async () => {
    const error = (await web.apiCall('chat.postMessage', { channel: 'C1' }).catch((e: unknown) => e)) as {
      data: { error: string };
    };
    expect(error.data.error).toBe('no_text');
  });
});
