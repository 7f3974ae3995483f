/**
 * Argument groups read from prose, each wording as a given/want pair: the arguments' own
 * descriptions (as the structured records state groups) and the method's prose. Wording that ties
 * an argument to others in words no rule reads gives no group, only an "unclear" sentence.
 */
import { describe, expect, it } from 'vitest';
import type { ArgGroupFact } from '../../generator/facts/page-facts.ts';
import { groupKind, readArgGroups, readGroupRules } from '../../generator/sections/notes.ts';

type Described = { name: string; description: string | null };
const args = (described: Record<string, string | null>): Described[] =>
  Object.entries(described).map(([name, description]) => ({ name, description }));

const cases: {
  wording: string;
  given: Record<string, string | null>;
  want: ArgGroupFact[];
  unclear?: string[];
}[] = [
  {
    wording: 'Either `a` or `b` is required (views.update)',
    given: {
      view_id:
        'A unique identifier of the view to be updated. Either `view_id` or `external_id` is required.',
      external_id: 'Max length of 255 characters. Either `view_id` or `external_id` is required.',
      view: 'A view payload.',
    },
    want: [{ kind: 'at-least-one-of', args: ['view_id', 'external_id'] }],
  },
  {
    wording: 'Either `a` or `b` must be provided (conversations.inviteShared)',
    given: {
      emails:
        'Optional email to receive this invite. Either `emails` or `user_ids` must be provided. Only one email or one user ID may be invited at a time.',
      user_ids: 'Optional user_id to receive this invite. Either `emails` or `user_ids` must be provided.',
    },
    want: [{ kind: 'at-least-one-of', args: ['emails', 'user_ids'] }],
  },
  {
    wording: 'Must provide either `a` or `b` (conversations.acceptSharedInvite)',
    given: {
      invite_id: 'ID of the invite. Must provide either `invite_id` or `channel_id`. See the event payload.',
      channel_id:
        "ID of the channel that you'd like to accept. Must provide either `invite_id` or `channel_id`.",
    },
    want: [{ kind: 'at-least-one-of', args: ['invite_id', 'channel_id'] }],
  },
  {
    wording: 'Or provide the `x` field instead / Supply a `x` when not supplying `y` (conversations.open)',
    given: {
      channel:
        "Resume a conversation by supplying an `im` or `mpim`'s ID. Or provide the `users` field instead.",
      users: 'Comma separated lists of users. Supply a `channel` when not supplying `users`.',
      return_im: 'Boolean, indicates you want the full IM channel definition in the response.',
    },
    want: [{ kind: 'at-least-one-of', args: ['channel', 'users'] }],
  },
  {
    wording: 'Provide exactly one of `a`, `b`, or `c` (blocks.validate): exactly one',
    given: {
      blocks: 'A JSON-encoded array of blocks. Provide exactly one of `blocks`, `view`, or `message`.',
      view: 'A JSON-encoded view payload. Provide exactly one of `blocks`, `view`, or `message`.',
      message: 'A JSON-encoded message payload. Provide exactly one of `blocks`, `view`, or `message`.',
    },
    want: [{ kind: 'one-of', args: ['blocks', 'view', 'message'] }],
  },
  {
    wording: 'one of `a` or `b` is required: at least one',
    given: { a: 'One of `a` or `b` is required.', b: null },
    want: [{ kind: 'at-least-one-of', args: ['a', 'b'] }],
  },
  {
    wording: 'at least one of `a`, `b` and `c` must be given',
    given: {
      text: 'At least one of `text`, `blocks` and `attachments` must be given.',
      blocks: null,
      attachments: null,
    },
    want: [{ kind: 'at-least-one-of', args: ['text', 'blocks', 'attachments'] }],
  },
  {
    wording: 'Either this field or `x` or both are required (files.remote.share)',
    given: {
      external_id: 'The GUID for the file.  Either this field or `file` or both are required.',
      file: 'Specify a file registered with Slack by providing its ID. Either this field or `external_id` or both are required.',
    },
    want: [{ kind: 'at-least-one-of', args: ['external_id', 'file'] }],
  },
  {
    wording: 'If omitting this parameter, you must provide a `x` (files.upload)',
    given: {
      content: 'File contents via a POST variable. If omitting this parameter, you must provide a `file`.',
      file: null,
    },
    want: [{ kind: 'at-least-one-of', args: ['content', 'file'] }],
  },
  {
    wording: 'required unless you set `x=true` (admin.conversations.create): a condition on a value',
    given: {
      org_wide: 'When `true`, the channel will be available org-wide.',
      team_id:
        'The workspace to create the channel in. Note: this argument is required unless you set `org_wide=true`.',
    },
    want: [{ kind: 'at-least-one-of', args: ['team_id', 'org_wide'], when: { org_wide: true } }],
  },
  {
    wording: 'Required unless `x` is set to true (admin.analytics.getFile)',
    given: {
      date: 'Date to retrieve the analytics data for. Required unless `metadata_only` is set to true.',
      metadata_only: 'Retrieve metadata for the type passed.',
    },
    want: [{ kind: 'at-least-one-of', args: ['date', 'metadata_only'], when: { metadata_only: true } }],
  },
  {
    wording: 'a member that is not an argument of the method: no group (never a narrower one), unclear',
    given: { a: 'Either `a`, `b` or `c` is required.', b: null },
    want: [],
    unclear: ['a'],
  },
  {
    wording: 'a condition no rule reads (admin.conversations.setTeams): unclear',
    given: {
      target_team_ids: 'A list of workspaces. Not required if the channel is being shared org-wide.',
      org_channel: null,
    },
    want: [],
    unclear: ['target_team_ids'],
  },
  {
    wording: 'requiredness that depends on other fields (chat.postMessage text): unclear',
    given: {
      text: 'How this field works and whether it is required depends on other fields you use in your API call.',
      blocks: null,
    },
    want: [],
    unclear: ['text'],
  },
  {
    wording: 'a condition on the token: no group, not unclear',
    given: {
      team_id: 'Encoded team id, required if org token is used.',
      app_id: 'Required if calling with user token',
      cursor: 'Paginate through collections of data.',
    },
    want: [],
  },
  {
    wording: 'values of one argument, not arguments: nothing',
    given: {
      sort: 'Return matches sorted by either `score` or `timestamp`.',
      presence: 'Either `auto` or `away`',
      inclusive:
        'Include messages with `oldest` or `latest` timestamps in results. Ignored unless either timestamp is specified.',
      oldest: null,
      latest: null,
    },
    want: [],
  },
];

describe('argument groups in argument descriptions', () => {
  it.each(cases)('$wording', ({ given, want, unclear = [] }) => {
    const reading = readArgGroups(args(given));
    expect(reading.groups).toEqual(want);
    expect(reading.unclear.map((u) => u.arg)).toEqual(unclear);
  });
});

describe('argument groups in the prose of a method', () => {
  const names = new Set(['text', 'blocks', 'attachments', 'channel']);
  it.each([
    [
      'At least one of text, blocks or attachments is required.',
      [{ kind: 'at-least-one-of', args: ['text', 'blocks', 'attachments'] }],
    ],
    ['Exactly one of `text` or `blocks` should be supplied.', [{ kind: 'one-of', args: ['text', 'blocks'] }]],
    [
      'Either `text` or `blocks` is required, and a `channel`.',
      [{ kind: 'at-least-one-of', args: ['text', 'blocks'] }],
    ],
    ['One of `text` or `thread` is required.', []],
    ['Posts a message to a channel.', []],
  ] as const)('%s', (prose, want) => {
    expect(readGroupRules([prose], names)).toEqual(want);
  });

  it('reads "exactly"/"only" as exactly one, anything else as at least one', () => {
    expect(groupKind('exactly one')).toBe('one-of');
    expect(groupKind('only one')).toBe('one-of');
    expect(groupKind('at least one')).toBe('at-least-one-of');
    expect(groupKind('one')).toBe('at-least-one-of');
    expect(groupKind('')).toBe('at-least-one-of');
  });
});
