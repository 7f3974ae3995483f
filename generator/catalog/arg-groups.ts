/**
 * Argument groups the docs state only on their web pages, in prose the structured records leave
 * out: a message needs some content, a view needs something that lets it open. The merge gives a
 * method an entry's group only when the method has the entry's arguments and no source of the run
 * states a group for it; the group's source is then `catalog`, with the page that states it.
 */

export interface CatalogGroup {
  /** The methods the page states the group for. */
  methods: readonly string[];
  kind: 'one-of' | 'at-least-one-of';
  /** Members the method must have for the group to apply. */
  args: readonly string[];
  /** Members the group takes in where the method has them (`markdown_text` is newer than some methods' docs). */
  ifPresent: readonly string[];
  /** The page that states the group; `{method}` stands for the method's name. */
  docUrl: string;
  /** What the page says, in short. */
  statement: string;
}

export const CATALOG_GROUPS: readonly CatalogGroup[] = [
  {
    methods: ['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'chat.scheduleMessage'],
    kind: 'at-least-one-of',
    args: ['text', 'blocks', 'attachments'],
    ifPresent: ['markdown_text'],
    docUrl: 'https://docs.slack.dev/reference/methods/{method}#text_usage',
    statement:
      'A message needs content: `text` is not required when `blocks` or `attachments` (or `markdown_text`) are given, and is required otherwise.',
  },
  {
    methods: ['views.open', 'views.push'],
    kind: 'at-least-one-of',
    args: ['trigger_id', 'interactivity_pointer'],
    ifPresent: [],
    docUrl: 'https://api.slack.com/methods/{method}',
    statement:
      'One of these arguments is required to open a view for a user: `trigger_id`, `interactivity_pointer`.',
  },
];

/** The catalog's group for a method with these arguments, or `null`. */
export function catalogGroup(
  method: string,
  argNames: ReadonlySet<string>,
): { kind: CatalogGroup['kind']; args: string[]; docUrl: string } | null {
  const entry = CATALOG_GROUPS.find((g) => g.methods.includes(method));
  if (!entry || !entry.args.every((a) => argNames.has(a))) return null;
  return {
    kind: entry.kind,
    args: [...entry.args, ...entry.ifPresent.filter((a) => argNames.has(a))],
    docUrl: entry.docUrl.replace('{method}', method),
  };
}
