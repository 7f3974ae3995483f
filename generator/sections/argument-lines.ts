/**
 * Arguments that are not in a table: text renderings (rows as lines, cells run together),
 * server-rendered rows of `<div>`s, and `name - description` lists. A row is found by its
 * anchors: an identifier followed by a type word (`client_idstringOptional`), an identifier
 * alone above a type word, an identifier with an optionality word (`client_id 4b39e9 Required`),
 * or an identifier and a dash (`channel - …`).
 */
import type { ArgFact, ArgGroupFact } from '../facts/page-facts.ts';
import { groupKind } from './notes.ts';
import type { Block } from '../documents/document.ts';
import { headerLineRoles, type ColumnRole } from '../documents/headings.ts';
import { normalizeArgType, readEnum, readOptionality, splitLabels } from './argument-details.ts';
import { looksLikeDashList, splitDashList } from './dash-list.ts';
import { splitGluedName, splitGluedPrefix } from './glued-split.ts';
import type { Lexicon } from './lexicon.ts';
import { markNote, readMarkerAt, type Marker, type MarkNote } from './marker.ts';
import { matchGluedRow, matchLegacyRow } from './row-match.ts';
import {
  legacyRowStarts,
  liftMarker,
  lonePart,
  nameFirst,
  rowStartsInLine,
  spacedTypePhrase,
  type LonePart,
} from './row-head.ts';
import { isSnakeCase } from '../model/snake-case.ts';

export interface ArgumentLinesResult {
  args: ArgFact[];
  groups: ArgGroupFact[];
  /** Lines that belong to no argument: prose of the section (content-type rules, notes). */
  prose: string[];
  /** What markers said beyond required or optional: conditions and groups (`Required if …`). */
  marks: MarkNote[];
  /** Lines that read as an argument's fact (a type, a marker, a label) but that no argument took. */
  unplaced?: string[];
  guessed: boolean;
}

interface Line {
  text: string;
  codes: string[];
  depth: number;
  blank: boolean;
  code: boolean;
  /** A list item of HTML: one item is one entry of a dash list. */
  item?: true;
}

interface Row {
  name: string;
  type: string | null;
  required: boolean | null;
  example: string | null;
  default: string | null;
  /** The requiredness marker, where the row has one. */
  marker: Marker | null;
  /** Description text on the row's own line. */
  rest: string;
  /** Text glued before the name: the previous argument's example in a run-together rendering. */
  head: string;
  /** Lines the row spans. */
  span: number;
  guessed: boolean;
}

const GROUP_INTRO =
  /^(at least one|one) of (these|the following)\b|^(at least one|one) of .*\b(is|are) required:?$/i;

export function readArgumentLines(
  blocks: readonly Block[],
  defaultRequired: boolean | null,
  lexicon: Lexicon,
): ArgumentLinesResult {
  let roles: ColumnRole[] | null = null;
  const unsplit = toLines(blocks).filter((l) => {
    const r = l.blank || l.code ? null : headerLineRoles(l.text);
    if (r) roles = r;
    return !r;
  });
  const firstText = unsplit.find((l) => !l.blank && !l.code && !GROUP_INTRO.test(l.text));
  if (firstText && PAREN_ITEM.test(firstText.text)) return readParenthesisedLines(unsplit, defaultRequired);
  if (firstText && looksLikeDashList(firstText.text)) return readDashLines(unsplit, defaultRequired, lexicon);
  // Rows run together on one line are split into a line each (the oldest table has no type words).
  const legacy = roles !== null && !(roles as ColumnRole[]).includes('type');
  const content = splitRunTogether(unsplit, (text) =>
    legacy ? legacyRowStarts(text) : rowStartsInLine(text, lexicon),
  );
  return readRowLines(content, roles, defaultRequired, lexicon);
}

function toLines(blocks: readonly Block[]): Line[] {
  const lines: Line[] = [];
  for (const b of blocks) {
    if (b.kind === 'blank') lines.push({ text: '', codes: [], depth: 0, blank: true, code: false });
    else if (b.kind === 'text' || b.kind === 'item') {
      const line: Line = {
        text: b.text,
        codes: b.codes,
        depth: b.kind === 'item' ? b.depth + 1 : b.depth,
        blank: false,
        code: false,
      };
      if (b.kind === 'item') line.item = true;
      lines.push(line);
    } else if (b.kind === 'code') lines.push({ text: b.text, codes: [], depth: 0, blank: false, code: true });
    else if (b.kind === 'heading')
      lines.push({ text: b.text, codes: [], depth: 0, blank: false, code: false });
  }
  return lines;
}

function readDashLines(
  lines: Line[],
  defaultRequired: boolean | null,
  lexicon: Lexicon,
): ArgumentLinesResult {
  const result: ArgumentLinesResult = { args: [], groups: [], prose: [], marks: [], guessed: false };
  for (const line of lines) {
    if (line.blank || line.code) continue;
    const entries = looksLikeDashList(line.text) ? splitDashList(line.text, lexicon, line.item) : [];
    if (entries.length === 0) {
      const last = result.args[result.args.length - 1];
      if (last && line.depth > 0) last.description = `${last.description ?? ''} ${line.text}`.trim();
      else result.prose.push(line.text);
      continue;
    }
    for (const e of entries) {
      const labelled = splitLabels([e.text]);
      result.guessed ||= e.guessed;
      result.args.push({
        name: e.name,
        type: null,
        required: defaultRequired,
        description: labelled.description,
        example: labelled.example,
        default: labelled.default,
        enum: readEnum(labelled.description, line.codes),
      });
    }
  }
  return result;
}

/** `text (str, required) – The content of the reminder.`: Sphinx and many SDK docs. */
const PAREN_ITEM = /^([a-z][a-z0-9_]*)\s*\(([^)]*)\)\s*[-–—:]\s*(.*)$/;

function readParenthesisedLines(lines: Line[], defaultRequired: boolean | null): ArgumentLinesResult {
  const result: ArgumentLinesResult = { args: [], groups: [], prose: [], marks: [], guessed: false };
  for (const line of lines) {
    if (line.blank || line.code) continue;
    const m = PAREN_ITEM.exec(line.text);
    if (!m) {
      result.prose.push(line.text);
      continue;
    }
    const words = m[2]!.split(/[,;]\s*|\s+/).filter(Boolean);
    const typeWord = words.find((w) => normalizeArgType(w).type !== null) ?? null;
    const optionality = words.map((w) => readOptionality(w).required).find((r) => r !== null) ?? null;
    const labelled = splitLabels([m[3]!]);
    const type = normalizeArgType(typeWord);
    const fact: ArgFact = {
      name: m[1]!,
      type: type.type,
      required: optionality ?? defaultRequired,
      description: labelled.description,
      example: labelled.example,
      default: labelled.default,
      enum: readEnum(labelled.description, line.codes),
    };
    if (type.typeText) fact.typeText = type.typeText;
    result.args.push(fact);
  }
  return result;
}

/** A `one of these` group being read: rows join it until one sits shallower than its intro. */
interface OpenGroup {
  fact: ArgGroupFact;
  depth: number;
}

function openGroup(intro: Line): OpenGroup {
  return {
    fact: { kind: groupKind(intro.text), args: [] },
    depth: intro.depth,
  };
}

function readRowLines(
  lines: Line[],
  roles: ColumnRole[] | null,
  defaultRequired: boolean | null,
  lexicon: Lexicon,
): ArgumentLinesResult {
  const result: ArgumentLinesResult = { args: [], groups: [], prose: [], marks: [], guessed: false };
  const usesLabels = lines.some((l) => !l.blank && /^(Example|Default)\b/.test(l.text));
  let group: OpenGroup | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.blank || line.code) {
      i++;
      continue;
    }
    if (GROUP_INTRO.test(line.text)) {
      group = openGroup(line);
      result.groups.push(group.fact);
      i++;
      continue;
    }
    const row = detectRow(lines, i, roles, lexicon, result.args.length > 0);
    if (!row) {
      result.prose.push(line.text);
      if (isFactLike(line.text)) (result.unplaced ??= []).push(line.text);
      i++;
      continue;
    }
    giveHeadToPrevious(result.args[result.args.length - 1], row.head.trim());
    result.guessed ||= row.guessed;
    if (group && line.depth > 0 && line.depth < group.depth) group = null;
    const body = collectBody(lines, i + row.span, line.depth, row, usesLabels, roles, lexicon);
    result.prose.push(...body.prose);
    for (const text of body.prose) if (isFactLike(text)) (result.unplaced ??= []).push(text);
    const fact = rowFact(row, body, line.codes, group ? false : defaultRequired);
    result.args.push(fact);
    const note = markNote(fact.name, body.marker ?? row.marker);
    if (note) result.marks.push(note);
    if (group) group.fact.args.push(row.name);
    i = i + row.span + body.consumed;
  }
  return result;
}

/**
 * Text glued before a row's name is the end of the argument before it: its example
 * (`4b39e9-752c4client_secret…`), a label and its value (`toExampleC1234users…`: the
 * description's last word, then the example), or the value of a label its description ends with
 * (`…the channel.Example` then `C1234users…`).
 */
function giveHeadToPrevious(prev: ArgFact | undefined, head: string): void {
  if (!prev || head === '') return;
  const label = lastLabel(head);
  const dangling = /(?:^|(?<=[\s.!?)\]`'"a-z0-9]))(Example|Default)\s*:?$/.exec(prev.description ?? '');
  let value = head;
  if (label) {
    appendToDescription(prev, head.slice(0, label.index));
    value = head.slice(label.index + label[0].length);
  } else if (dangling) {
    prev.description = prev.description!.slice(0, dangling.index).trim() || null;
  } else if (/[.!?)]$/.test(head) || prev.example !== null) {
    appendToDescription(prev, head);
    return;
  }
  if ((label?.[1] ?? dangling?.[1]) === 'Default') prev.default ??= value;
  else prev.example ??= value;
}

/** The last `Example`/`Default`/`ex:` label in `text` with a value after it. */
function lastLabel(text: string): { index: number; 0: string; 1: string } | null {
  let best: { index: number; 0: string; 1: string } | null = null;
  for (const word of ['Example', 'Default', 'ex:']) {
    const at = text.lastIndexOf(word);
    if (at < 0 || (best && best.index > at)) continue;
    const m = /^\s*:?\s*(?=\S)/.exec(text.slice(at + word.length));
    if (m) best = { index: at, 0: word + m[0], 1: word };
  }
  return best;
}

function appendToDescription(arg: ArgFact, text: string): void {
  if (text.trim() === '') return;
  arg.description = `${arg.description ?? ''} ${text.trim()}`.trim();
}

/** The argument a row and its body describe; `defaultRequired` when neither says. */
function rowFact(row: Row, body: Body, codes: string[], defaultRequired: boolean | null): ArgFact {
  const labelled = splitLabels(body.descriptionLines);
  const type = normalizeArgType(row.type ?? body.type);
  const marker = row.marker ?? body.marker;
  const fact: ArgFact = {
    name: row.name,
    type: type.type,
    required: row.required ?? marker?.required ?? defaultRequired,
    description: labelled.description,
    example: row.example ?? labelled.example ?? body.example,
    default: row.default ?? marker?.default ?? labelled.default,
    enum: readEnum(labelled.description, codes),
  };
  if (type.typeText) fact.typeText = type.typeText;
  return fact;
}

/** The row that starts at line `i`, if one does. */
function detectRow(
  lines: Line[],
  i: number,
  roles: ColumnRole[] | null,
  lexicon: Lexicon,
  hasPrevious: boolean,
): Row | null {
  const line = lines[i]!;
  const text = line.text;
  if (roles && text.includes('\t')) return tabRow(text, line, roles);
  if (roles && !roles.includes('type')) return legacyRow(text, line, lexicon);
  const stacked = stackedRow(lines, i);
  if (stacked) return stacked;
  return gluedRow(line, roles, lexicon, hasPrevious);
}

/**
 * A row on one line with its cells run together or apart: `client_idstringOptional…`,
 * `tokenRequiredstring…`, `channel string Optional, default=false …`, `string channel Required`.
 */
function gluedRow(
  line: Line,
  roles: ColumnRole[] | null,
  lexicon: Lexicon,
  hasPrevious: boolean,
): Row | null {
  const lifted = liftMarker(nameFirst(line.text));
  const phrase = spacedTypePhrase(nameFirst(lifted ? lifted.text : line.text));
  if (phrase && (lifted || /^\s*([A-Z(`"]|$)/.test(phrase.rest)))
    return phraseRow(phrase, lifted?.marker ?? null);
  const m = matchGluedRow(nameFirst(lifted ? lifted.text : line.text));
  if (!m) return null;
  const [, prefix = '', rawChunk = '', space = '', type = '', brackets = ''] = m;
  let marker = lifted?.marker ?? null;
  let rest = m[7] ?? '';
  // A marker after the type word (`stringOptional, default=0…`) when none came before it.
  if (!marker && m[6]) {
    const after = readMarkerAt(`${m[6]}${rest}`, 0);
    if (after) [marker, rest] = [after, `${m[6]}${rest}`.slice(after.length)];
  }
  // A Required/Optional badge run into the name (`tokenRequiredstring…`).
  const badge = /^(.*[a-z0-9_])(Required|Optional)$/.exec(rawChunk);
  const chunk = badge ? badge[1]! : rawChunk;
  if (badge && !marker) marker = readMarkerAt(badge[2]!, 0);
  const glued = space === '';
  const columns = announcedColumns(
    marker ? (marker.required ? 'Required' : 'Optional') : undefined,
    rest,
    roles,
  );
  if (!marker && columns.opt) marker = readMarkerAt(columns.opt, 0);
  rest = columns.rest;
  if (!isRowShaped(prefix, chunk, glued, marker !== null, rest)) return null;
  const fromCode = line.codes.find((c) => chunk.endsWith(c) && isSnakeCase(c));
  const split = fromCode
    ? { head: chunk.slice(0, chunk.length - fromCode.length), name: fromCode, guessed: false }
    : splitGluedName(chunk, rest, lexicon, glued && hasPrevious);
  if (!split) return null;
  return {
    name: split.name,
    type: type + brackets,
    required: marker ? marker.required : null,
    example: null,
    default: columns.def ?? marker?.default ?? null,
    marker,
    rest: rest.trim(),
    head: prefix + split.head,
    span: 1,
    guessed: split.guessed,
  };
}

/** A row whose type is a phrase set apart by spaces (`users array of strings Required`). */
function phraseRow(phrase: { name: string; type: string; rest: string }, marker: Marker | null): Row {
  return {
    name: phrase.name,
    type: phrase.type,
    required: marker ? marker.required : null,
    example: null,
    default: marker?.default ?? null,
    marker,
    rest: phrase.rest.trim(),
    head: '',
    span: 1,
    guessed: false,
  };
}

/**
 * Columns the header announces run into the description (`booleannofalseSet this…`): the
 * optionality and default they give, and the description after them.
 */
function announcedColumns(
  opt: string | undefined,
  rest: string,
  roles: ColumnRole[] | null,
): { opt: string | undefined; rest: string; def: string | null } {
  let def: string | null = null;
  if (!opt && roles?.includes('required')) {
    const yesNo = /^\s*(yes|no|Yes|No)(.*)$/.exec(rest);
    if (yesNo) [opt, rest] = [yesNo[1]!.toLowerCase() === 'yes' ? 'Required' : 'Optional', yesNo[2]!];
  }
  if (
    roles &&
    roles.indexOf('default') > roles.indexOf('required') &&
    roles.indexOf('default') < roles.indexOf('description')
  ) {
    const split = /^(\S*?)\s*(?=[A-Z(`"]|$)(.*)$/.exec(rest);
    if (split && split[1] !== '') [def, rest] = [split[1]!, split[2]!];
  }
  return { opt, rest, def };
}

/** Whether a glued name and type, with what is before and after them, make a row rather than prose. */
function isRowShaped(prefix: string, chunk: string, glued: boolean, marked: boolean, rest: string): boolean {
  // Without an optionality word, the type must end the line or touch a capitalised description.
  if (!marked && rest.trim() !== '' && !/^[A-Z(`"]/.test(glued ? rest : rest.trimStart())) return false;
  if (!marked && !glued && rest !== '' && !/^\s/.test(rest)) return false;
  if (prefix.trim() !== '' && !marked) return false;
  // A name set apart from its type by a space is a whole word: `The string …` is prose.
  if (!glued && (prefix.trim() !== '' || !isSnakeCase(chunk))) return false;
  return true;
}

/** Most lines a row's head spans when its name, type and marker stand on lines of their own. */
const HEAD_PARTS = 3;

/**
 * A row whose name, type and marker stand on lines of their own, in any order (`token` /
 * `Required` / `string`, `Optional, default=false` / `force` / `boolean`): consecutive lines
 * (blank lines aside), exactly one of them a name, at least one a type or a marker.
 */
function stackedRow(lines: Line[], i: number): Row | null {
  const parts: LonePart[] = [];
  let span = 0;
  for (let j = i; j < lines.length && parts.length < HEAD_PARTS; j++) {
    const line = lines[j]!;
    if (line.blank) continue;
    if (line.code) break;
    const part = lonePart(line.text);
    if (!part || !fits(parts, part)) break;
    parts.push(part);
    span = j - i + 1;
  }
  const head = assignName(parts);
  if (!head || (head.type === null && head.marker === null)) return null;
  return {
    name: head.name,
    type: head.type,
    required: head.marker ? head.marker.required : null,
    example: null,
    default: head.marker?.default ?? null,
    marker: head.marker,
    rest: '',
    head: '',
    span,
    guessed: false,
  };
}

/** Whether a part can join a head: each of name, type and marker once (a type word may be the name). */
function fits(parts: readonly LonePart[], part: LonePart): boolean {
  const has = (k: keyof LonePart) => parts.some((p) => p[k] !== null);
  if (part.marker && has('marker')) return false;
  if (part.name && has('name')) return false;
  // A type word may stand for a name (`token` / `token` / `Required`): only while no name is there.
  if (part.type && has('type') && (has('name') || parts.filter((p) => p.type).length > 1)) return false;
  return true;
}

/** The head the parts make: one name (the first type word stands for it if no name is there). */
function assignName(
  parts: readonly LonePart[],
): { name: string; type: string | null; marker: Marker | null } | null {
  const names = parts.filter((p) => p.name !== null);
  const types = parts.filter((p) => p.type !== null);
  const marker = parts.find((p) => p.marker)?.marker ?? null;
  if (names.length === 1) return { name: names[0]!.name!, type: types[0]?.type ?? null, marker };
  if (names.length > 1 || types.length < 2) return null;
  // Of two type words, one that is also an argument's name (`token`) is the name; else the first.
  const [first, second] = [types[0]!.type!, types[1]!.type!];
  const nameFirst = NAME_LIKE.test(first) || !NAME_LIKE.test(second);
  const name = nameFirst ? first : second;
  if (!/^[a-z][a-z0-9_]*$/.test(name)) return null;
  return { name, type: nameFirst ? second : first, marker };
}

/** Type words that are also arguments' names. */
const NAME_LIKE = /^(token|timestamp)$/;

/** A table row as innerText renders it: cells separated by tabs, in the header's column order. */
function tabRow(text: string, line: Line, roles: ColumnRole[]): Row | null {
  const cells = text.split('\t').map((c) => c.trim());
  const cell = (role: ColumnRole) => (roles.indexOf(role) >= 0 ? (cells[roles.indexOf(role)] ?? '') : '');
  const nameCell = cell('name');
  const name =
    line.codes.find((c) => nameCell.startsWith(c) && isSnakeCase(c)) ??
    /^[a-z][a-z0-9_]*/.exec(nameCell)?.[0];
  if (!name) return null;
  const badge = readMarkerAt(nameCell.slice(name.length).trimStart(), 0);
  const optionality = cell('required') ? readOptionality(cell('required')) : null;
  const marker = optionality?.marker ?? badge;
  return {
    name,
    type: cell('type') || null,
    required: optionality?.required ?? marker?.required ?? null,
    example: cell('example') || null,
    default: cell('default') || (marker?.default ?? null),
    marker,
    rest: cell('description'),
    head: '',
    span: 1,
    guessed: false,
  };
}

/** Rows of the oldest table (`Argument Example Required Description`): `name example Required`. */
function legacyRow(text: string, line: Line, lexicon: Lexicon): Row | null {
  const m = matchLegacyRow(text);
  if (!m) return null;
  let name = line.codes[0] && text.startsWith(line.codes[0]) ? line.codes[0] : m[1]!;
  let example = m[3]!;
  // `tokenxxxx-xxxxxxxxx-xxxx`: a name run into its example.
  if (m[2] === '' && name === m[1]) {
    const split = splitGluedPrefix(name, lexicon);
    example = name.slice(split.length) + example;
    name = split;
  } else if (name !== m[1])
    example = text.slice(name.length, text.length - m[4]!.length - m[5]!.length).trim();
  // `Optional, default=0`, `Required if …`, maybe run into the description (`default=falseWhether…`).
  const at = text.length - m[5]!.length - m[4]!.length;
  const marker = readMarkerAt(text, at) ?? readMarkerAt(m[4]!, 0)!;
  const after = text.slice(at + marker.length).trim();
  return {
    name,
    type: null,
    required: marker.required,
    example: example.trim() === '' ? null : example.trim(),
    default: marker.default,
    marker,
    rest: after,
    head: '',
    span: 1,
    guessed: false,
  };
}

/** What follows a row: its description lines, an example, the lines it takes, and prose it passes. */
interface Body {
  descriptionLines: string[];
  example: string | null;
  /** A type or marker on a line of its own after the description (facts in any order). */
  type: string | null;
  marker: Marker | null;
  consumed: number;
  prose: string[];
}

const BARE_LABEL = /^(Example|Examples|Default|Default value|ex|e\.g\.)\s*:?$/;

/**
 * The description of a row: on its own line (`rest`) or in the paragraph after it, then any
 * `Example`/`Default` labels (a bare label takes the line after it as its value), and a type or
 * marker the head lacked, on a line of its own. In HTML, what sits deeper than the row belongs
 * to it; in text, a paragraph that is neither the description nor a label ends it.
 */
function collectBody(
  lines: Line[],
  from: number,
  rowDepth: number,
  row: Row,
  usesLabels: boolean,
  roles: ColumnRole[] | null,
  lexicon: Lexicon,
): Body {
  const rest = row.rest;
  const body: Body = {
    descriptionLines: rest ? [rest] : [],
    example: null,
    type: null,
    marker: null,
    consumed: 0,
    prose: [],
  };
  const state: BodyState = { rest, rowDepth, usesLabels, paragraphDone: rest !== '', sawBlank: false };
  let j = from;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.blank) {
      if (proseLines(body) > 0) state.paragraphDone = true;
      state.sawBlank = true;
      continue;
    }
    if (takesValue(body.descriptionLines)) {
      body.descriptionLines.push(line.text);
      continue;
    }
    if (GROUP_INTRO.test(line.text)) break;
    if (detectRow(lines, j, roles, lexicon, true)) break;
    if (line.code) {
      // A code block after the description is no longer this argument's (a response example).
      if (rowDepth === 0 && state.paragraphDone && rest === '') break;
      body.example ??= line.text;
      continue;
    }
    if (headFact(line, row, body)) continue;
    if (!takeTextLine(line, state, body)) break;
  }
  body.consumed = j - from;
  return body;
}

/** Where a row's body is: the row's own description, its depth, and how far its paragraph went. */
interface BodyState {
  rest: string;
  rowDepth: number;
  usesLabels: boolean;
  paragraphDone: boolean;
  sawBlank: boolean;
}

/** A line of text in a row's body: description, a label, the last example, or prose; false where it ends the body. */
function takeTextLine(line: Line, state: BodyState, body: Body): boolean {
  if (state.rowDepth > 0) {
    // What sits deeper than the row is its own; beside it (the row's cells as sibling blocks),
    // its description while it has none, and its labels.
    const beside =
      line.depth === state.rowDepth && (/^(Example|Default|ex:)/.test(line.text) || proseLines(body) === 0);
    if (line.depth <= state.rowDepth && !beside) return false;
    body.descriptionLines.push(line.text);
    return true;
  }
  if (/^(Example|Default|ex:)/.test(line.text)) {
    body.descriptionLines.push(line.text);
    state.paragraphDone = proseLines(body) > 0;
    return true;
  }
  if (!state.paragraphDone && !(state.rest === '' && state.sawBlank && proseLines(body) > 0)) {
    body.descriptionLines.push(line.text);
    return true;
  }
  // A run-together rendering without labels puts the last example on a line of its own.
  if (!state.usesLabels && state.rest !== '' && body.example === null && looksLikeValue(line.text)) {
    body.example = line.text;
    return true;
  }
  body.prose.push(line.text);
  return true;
}

/** A line that is only a type, a marker or a label: a fact of some argument, never prose. */
function isFactLike(text: string): boolean {
  const part = lonePart(text);
  return (part !== null && part.name === null) || BARE_LABEL.test(text.trim());
}

/** How many of the description lines are prose, not labels or their values. */
function proseLines(body: Body): number {
  let n = 0;
  body.descriptionLines.forEach((l, k) => {
    const label = /^(Example|Default|ex:)/.test(l) || takesValue(body.descriptionLines.slice(0, k));
    if (!label) n++;
  });
  return n;
}

/** Whether the last description line is a label without its value (`Example`): the next line is the value. */
function takesValue(descriptionLines: readonly string[]): boolean {
  const last = descriptionLines[descriptionLines.length - 1];
  return last !== undefined && BARE_LABEL.test(last.trim());
}

/** A type or marker line the row's head lacked (`string`, `Optional, default=false`): taken as the row's. */
function headFact(line: Line, row: Row, body: Body): boolean {
  const part = lonePart(line.text);
  if (!part || part.name !== null) return false;
  if (part.type !== null && (row.type || body.type)) return false;
  if (part.marker !== null && (row.marker || body.marker)) return false;
  if (part.type !== null) body.type = part.type;
  if (part.marker !== null) body.marker = part.marker;
  return true;
}

function looksLikeValue(text: string): boolean {
  return !/\s/.test(text) || (text.length <= 40 && !/[.!?:]$/.test(text) && text.split(/\s+/).length <= 3);
}

/**
 * Rows run together on one line (`…the channel.ExampleC1234usersRequiredstring…`) split into
 * a line each, the text glued before a name kept at the end of the line before.
 */
function splitRunTogether(lines: Line[], rowStarts: (text: string) => number[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    if (line.blank || line.code) {
      out.push(line);
      continue;
    }
    let from = 0;
    for (const start of rowStarts(line.text)) {
      out.push({ ...line, text: line.text.slice(from, start).trim() });
      from = start;
    }
    out.push(from === 0 ? line : { ...line, text: line.text.slice(from).trim() });
  }
  return out;
}
