/**
 * Argument groups through the merge: the records' groups keep their sources (a page stating the
 * same group adds its own), and the catalog fills in the groups only the docs' web pages state,
 * for methods that have the arguments and no source stating a group.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG_GROUPS } from '../../generator/catalog/arg-groups.ts';
import { mergePages } from '../../generator/merge/merge.ts';
import {
  emptyMethodFacts,
  type ArgFact,
  type ArgGroupFact,
  type PageFacts,
} from '../../generator/facts/page-facts.ts';
import { readRecord } from '../../generator/sources/record.ts';

/** A structured record, cut to what the groups need; the descriptions as ../shared's records word them. */
const record = (
  name: string,
  properties: Record<string, { type?: string; desc: string }>,
  required: string[] = [],
) => ({
  stem: name,
  facts: readRecord(
    `methods/${name}.json`,
    name,
    JSON.stringify({ desc: `The ${name} method.`, args: { type: 'object', required, properties } }),
  ),
});

const RECORDS = {
  'views.update': () =>
    record(
      'views.update',
      {
        view_id: {
          type: 'string',
          desc: 'A unique identifier of the view to be updated. Either `view_id` or `external_id` is required.',
        },
        external_id: {
          type: 'string',
          desc: 'A unique identifier of the view set by the developer. Must be unique for all views on a team. Max length of 255 characters. Either `view_id` or `external_id` is required.',
        },
        view: { desc: 'A [view object](/reference/views). This must be a JSON-encoded string.' },
        hash: {
          type: 'string',
          desc: 'A string that represents view state to protect against possible race conditions.',
        },
      },
      ['view'],
    ),
  'admin.conversations.create': () =>
    record(
      'admin.conversations.create',
      {
        name: { type: 'string', desc: 'Name of the public or private channel to create.' },
        is_private: {
          type: 'boolean',
          desc: 'When `true`, creates a private channel instead of a public channel',
        },
        org_wide: {
          type: 'boolean',
          desc: 'When `true`, the channel will be available org-wide. Note: if the channel is not `org_wide=true`, you must specify a `team_id` for this channel',
        },
        team_id: {
          desc: 'The workspace to create the channel in. Note: this argument is required unless you set `org_wide=true`.',
        },
      },
      ['name', 'is_private'],
    ),
  'admin.conversations.setTeams': () =>
    record(
      'admin.conversations.setTeams',
      {
        channel_id: { type: 'string', desc: 'The encoded `channel_id` to add or remove to workspaces.' },
        target_team_ids: {
          type: 'array',
          desc: 'A comma-separated list of workspaces to which the channel should be shared. Not required if the channel is being shared org-wide.',
        },
        org_channel: { type: 'boolean', desc: 'True if channel has to be converted to an org channel' },
      },
      ['channel_id'],
    ),
  'chat.postMessage': () =>
    record(
      'chat.postMessage',
      {
        attachments: {
          desc: 'A JSON-based array of structured attachments, presented as a URL-encoded string.',
        },
        blocks: { desc: 'A JSON-based array of structured blocks, presented as a URL-encoded string.' },
        channel: { type: 'string', desc: 'An encoded ID or channel name.' },
        markdown_text: {
          type: 'string',
          desc: 'Accepts message text formatted in markdown. This argument should not be used in conjunction with `blocks` or `text`. Limit this field to 12,000 characters.',
        },
        text: {
          desc: 'How this field works and whether it is required depends on other fields you use in your API call. [See below](#text_usage) for more detail.',
        },
      },
      ['channel'],
    ),
};

const arg = (name: string): ArgFact => ({
  name,
  type: 'string',
  required: false,
  description: null,
  example: null,
  default: null,
  enum: null,
});

const page = (name: string, args: string[], argGroups: ArgGroupFact[] = []) => ({
  stem: name,
  facts: {
    id: `docs.slack.dev/${name}.html`,
    format: 'html',
    layout: 'docs-site',
    methods: [{ ...emptyMethodFacts(), name, args: args.map(arg), argGroups }],
    diagnostics: [],
    guessed: false,
  } satisfies PageFacts,
});

describe('groups from the structured records', () => {
  it('keeps each group once, with the record as its source', () => {
    const [m] = mergePages([RECORDS['views.update']()]).methods;
    expect(m!.argGroups).toEqual([
      { kind: 'at-least-one-of', args: ['view_id', 'external_id'], sources: ['methods/views.update.json'] },
    ]);
    expect(m!.provenance['argGroups']).toBeUndefined();
  });

  it('keeps a condition on a value', () => {
    const [m] = mergePages([RECORDS['admin.conversations.create']()]).methods;
    expect(m!.argGroups).toEqual([
      {
        kind: 'at-least-one-of',
        args: ['team_id', 'org_wide'],
        when: { org_wide: true },
        sources: ['methods/admin.conversations.create.json'],
      },
    ]);
  });

  it('adds the sources of a page that states the same group, members in any order', () => {
    const stated = page(
      'views.update',
      ['view_id', 'external_id', 'view'],
      [{ kind: 'at-least-one-of', args: ['external_id', 'view_id'] }],
    );
    const [m] = mergePages([RECORDS['views.update'](), stated]).methods;
    expect(m!.argGroups).toHaveLength(1);
    expect(m!.argGroups[0]!.sources).toEqual([
      'methods/views.update.json',
      'docs.slack.dev/views.update.html',
    ]);
  });

  it('notes wording it cannot read as a group, naming the method and the argument', () => {
    const [m] = mergePages([RECORDS['admin.conversations.setTeams']()]).methods;
    expect(m!.argGroups).toEqual([]);
    const notes = m!.diagnostics.filter((d) => d.code === 'args/group-unclear');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', file: 'methods/admin.conversations.setTeams.json' });
    expect(notes[0]!.message).toContain('admin.conversations.setTeams');
    expect(notes[0]!.message).toContain('target_team_ids');
  });
});

describe('groups from the catalog', () => {
  it('gives chat.postMessage its content group, markdown_text too, with the page that states it', () => {
    const [m] = mergePages([RECORDS['chat.postMessage']()]).methods;
    expect(m!.argGroups).toEqual([
      {
        kind: 'at-least-one-of',
        args: ['text', 'blocks', 'attachments', 'markdown_text'],
        sources: ['catalog'],
        docUrl: 'https://docs.slack.dev/reference/methods/chat.postMessage#text_usage',
      },
    ]);
    expect(m!.provenance['argGroups']).toBe('catalog');
  });

  it('leaves out members the method does not have, and methods without the required members', () => {
    const [older] = mergePages([
      page('chat.update', ['channel', 'ts', 'text', 'blocks', 'attachments']),
    ]).methods;
    expect(older!.argGroups.map((g) => g.args)).toEqual([['text', 'blocks', 'attachments']]);
    const [bare] = mergePages([page('views.open', ['view', 'trigger_id'])]).methods;
    expect(bare!.argGroups).toEqual([]);
  });

  it('gives nothing where a source states a group', () => {
    const stated = page(
      'chat.scheduleMessage',
      ['channel', 'post_at', 'text', 'blocks', 'attachments'],
      [{ kind: 'at-least-one-of', args: ['text', 'blocks', 'attachments'] }],
    );
    const [m] = mergePages([stated]).methods;
    expect(m!.argGroups.map((g) => g.sources)).toEqual([['docs.slack.dev/chat.scheduleMessage.html']]);
    expect(m!.provenance['argGroups']).toBeUndefined();
  });

  it('says where the docs state each entry', () => {
    for (const entry of CATALOG_GROUPS)
      expect(entry.docUrl).toMatch(/^https:\/\/(docs|api)\.slack\.(dev|com)\//);
  });
});
