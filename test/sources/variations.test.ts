/**
 * Pages in renderings the other fixtures do not show (test/sources/fixtures/variations/), each
 * with the exact facts it must yield: requiredness markers that carry more than the word
 * (`Optional, default=false`, `Optional. Default: 100`, `Required (one of …)`, `Required if …`),
 * labels apart from their values (`<span>Example</span> <code>…</code>`, `<dt>Default</dt>`, a
 * label on a line of its own), facts in any order, words glued across cells, and list items that
 * bend `name - description ex: example`. Each HTML page is read as HTML, as its innerText (a
 * block a line) and as its textContent (cells and items run together); the text pages are the
 * two text families written by hand.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../generator/facts/page-facts.ts';
import { readAllPages } from '../../generator/pipeline.ts';
import { innerText, textContent } from '../helpers/render-text.ts';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`fixtures/variations/${name}`, import.meta.url)), 'utf8');

function read(name: string, format: 'html' | 'text', content: string): PageFacts {
  const stem = name.replace(/\.(html|txt)$/, '');
  return readAllPages([{ id: name, stem, format, content }])[0]!;
}

/** name, type, required, example, default, description */
type Arg = [string, string | null, boolean | null, string | null, string | null, string | null];

interface Want {
  name: string;
  args: Arg[];
  groups?: { kind: string; args: string[] }[];
  errors: string[];
  /** Arguments whose type word is not one of the model's (`array of strings`): the word as written. */
  typeTexts?: Record<string, string>;
}

function facts(page: PageFacts) {
  return page.methods.map((m) => ({
    name: m.name,
    args: (m.args ?? []).map((a): Arg => [a.name, a.type, a.required, a.example, a.default, a.description]),
    groups: m.argGroups,
    errors: (m.errors ?? []).map((e) => e.code),
  }));
}

function expectFacts(page: PageFacts, want: Want[]): void {
  expect(facts(page)).toEqual(
    want.map((w) => ({ name: w.name, args: w.args, groups: w.groups ?? [], errors: w.errors })),
  );
  for (const [i, w] of want.entries()) {
    for (const [arg, text] of Object.entries(w.typeTexts ?? {}))
      expect(page.methods[i]?.args?.find((a) => a.name === arg)?.typeText).toBe(text);
  }
}

const conditional = (page: PageFacts) =>
  page.diagnostics.filter((d) => d.code === 'args/required-if').map((d) => d.message);

/** apps.manifest.create as both its HTML and its run-together text rendering show it. */
const MANIFEST_CREATE: Want = {
  name: 'apps.manifest.create',
  args: [
    [
      'manifest',
      null,
      true,
      '{"display_information":{"name":"My App"}}',
      null,
      'A JSON app manifest encoded as a string. This manifest must use a valid app manifest schema - read our guide to creating one.',
    ],
    ['team_id', null, false, null, null, null],
    [
      'dry_run',
      null,
      false,
      'true',
      null,
      'Check the manifest without creating the app, as "validate" does.',
    ],
    [
      'app_name',
      null,
      false,
      'My App',
      null,
      'The app\'s "display name", as users see it in the app directory.',
    ],
  ],
  errors: ['invalid_manifest', 'too_many_apps'],
};

const htmlPages: { file: string; shows: string; want: Want[]; requiredIf: string[] }[] = [
  {
    file: 'conversations.list.site.html',
    shows:
      'current-site tables: badges with a default or a condition beside the name, labels in spans, strong and a definition list',
    want: [
      {
        name: 'conversations.list',
        args: [
          ['token', 'string', true, 'xoxb-1234-abcd', null, 'Authentication token bearing required scopes.'],
          [
            'cursor',
            'string',
            false,
            'dXNlcjpVMDYxTkZUVDI=',
            null,
            'Paginate through collections of data by passing the cursor of a previous response',
          ],
          [
            'exclude_archived',
            'boolean',
            false,
            null,
            'false',
            'Set to true to exclude archived channels from the list.',
          ],
          ['limit', 'integer', false, '20', '100', 'The maximum number of items to return.'],
          ['team_id', 'string', false, null, null, 'Encoded team id to list channels in.'],
          [
            'types',
            'string',
            false,
            'public_channel,private_channel',
            'public_channel',
            'Mix and match channel types by giving a comma-separated list.',
          ],
        ],
        errors: ['invalid_cursor', 'invalid_limit', 'invalid_types'],
      },
    ],
    requiredIf: ['team_id'],
  },
  {
    file: 'chat.postEphemeral.rows.html',
    shows:
      'older argument rows: markers with a default, a group or a condition, a default badge of its own, a type before the name, labels glued to values',
    want: [
      {
        name: 'chat.postEphemeral',
        args: [
          ['token', 'string', true, 'xoxb-1234-abcd', null, 'Authentication token bearing required scopes.'],
          [
            'channel',
            'string',
            true,
            'C1234567890',
            null,
            'Channel, private group, or IM channel to send the message to',
          ],
          ['user', 'string', true, 'U0BPQUNTA', null, 'The user who will receive the ephemeral message.'],
          ['text', 'string', false, 'Hello world', null, 'The main body text of the message.'],
          [
            'blocks',
            'array',
            false,
            null,
            null,
            'A JSON-based array of structured blocks, presented as a URL-encoded string.',
          ],
          [
            'attachments',
            'array',
            false,
            null,
            null,
            'A JSON-based array of structured attachments, presented as a URL-encoded string.',
          ],
          ['as_user', 'boolean', false, null, 'false', 'Pass true to post the message as the authed user.'],
          ['link_names', 'boolean', false, null, 'true', 'Find and link channel names and usernames.'],
          ['parse', 'string', false, null, 'none', 'Change how messages are treated.'],
          ['username', 'string', false, 'My Bot', null, "Set your bot's user name."],
        ],
        groups: [{ kind: 'at-least-one-of', args: ['text', 'blocks', 'attachments'] }],
        errors: ['channel_not_found', 'user_not_in_channel', 'no_text'],
        typeTexts: { token: 'token' },
      },
    ],
    requiredIf: ['username'],
  },
  {
    file: 'chat.delete.nested.html',
    shows:
      'older argument rows whose cells are sibling blocks: the marker, description and example beside the name, not inside it',
    want: [
      {
        name: 'chat.delete',
        args: [
          [
            'token',
            'string',
            true,
            'xxxx-xxxxxxxxx-xxxx',
            null,
            'Authentication token bearing required scopes.',
          ],
          ['channel', 'string', true, 'C1234567890', null, 'Channel containing the message to be deleted.'],
          ['ts', 'string', true, '1405894322.002768', null, 'Timestamp of the message to be deleted.'],
          [
            'as_user',
            'boolean',
            false,
            'true',
            'false',
            'Pass true to delete the message as the authed user.',
          ],
          ['thread_ts', 'string', false, null, 'none', 'The parent message of the reply to delete.'],
        ],
        errors: ['message_not_found', 'cant_delete_message'],
        typeTexts: { token: 'token' },
      },
    ],
    requiredIf: [],
  },
  {
    file: 'channels.history.legacy.html',
    shows:
      'the oldest table: `Optional, default=now`, `Optional. Default: 0`, `Optional (default: 0)`, a default on a line of its own, `Required if …`',
    want: [
      {
        name: 'channels.history',
        args: [
          ['token', null, true, 'xxxx-xxxxxxxxx-xxxx', null, 'Authentication token.'],
          ['channel', null, true, 'C1234567890', null, 'Channel to fetch history for.'],
          [
            'latest',
            null,
            false,
            '1234567890.123456',
            'now',
            'End of time range of messages to include in results.',
          ],
          [
            'oldest',
            null,
            false,
            '1234567890.123456',
            '0',
            'Start of time range of messages to include in results.',
          ],
          [
            'inclusive',
            null,
            false,
            'true',
            '0',
            'Include messages with latest or oldest timestamp in results.',
          ],
          ['count', null, false, '100', '100', 'Number of messages to return, between 1 and 1000.'],
          ['unreads', null, false, 'true', null, 'Include unread_count_display in the output?'],
        ],
        errors: ['channel_not_found', 'invalid_ts_latest', 'invalid_ts_oldest'],
      },
    ],
    requiredIf: ['unreads'],
  },
  {
    file: 'Slack.Web.Apps.Manifest.html',
    shows:
      'ExDoc lists: empty descriptions, ` - ` inside a description and a link, quotes and links before `ex:`',
    want: [
      MANIFEST_CREATE,
      {
        name: 'apps.manifest.validate',
        args: [
          [
            'manifest',
            null,
            true,
            '{"display_information":{"name":"My App"}}',
            null,
            'The manifest to be validated - it must be JSON.',
          ],
          [
            'app_id',
            null,
            false,
            'A012ABCD0A0',
            null,
            'The ID of the app whose configuration you want to validate, see "Your apps"',
          ],
          ['team_id', null, false, null, null, null],
        ],
        errors: ['invalid_manifest'],
      },
    ],
    requiredIf: [],
  },
  {
    file: 'users.list.dl.html',
    shows:
      'a definition list: markers with a default or a condition in the term, labels in a nested definition list',
    want: [
      {
        name: 'users.list',
        args: [
          ['token', 'string', true, 'xoxb-1234-abcd', null, 'Authentication token bearing required scopes.'],
          [
            'cursor',
            'string',
            false,
            null,
            null,
            'Paginate through collections of data by passing the cursor of a previous response.',
          ],
          [
            'include_locale',
            'boolean',
            false,
            null,
            'false',
            'Set this to true to receive the locale for users.',
          ],
          ['limit', 'integer', false, '20', '0', 'The maximum number of items to return.'],
          ['team_id', 'string', false, null, null, 'Encoded team id to list users in.'],
        ],
        errors: ['invalid_cursor', 'limit_required'],
      },
    ],
    requiredIf: ['team_id'],
  },
];

const renderings = [
  ['HTML', 'html', (html: string) => html],
  ['innerText (a block a line)', 'text', innerText],
  ['textContent (run together)', 'text', textContent],
] as const;

describe.each(htmlPages)('$file: $shows', ({ file, want, requiredIf }) => {
  const html = fixture(file);
  it.each(renderings)('gives the exact facts from its %s', (_, format, render) => {
    const page = read(file, format, render(html));
    expectFacts(page, want);
    // A condition the model keeps no fact of is said (--verbose), naming the argument.
    expect(conditional(page).map((m) => /: (\w+) is marked/.exec(m)?.[1])).toEqual(requiredIf);
  });
});

describe('text renderings written by hand', () => {
  it('a block a line, facts in any order: markers, type words, labels and values on lines of their own', () => {
    const page = read('conversations.invite.lines.txt', 'text', fixture('conversations.invite.lines.txt'));
    expectFacts(page, [
      {
        name: 'conversations.invite',
        args: [
          ['token', 'string', true, 'xoxb-1234-abcd', null, 'Authentication token bearing required scopes.'],
          [
            'channel',
            'string',
            true,
            'C1234567890',
            null,
            'The ID of the public or private channel to invite user(s) to.',
          ],
          [
            'users',
            'array',
            true,
            'W1234567890,U2345678901',
            null,
            'A comma separated list of user IDs. Up to 1000 users may be listed.',
          ],
          [
            'force',
            'boolean',
            false,
            null,
            'false',
            'When set to true and multiple user IDs are provided, continue inviting the valid ones while disregarding invalid IDs.',
          ],
          ['limit', 'integer', false, '20', '100', 'How many invitations to send at once.'],
          ['team_id', 'string', false, null, 'T0000000001', 'The workspace to invite in.'],
          [
            'priorities',
            'array',
            false,
            null,
            null,
            'The priority of each invitation, in the order of users.',
          ],
        ],
        errors: ['cant_invite_self', 'user_not_found'],
        typeTexts: { users: 'array of strings', priorities: 'integers' },
      },
    ]);
    expect(conditional(page)).toHaveLength(1);
  });

  it('run together: markers glued to names and types, labels glued to descriptions, an example glued to the next name', () => {
    const page = read('conversations.invite.run.txt', 'text', fixture('conversations.invite.run.txt'));
    expectFacts(page, [
      {
        name: 'conversations.invite',
        args: [
          ['token', 'string', true, 'xoxb-1234-abcd', null, 'Authentication token bearing required scopes.'],
          [
            'channel',
            'string',
            true,
            'C1234567890',
            null,
            'The ID of the public or private channel to invite user(s) to',
          ],
          ['users', 'string', true, 'W1234567890,U2345678901', null, 'A comma separated list of user IDs.'],
          [
            'force',
            'boolean',
            false,
            null,
            'false',
            'When set to true, continue inviting the valid ones while disregarding invalid IDs.',
          ],
          ['limit', 'integer', false, '20', '100', 'How many invitations to send at once.'],
          ['team_id', 'string', false, null, null, 'The workspace to invite in.'],
        ],
        errors: ['cant_invite_self', 'user_not_found'],
      },
    ]);
    expect(conditional(page)).toHaveLength(1);
  });

  it('an ExDoc list run together: an empty description, ` - ` in a description, quotes before `ex:`', () => {
    const name = 'Slack.Web.Apps.Manifest.create.run.txt';
    const page = read(name, 'text', fixture(name));
    expect(page.layout).toBe('exdoc');
    expectFacts(page, [MANIFEST_CREATE]);
  });
});

describe('what the parser could not place', () => {
  it('is said (an info diagnostic, shown by --verbose), never made into an argument', () => {
    const page = read(
      'chat.meMessage.txt',
      'text',
      'chat.meMessage\nShare a me message into a channel.\n\nArguments\nExample\n\nchannel\nstring\nRequired\nChannel to send the message to.\n',
    );
    expect(facts(page)[0]?.args).toEqual([
      ['channel', 'string', true, null, null, 'Channel to send the message to.'],
    ]);
    expect(
      page.diagnostics.filter((d) => d.code === 'args/unplaced').map((d) => [d.severity, d.message]),
    ).toEqual([
      [
        'info',
        'The line "Example" reads as a fact of an argument (a type, a marker or a label), but no argument row was found for it; it was left out.',
      ],
    ]);
  });
});
