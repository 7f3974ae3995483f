/**
 * The HTML pages in docs-input/, one per layout of LAYOUTS.md, read by meaning: the facts a
 * careful reader reads off each page. (test/sources/text-renderings.test.ts checks that their
 * text renderings give the same facts.)
 */
import { describe, expect, it } from 'vitest';
import { pageFacts } from '../helpers/pages.ts';

describe('the current docs site (Docusaurus): conversations.history', () => {
  const page = pageFacts('docs.slack.dev/conversations.history.html');
  const m = page.methods[0]!;

  it('reads the facts section: verb and URL from the HTTP tab, scopes by token, content type, tier', () => {
    expect(page.layout).toBe('docs-site');
    expect(m.name).toBe('conversations.history');
    expect(m.description).toBe("Fetches a conversation's history of messages and events.");
    expect(m.http).toEqual({ method: 'GET', url: 'https://slack.com/api/conversations.history' });
    expect(m.scopes).toEqual({
      bot: ['channels:history', 'groups:history', 'im:history'],
      user: ['channels:history', 'mpim:history'],
    });
    expect(m.contentTypes).toEqual(['application/x-www-form-urlencoded']);
    expect(m.rateLimit).toBe('Tier 3');
  });

  it('reads required and optional argument tables with Default and Example labels and an enum', () => {
    expect(m.args?.map((a) => [a.name, a.type, a.required, a.example, a.default])).toEqual([
      ['token', 'string', true, 'xxxx-xxxxxxxxx-xxxx', null],
      ['channel', 'string', true, 'C1234567890', null],
      ['cursor', 'string', false, 'dXNlcjpVMDYxTkZUVDI=', null],
      ['include_all_metadata', 'boolean', false, null, 'false'],
      ['inclusive', 'boolean', false, 'true', '0'],
      ['latest', 'string', false, null, 'now'],
      ['limit', 'integer', false, '20', '100'],
      ['oldest', 'string', false, null, '0'],
      ['sort', 'string', false, null, 'newest'],
    ]);
    expect(m.args?.find((a) => a.name === 'sort')?.enum).toEqual(['newest', 'oldest']);
    expect(m.args?.find((a) => a.name === 'cursor')?.description).toBe(
      'Where to continue: the next_cursor of the previous page.',
    );
  });

  it('reads examples (one with `...`), errors with a hidden badge, and warnings', () => {
    expect(m.responses.map((r) => [r.kind, r.description, r.recovered ?? false])).toEqual([
      ['success', 'A page of messages with a cursor to the next.', false],
      ['success', 'The last page: no cursor, nothing more.', true],
      ['error', 'The channel does not exist or is not visible.', false],
    ]);
    expect(m.errors?.map((e) => e.code)).toEqual([
      'channel_not_found',
      'invalid_cursor',
      'invalid_ts_latest',
      'invalid_ts_oldest',
      'not_in_channel',
      'invalid_auth',
      'ratelimited',
      'invalid_json',
    ]);
    expect(m.errors?.filter((e) => e.hidden).map((e) => e.code)).toEqual(['invalid_json']);
    expect(m.warnings?.map((w) => w.code)).toEqual(['missing_charset']);
  });
});

describe('the older api.slack.com page (argument rows, a group): chat.scheduleMessage', () => {
  const page = pageFacts('api.slack.com/chat.scheduleMessage.html');
  const m = page.methods[0]!;

  it('reads the fact blocks', () => {
    expect(m.name).toBe('chat.scheduleMessage');
    expect(m.description).toBe('Schedules a message to be sent to a channel.');
    expect(m.http).toEqual({ method: 'POST', url: 'https://slack.com/api/chat.scheduleMessage' });
    expect(m.contentTypes).toEqual(['application/x-www-form-urlencoded', 'application/json']);
    expect(m.rateLimit).toBe('Tier 3');
    expect(m.scopes).toEqual({ bot: ['chat:write'], user: ['chat:write'] });
  });

  it('reads each argument row and the "at least one of" group', () => {
    expect(m.args?.map((a) => [a.name, a.type, a.required, a.example, a.default])).toEqual([
      ['token', 'string', true, 'xxxx-xxxxxxxxx-xxxx', null],
      ['channel', 'string', true, 'C1234567890', null],
      ['post_at', 'integer', true, '299876400', null],
      ['reply_broadcast', 'boolean', false, null, 'false'],
      ['thread_ts', 'string', false, null, null],
      ['text', 'string', false, 'Hello world', null],
      ['blocks', 'array', false, null, null],
      ['attachments', 'array', false, null, null],
    ]);
    expect(m.argGroups).toEqual([{ kind: 'at-least-one-of', args: ['text', 'blocks', 'attachments'] }]);
  });

  it('reads the examples and the data-label tables', () => {
    expect(m.responses.map((r) => [r.kind, r.description])).toEqual([
      ['success', 'Typical success response'],
      ['error', 'Typical error response'],
    ]);
    expect(m.errors?.map((e) => e.code)).toEqual([
      'channel_not_found',
      'time_in_past',
      'time_too_far',
      'restricted_too_many',
      'msg_too_long',
      'not_authed',
    ]);
    expect(m.warnings).toEqual([
      {
        code: 'superfluous_charset',
        description: 'The charset of the request is not needed for its content type.',
        hidden: false,
      },
    ]);
  });
});

describe('the oldest api.slack.com table: channels.join, deprecated', () => {
  const m = pageFacts('api.slack.com/channels.join.html').methods[0]!;

  it('takes the name from the title, the deprecation from the callout and the content type from prose', () => {
    expect(m.name).toBe('channels.join');
    expect(m.deprecated).toBe(true);
    expect(m.description).toBe(
      'This method is used to join a channel. If the channel does not exist, it is created.',
    );
    expect(m.contentTypes).toEqual(['application/x-www-form-urlencoded']);
  });

  it('reads the Argument/Example/Required/Description table with its default', () => {
    expect(m.args?.map((a) => [a.name, a.required, a.example, a.default])).toEqual([
      ['token', true, 'xxxx-xxxxxxxxx-xxxx', null],
      ['name', true, '#general', null],
      ['validate', false, 'true', 'false'],
    ]);
    expect(m.errors?.map((e) => e.code)).toEqual([
      'channel_not_found',
      'name_taken',
      'restricted_action',
      'is_archived',
    ]);
    expect(m.responses[0]?.example).toMatchObject({ ok: true, already_in_channel: true });
  });
});

describe('an ExDoc module page documenting three methods: Slack.Web.Pins', () => {
  const page = pageFacts('hexdocs/Slack.Web.Pins.html');

  it('names each method by module and function, past the summary', () => {
    expect(page.layout).toBe('exdoc');
    expect(page.methods.map((m) => m.name)).toEqual(['pins.add', 'pins.list', 'pins.remove']);
    expect(page.methods.map((m) => m.description)).toEqual([
      'Pins an item to a channel.',
      'Lists items pinned to a channel.',
      'Un-pins an item from a channel.',
    ]);
  });

  it('reads Required and Optional Params lists, rate limits, scopes and errors', () => {
    const remove = page.methods[2]!;
    expect(remove.args?.map((a) => [a.name, a.type, a.required, a.example])).toEqual([
      ['channel', null, true, 'C1234567890'],
      ['timestamp', null, false, '1234567890.123456'],
    ]);
    expect(page.methods.map((m) => m.rateLimit)).toEqual(['Tier 2', 'Tier 2', 'Tier 2']);
    expect(page.methods[1]?.scopes).toEqual({ bot: ['pins:read'], user: ['pins:read'] });
    expect(page.methods[0]?.errors?.map((e) => [e.code, e.description])).toEqual([
      ['already_pinned', 'The item is already pinned to the channel.'],
      ['channel_not_found', 'The channel could not be found.'],
      ['permission_denied', 'The caller cannot pin in this channel.'],
    ]);
  });
});
