/**
 * Prose that changes how a method must be called: HTTP Basic auth for client credentials,
 * which bodies are accepted, and rules about arguments ("at least one of `text`, `blocks` or
 * `attachments` is required").
 */
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { Note } from '../model/types.ts';
import { uniqueGroups, type ArgGroupFact } from '../facts/page-facts.ts';

export type NoteFact = Omit<Note, 'source'>;

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z`"(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const BASIC_AUTH = /\bHTTP Basic\b/i;
const CONTENT_TYPE =
  /present arguments as parameters|\baccepts? application\/json\b|\bnot (currently )?accept application\/json\b|\bcontent[- ]type\b.*\bmust\b/i;
const USAGE_RULE =
  /\b(must|required if|is required|are required|avoid|do not|don't|never|only (be )?used|cannot|can't|should)\b/i;

/** Notes in some prose; `usageRules` also keeps general rules (for usage sections, not descriptions). */
export function readNotes(prose: readonly string[], usageRules: boolean): NoteFact[] {
  const notes: NoteFact[] = [];
  for (const paragraph of prose) {
    for (const sentence of sentencesOf(paragraph)) {
      if (BASIC_AUTH.test(sentence)) notes.push({ kind: 'basic-auth', text: sentence });
      else if (CONTENT_TYPE.test(sentence)) notes.push({ kind: 'content-type', text: sentence });
      else if (usageRules && USAGE_RULE.test(sentence)) notes.push({ kind: 'usage', text: sentence });
    }
  }
  return notes;
}

type GroupKind = ArgGroupFact['kind'];

/**
 * "exactly one of", "only one of": one and no more (`one-of`). Anything else ("at least one of",
 * "one of … is required", "either `a` or `b` is required", "or provide `b` instead") is at least
 * one: the weaker reading, so that a group never refuses a call the docs allow.
 */
export function groupKind(words: string): GroupKind {
  return /\b(exactly|only)\b/i.test(words) ? 'one-of' : 'at-least-one-of';
}

const NAME = '`?\\b(?!(?:or|and|both|either|neither)\\b)[a-z][a-z0-9_]*`?';
const SEP = '(?:,\\s*|,?\\s+or\\s+|,?\\s+and\\s+)';
/** Two names or more: `a` or `b`; `a`, `b`, or `c`; a and b. */
const LIST = `(?<list>(?:${NAME}${SEP})+${NAME})`;
/** One name or more. */
const SOME = `(?<list>(?:${NAME}${SEP})*${NAME})`;
const ONE = (group: string): string => `\`(?<${group}>[a-z][a-z0-9_]*)\``;
const GIVEN = '(?:required|supplied|provided|given|passed|specified)';
const BE = '(?:is|are|must be|should be)';
const GIVE = '(?:provide|supply|pass|specify|give|include)';
const GIVING = '(?:providing|supplying|passing|specifying|giving|including)';
const THIS_ARG = 'this (?:field|argument|parameter|param|arg)';
const ARTICLE = '(?:an?\\s+|the\\s+)?';
const HOW_MANY = '(?<kind>at least one|exactly one|only one|one)';
const rule = (source: string): RegExp => new RegExp(source, 'i');

/**
 * The wordings of a group, each read in one sentence. `list` (or `a`, and `b`) names the members;
 * a `self` rule is read in an argument's own description, whose argument is a member too; `value`
 * makes `a` count only with that value ("required unless you set `org_wide=true`").
 */
const GROUP_RULES: readonly { rule: RegExp; self?: true }[] = [
  // "At least one of `text`, `blocks` or `attachments` is required."
  { rule: rule(`\\b${HOW_MANY} of ${LIST},?\\s+${BE}\\s+${GIVEN}`) },
  // "Provide exactly one of `blocks`, `view`, or `message`."
  { rule: rule(`\\b${GIVE}\\s+${HOW_MANY} of\\s+${LIST}`) },
  // "Either `view_id` or `external_id` is required."
  { rule: rule(`\\beither\\s+${LIST},?\\s+${BE}\\s+${GIVEN}`) },
  // "Must provide either `invite_id` or `channel_id`."
  { rule: rule(`\\b(?:must|should|need to)\\s+${GIVE}\\s+either\\s+${LIST}`) },
  // "Supply a `channel` when not supplying `users`."
  { rule: rule(`\\b${GIVE}\\s+${ARTICLE}${ONE('a')} (?:when|if) not ${GIVING}\\s+${ARTICLE}${ONE('b')}`) },
  // "Or provide the `users` field instead."
  {
    rule: rule(
      `\\bor\\s+${GIVE}\\s+${ARTICLE}${ONE('a')}(?:\\s+(?:field|argument|parameter))?\\s+instead\\b`,
    ),
    self: true,
  },
  // "Either this field or `file` or both are required."
  {
    rule: rule(`\\beither ${THIS_ARG}\\s+or\\s+${SOME}(?:,?\\s+or both)?,?\\s+${BE}\\s+${GIVEN}`),
    self: true,
  },
  // "If omitting this parameter, you must provide a `file`."
  {
    rule: rule(
      `\\bif (?:omitting|not ${GIVING}|you omit) ${THIS_ARG},?\\s+(?:you\\s+)?must\\s+${GIVE}\\s+${ARTICLE}${ONE('a')}`,
    ),
    self: true,
  },
  // "This argument is required unless you set `org_wide=true`."
  { rule: /\brequired unless (?:you set\s+)?`(?<a>[a-z][a-z0-9_]*)\s*=\s*(?<value>[^`\s]+)`/i, self: true },
  // "Required unless `metadata_only` is set to true."
  {
    rule: /\brequired unless `(?<a>[a-z][a-z0-9_]*)` is set to `?(?<value>true|false|-?\d+)\b`?/i,
    self: true,
  },
];

/**
 * Words that make an argument depend on others ("Not required if the channel is shared
 * org-wide", "whether it is required depends on other fields") but that no rule reads: reported,
 * never guessed. Conditions on the token ("required if org token is used") are not groups.
 */
const UNCLEAR =
  /\b(?:required|must be (?:provided|supplied|given))\b[^.]*\b(?:unless|if|when|depends)\b|\bdepends on other (?:fields|arguments)\b|\beither\b[^.]*\bor\b[^.]*\b(?:required|provided|supplied)\b/i;
const ABOUT_TOKEN = /\btoken\b/i;

/** A value as the docs write it: `true`, `false`, a number, else the text. */
function valueOf(text: string): string | number | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text.replace(/^["']|["']$/g, '');
}

/** The group a rule's match states, or the reason it states none the method can have. */
function groupOfMatch(
  m: RegExpExecArray,
  self: string | null,
  argNames: ReadonlySet<string>,
): ArgGroupFact | { unknown: string[] } {
  const g = m.groups ?? {};
  const listed = g['list']
    ? [...g['list'].matchAll(new RegExp(NAME, 'gi'))].map((x) => x[0].replace(/`/g, ''))
    : [];
  const names = [
    ...new Set([...(self ? [self] : []), ...listed, ...[g['a'], g['b']].filter((n) => n !== undefined)]),
  ];
  const unknown = names.filter((n) => !argNames.has(n));
  if (unknown.length > 0 || names.length < 2) return { unknown };
  const group: ArgGroupFact = { kind: groupKind(g['kind'] ?? ''), args: names };
  if (g['value'] !== undefined) group.when = { [g['a']!]: valueOf(g['value']) };
  return group;
}

/** One sentence's group (`self`: the argument it describes, for its own rules), or why it has none. */
function readSentence(
  sentence: string,
  self: string | null,
  argNames: ReadonlySet<string>,
): ArgGroupFact | 'unclear' | null {
  for (const { rule: r, self: needsSelf } of GROUP_RULES) {
    if (needsSelf && self === null) continue;
    const m = r.exec(sentence);
    if (!m) continue;
    const group = groupOfMatch(m, self, argNames);
    if ('kind' in group) return group;
    return 'unclear';
  }
  return UNCLEAR.test(sentence) && !ABOUT_TOKEN.test(sentence) ? 'unclear' : null;
}

/** Argument groups stated in prose about the method, naming only arguments of the method. */
export function readGroupRules(prose: readonly string[], argNames: ReadonlySet<string>): ArgGroupFact[] {
  const groups: ArgGroupFact[] = [];
  for (const paragraph of prose) {
    for (const sentence of sentencesOf(paragraph)) {
      const group = readSentence(sentence, null, argNames);
      if (group !== null && group !== 'unclear') groups.push(group);
    }
  }
  return uniqueGroups(groups);
}

export interface ArgGroupReading {
  groups: ArgGroupFact[];
  /** Sentences of an argument's description that tie it to other arguments in words no rule reads. */
  unclear: { arg: string; sentence: string }[];
}

/** Argument groups stated in the arguments' own descriptions ("Either `view_id` or `external_id` is required."). */
export function readArgGroups(
  args: readonly { name: string; description: string | null }[],
): ArgGroupReading {
  const argNames = new Set(args.map((a) => a.name));
  const reading: ArgGroupReading = { groups: [], unclear: [] };
  for (const arg of args) {
    for (const sentence of sentencesOf(arg.description ?? '')) {
      const group = readSentence(sentence, arg.name, argNames);
      if (group === 'unclear') reading.unclear.push({ arg: arg.name, sentence });
      else if (group !== null) reading.groups.push(group);
    }
  }
  reading.groups = uniqueGroups(reading.groups);
  return reading;
}

/** The note for wording that ties an argument to others but that no rule reads: no group is made of it. */
export function unclearGroup(
  method: string,
  arg: string,
  sentence: string,
  file: string,
  section: string,
): Diagnostic {
  return diagnostic(
    'info',
    'args/group-unclear',
    file,
    section,
    `${method}: the description of ${arg} makes it required on a condition no rule reads (${JSON.stringify(sentence)}); no argument group was made of it.`,
  );
}
