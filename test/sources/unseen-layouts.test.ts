/**
 * Layouts no site of LAYOUTS.md uses, read by meaning: a README-style page (Parameter/Required?
 * table with yes/no, errors as a definition list), a Sphinx page (`name (type, required) –`) and
 * a Markdown page (pipe tables).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../generator/sections/lexicon.ts';
import { readHtmlPage } from '../../generator/sources/html.ts';
import { readTextPage } from '../../generator/sources/text.ts';
import { readRecord } from '../../generator/sources/record.ts';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), 'utf8');

describe('a README-style page', () => {
  const page = readHtmlPage('users.info.readme.html', fixture('users.info.readme.html'), EMPTY_LEXICON);
  const m = page.methods[0]!;

  it('finds name, description, endpoint, rate limit and labelled scopes in bold-label paragraphs', () => {
    expect(m.name).toBe('users.info');
    expect(m.description).toBe('Gets information about a user.');
    expect(m.http).toEqual({ method: 'GET', url: 'https://slack.com/api/users.info' });
    expect(m.rateLimit).toBe('Tier 4');
    expect(m.scopes).toEqual({ bot: ['users:read'], user: ['users:read', 'users:read.email'] });
  });

  it('reads a Parameter table whose Required? column says yes or no and has a Default column', () => {
    expect(m.args).toEqual([
      {
        name: 'user',
        type: 'string',
        required: true,
        description: 'User to get info on.',
        example: null,
        default: null,
        enum: null,
      },
      {
        name: 'include_locale',
        type: 'boolean',
        required: false,
        description: 'Set this to true to receive the locale for this user.',
        example: null,
        default: 'false',
        enum: null,
      },
    ]);
  });

  it('reads errors from a definition list and the response from a code block', () => {
    expect(m.errors?.map((e) => e.code)).toEqual(['user_not_found', 'user_not_visible']);
    expect(m.responses).toHaveLength(1);
    expect(m.responses[0]?.example).toMatchObject({ ok: true, user: { id: 'W012A3CDE' } });
  });
});

describe('a Sphinx page', () => {
  const page = readHtmlPage(
    'Slack.Api.Reminders.sphinx.html',
    fixture('Slack.Api.Reminders.sphinx.html'),
    EMPTY_LEXICON,
  );
  const m = page.methods[0]!;

  it('names the method from its section heading', () => {
    expect(page.methods).toHaveLength(1);
    expect(m.name).toBe('reminders.add');
    expect(m.description).toBe('Creates a reminder.');
  });

  it('reads `name (type, required) – description` items', () => {
    expect(m.args?.map((a) => [a.name, a.type, a.required])).toEqual([
      ['text', 'string', true],
      ['time', 'string', true],
      ['recurrence', 'object', false],
      ['user', 'string', false],
    ]);
  });

  it('labels a scope by the token type in parentheses after it', () => {
    expect(m.rateLimit).toBe('Tier 2');
    expect(m.scopes).toEqual({ bot: [], user: ['reminders:write'] });
  });

  it('reads an en-dash error list', () => {
    expect(m.errors?.map((e) => [e.code, e.description])).toEqual([
      ['cannot_parse', 'The phrasing of the timing for this reminder is unclear.'],
      ['user_not_found', 'The user could not be found.'],
    ]);
  });
});

describe('a Markdown page (pipe tables, # headings, a fenced example)', () => {
  const page = readTextPage('chat.delete.md', fixture('chat.delete.md'), EMPTY_LEXICON);
  const m = page.methods[0]!;

  it('reads the title, description and the bold-label facts', () => {
    expect([m.name, m.description, m.rateLimit]).toEqual(['chat.delete', 'Deletes a message.', 'Tier 3']);
    expect(m.scopes).toEqual({ bot: ['chat:write'], user: ['chat:write'] });
  });

  it('reads pipe tables of arguments and errors, with inline-code names and a hidden mark', () => {
    expect(m.args?.map((a) => [a.name, a.type, a.required, a.example])).toEqual([
      ['token', 'string', true, null],
      ['channel', 'string', true, null],
      ['ts', 'string', true, '1405894322.002768'],
      ['as_user', 'boolean', false, null],
    ]);
    expect(m.errors?.map((e) => [e.code, e.hidden])).toEqual([
      ['message_not_found', false],
      ['cant_delete_message', false],
      ['invalid-ts', true],
    ]);
    expect(page.diagnostics.map((d) => d.code)).toEqual(['codes/not-identifier']);
    expect(m.responses[0]?.example).toEqual({ ok: true, channel: 'C123ABC456', ts: '1401383885.000061' });
  });
});

describe('a page whose arguments and errors are definition lists', () => {
  const m = readHtmlPage('chat.meMessage.dl.html', fixture('chat.meMessage.dl.html'), EMPTY_LEXICON)
    .methods[0]!;

  it('reads each term and its definition as one row', () => {
    expect(m.args?.map((a) => [a.name, a.type, a.required, a.description, a.example])).toEqual([
      ['channel', 'string', true, 'Channel to send the message to.', 'C1234567890'],
      ['text', 'string', true, 'Text of the message to send.', null],
      ['thread_ts', 'string', false, 'Parent message to reply to.', null],
    ]);
    expect(m.errors?.map((e) => e.code)).toEqual(['channel_not_found', 'msg_too_long']);
    expect(m.contentTypes).toEqual(['application/x-www-form-urlencoded']);
  });
});

describe('headings decorated with anchor links, zero-width spaces and colons', () => {
  const m = readHtmlPage('reactions.get.anchors.html', fixture('reactions.get.anchors.html'), EMPTY_LEXICON)
    .methods[0]!;

  it('still finds every section, and a Required badge beside a name', () => {
    expect(m.name).toBe('reactions.get');
    expect(m.args?.map((a) => [a.name, a.required])).toEqual([
      ['token', true],
      ['channel', false],
      ['full', false],
    ]);
    expect(m.errors?.map((e) => e.code)).toEqual(['bad_timestamp']);
  });
});

describe('an ExDoc page of a single function, lists run together', () => {
  const m = readTextPage('reminders.add.function.txt', fixture('reminders.add.function.txt'), EMPTY_LEXICON)
    .methods[0]!;

  it('names the method from module and function and skips the "just the function" banner', () => {
    expect([m.name, m.description]).toEqual(['reminders.add', 'Creates a reminder for a user.']);
  });

  it('splits names from the examples glued before them, words and all', () => {
    expect(m.args?.map((a) => [a.name, a.required, a.example])).toEqual([
      ['text', true, 'Water the plants'],
      ['time', true, '1602288000'],
      ['recurrence', false, 'weekly'],
      ['team_id', false, 'T1234567890'],
      ['user', false, 'U18888888'],
    ]);
    expect(m.args?.[4]?.description).toBe('Who to remind. Defaults to the caller.');
    expect(m.errors?.map((e) => e.code)).toEqual(['cannot_parse', 'time_in_past', 'user_not_found']);
  });
});

describe('an API-tool page (parameters by where they go, one cell a line, mojibake)', () => {
  const m = readTextPage(
    'reminders.delete.apitool.txt',
    fixture('reminders.delete.apitool.txt'),
    EMPTY_LEXICON,
  ).methods[0]!;

  it('reads name, type and lower-case optionality stacked on lines of their own', () => {
    expect(m.args?.map((a) => [a.name, a.type, a.required])).toEqual([
      ['token', 'string', true],
      ['reminder', 'string', true],
      ['team_id', 'string', false],
    ]);
    expect(m.args?.[1]?.description).toBe('The ID of the reminder to remove.');
    expect(m.responses[0]?.example).toEqual({ ok: true });
  });
});

describe('an older structured record (arguments as a plain map, errors as strings)', () => {
  const m = readRecord('reminders.info.json', 'reminders.info', fixture('reminders.info.json')).methods[0]!;

  it('reads arguments, optionality, shared-object types and errors', () => {
    expect(m.args?.map((a) => [a.name, a.type, a.required, a.example, a.ref ?? null])).toEqual([
      ['reminder', 'string', true, 'Rm12345678', 'reminder_id'],
      ['team_id', 'string', false, null, null],
      ['include_complete', 'boolean', false, null, null],
    ]);
    expect(m.errors).toEqual([
      { code: 'not_found', description: 'The reminder could not be found.', hidden: false },
      { code: 'not_authed', description: 'No authentication token provided.', hidden: false },
    ]);
  });
});

describe("a record whose output schema lists an object's fields without `type`/`properties`", () => {
  const record = JSON.stringify({
    desc: 'Searches.',
    output: {
      type: 'object',
      properties: {
        files: {
          matches: { type: 'array' },
          total: { type: 'integer', desc: 'How many.' },
        },
        query: { type: 'string' },
      },
    },
  });
  const m = readRecord('search.some.json', 'search.some', record).methods[0]!;

  it('reads the fields as an object, not as an untyped value', () => {
    expect(m.responseSchema).toEqual({
      kind: 'object',
      additional: true,
      properties: [
        {
          name: 'files',
          required: false,
          type: {
            kind: 'object',
            additional: true,
            properties: [
              { name: 'matches', required: false, type: { kind: 'array', items: { kind: 'unknown' } } },
              {
                name: 'total',
                required: false,
                description: 'How many.',
                type: { kind: 'integer', description: 'How many.' },
              },
            ],
          },
        },
        { name: 'query', required: false, type: { kind: 'string' } },
      ],
    });
  });
});
