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
import { matchGluedRow, matchLegacyRow, TYPE_WORDS } from './row-match.ts';
import { isSnakeCase } from '../model/snake-case.ts';

export interface ArgumentLinesResult {
  args: ArgFact[];
  groups: ArgGroupFact[];
  /** Lines that belong to no argument: prose of the section (content-type rules, notes). */
  prose: string[];
  guessed: boolean;
}

interface Line {
  text: string;
  codes: string[];
  depth: number;
  blank: boolean;
  code: boolean;
}

interface Row {
  name: string;
  type: string | null;
  required: boolean | null;
  example: string | null;
  default: string | null;
  /** Description text on the row's own line. */
  rest: string;
  /** Text glued before the name: the previous argument's example in a run-together rendering. */
  head: string;
  /** Lines the row spans. */
  span: number;
  guessed: boolean;
}

// A row glued together (a name, then a type word, then what may follow a type word: an
// optionality word, the end, or a capitalised description) is matched by `matchGluedRow`.
const TYPES = TYPE_WORDS.join('|');
const LONE_NAME = /^([a-z][a-z0-9_]*)\s*(Required|Optional)?$/;
const LONE_TYPE = new RegExp(`^(${TYPES})(\\[\\])?\\s*(Required|Optional)?$`, 'i');
const LONE_OPTIONALITY = /^(Required|Optional)$/i;
const GROUP_INTRO =
  /^(at least one|one) of (these|the following)\b|^(at least one|one) of .*\b(is|are) required:?$/i;

export function readArgumentLines(
  blocks: readonly Block[],
  defaultRequired: boolean | null,
  lexicon: Lexicon,
): ArgumentLinesResult {
  const lines = toLines(blocks);
  let roles: ColumnRole[] | null = null;
  const content = lines.filter((l) => {
    const r = l.blank || l.code ? null : headerLineRoles(l.text);
    if (r) roles = r;
    return !r;
  });
  const firstText = content.find((l) => !l.blank && !l.code && !GROUP_INTRO.test(l.text));
  if (firstText && PAREN_ITEM.test(firstText.text)) return readParenthesisedLines(content, defaultRequired);
  if (firstText && looksLikeDashList(firstText.text)) return readDashLines(content, defaultRequired, lexicon);
  return readRowLines(content, roles, defaultRequired, lexicon);
}

function toLines(blocks: readonly Block[]): Line[] {
  const lines: Line[] = [];
  for (const b of blocks) {
    if (b.kind === 'blank') lines.push({ text: '', codes: [], depth: 0, blank: true, code: false });
    else if (b.kind === 'text' || b.kind === 'item') {
      lines.push({
        text: b.text,
        codes: b.codes,
        depth: b.kind === 'item' ? b.depth + 1 : b.depth,
        blank: false,
        code: false,
      });
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
  const result: ArgumentLinesResult = { args: [], groups: [], prose: [], guessed: false };
  for (const line of lines) {
    if (line.blank || line.code) continue;
    const entries = looksLikeDashList(line.text) ? splitDashList(line.text, lexicon) : [];
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
  const result: ArgumentLinesResult = { args: [], groups: [], prose: [], guessed: false };
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
  const result: ArgumentLinesResult = { args: [], groups: [], prose: [], guessed: false };
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
      i++;
      continue;
    }
    const prev = result.args[result.args.length - 1];
    if (prev && row.head.trim() !== '' && prev.example === null) prev.example = row.head.trim();
    result.guessed ||= row.guessed;
    if (group && line.depth > 0 && line.depth < group.depth) group = null;
    const body = collectBody(lines, i + row.span, line.depth, row.rest, usesLabels, roles, lexicon);
    result.prose.push(...body.prose);
    result.args.push(rowFact(row, body, line.codes, group ? false : defaultRequired));
    if (group) group.fact.args.push(row.name);
    i = i + row.span + body.consumed;
  }
  return result;
}

/** The argument a row and its body describe; `defaultRequired` when neither says. */
function rowFact(row: Row, body: Body, codes: string[], defaultRequired: boolean | null): ArgFact {
  const labelled = splitLabels(body.descriptionLines);
  const type = normalizeArgType(row.type);
  const fact: ArgFact = {
    name: row.name,
    type: type.type,
    required: row.required ?? defaultRequired,
    description: labelled.description,
    example: row.example ?? labelled.example ?? body.example,
    default: row.default ?? labelled.default,
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
  const lone = LONE_NAME.exec(text);
  const stacked = lone ? stackedRow(lines, i, lone) : null;
  if (stacked) return stacked;
  return gluedRow(line, roles, lexicon, hasPrevious);
}

/** A row on one line with its cells run together: `client_idstringOptional…`. */
function gluedRow(
  line: Line,
  roles: ColumnRole[] | null,
  lexicon: Lexicon,
  hasPrevious: boolean,
): Row | null {
  const m = matchGluedRow(line.text);
  if (!m) return null;
  const [, prefix = '', rawChunk = '', space = '', type = '', brackets = ''] = m;
  let opt = m[6];
  // A Required/Optional badge run into the name (`tokenRequiredstring…`).
  const badge = /^(.*[a-z0-9_])(Required|Optional)$/.exec(rawChunk);
  const chunk = badge ? badge[1]! : rawChunk;
  if (badge && !opt) opt = badge[2];
  const glued = space === '';
  const columns = announcedColumns(opt, m[7] ?? '', roles);
  opt = columns.opt;
  const rest = columns.rest;
  if (!isRowShaped(prefix, chunk, glued, opt, rest)) return null;
  const fromCode = line.codes.find((c) => chunk.endsWith(c) && isSnakeCase(c));
  const split = fromCode
    ? { head: chunk.slice(0, chunk.length - fromCode.length), name: fromCode, guessed: false }
    : splitGluedName(chunk, rest, lexicon, glued && hasPrevious);
  if (!split) return null;
  return {
    name: split.name,
    type: type + brackets,
    required: opt ? opt === 'Required' : null,
    example: null,
    default: columns.def,
    rest: rest.trim(),
    head: prefix + split.head,
    span: 1,
    guessed: split.guessed,
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
function isRowShaped(
  prefix: string,
  chunk: string,
  glued: boolean,
  opt: string | undefined,
  rest: string,
): boolean {
  // Without an optionality word, the type must end the line or touch a capitalised description.
  if (!opt && rest.trim() !== '' && !/^[A-Z(`"]/.test(glued ? rest : rest.trimStart())) return false;
  if (!opt && !glued && rest !== '' && !/^\s/.test(rest)) return false;
  if (prefix.trim() !== '' && !opt) return false;
  // A name set apart from its type by a space is a whole word: `The string …` is prose.
  if (!glued && (prefix.trim() !== '' || !isSnakeCase(chunk))) return false;
  return true;
}

/** A name alone on its line (`lone`), its type or optionality on the next (and maybe its optionality after). */
function stackedRow(lines: Line[], i: number, lone: RegExpExecArray): Row | null {
  const j = nextContent(lines, i + 1);
  const typeLine = j >= 0 ? LONE_TYPE.exec(lines[j]!.text) : null;
  const optLine = j >= 0 ? LONE_OPTIONALITY.exec(lines[j]!.text) : null;
  if (!typeLine && !optLine) return null;
  let span = j - i + 1;
  let required = lone[2] ? lone[2] === 'Required' : null;
  if (typeLine?.[3]) required = typeLine[3] === 'Required';
  if (optLine) required = optLine[1]!.toLowerCase() === 'required';
  const k = nextContent(lines, j + 1);
  if (typeLine && !typeLine[3] && k >= 0 && LONE_OPTIONALITY.test(lines[k]!.text)) {
    required = lines[k]!.text.toLowerCase() === 'required';
    span = k - i + 1;
  }
  return {
    name: lone[1]!,
    type: typeLine ? typeLine[1]! + (typeLine[2] ?? '') : null,
    required,
    example: null,
    default: null,
    rest: '',
    head: '',
    span,
    guessed: false,
  };
}

/** A table row as innerText renders it: cells separated by tabs, in the header's column order. */
function tabRow(text: string, line: Line, roles: ColumnRole[]): Row | null {
  const cells = text.split('\t').map((c) => c.trim());
  const cell = (role: ColumnRole) => (roles.indexOf(role) >= 0 ? (cells[roles.indexOf(role)] ?? '') : '');
  const nameCell = cell('name');
  const name =
    line.codes.find((c) => nameCell.startsWith(c) && isSnakeCase(c)) ??
    /^[a-z][a-z0-9_]*/.exec(nameCell)?.[0];
  if (!name) return null;
  const optionality = readOptionality(
    cell('required') || (/\b(Required|Optional)\b/.exec(nameCell)?.[0] ?? ''),
  );
  return {
    name,
    type: cell('type') || null,
    required: optionality.required,
    example: cell('example') || null,
    default: cell('default') || optionality.default,
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
  m[3] = example;
  // `Optional, default=0`, maybe run into the description (`default=falseWhether…`).
  const def = /^\s*,?\s*[Dd]efault\s*[=:]\s*(\S+?)(?=[A-Z]|\s|$)/.exec(m[5]!);
  const optionality = { required: m[4] === 'Required', default: def ? def[1]! : null };
  const after = def ? m[5]!.slice(def[0].length).trim() : m[5]!.trim();
  return {
    name,
    type: null,
    required: optionality.required,
    example: m[3].trim() === '' ? null : m[3].trim(),
    default: optionality.default,
    rest: after,
    head: '',
    span: 1,
    guessed: false,
  };
}

function nextContent(lines: Line[], from: number): number {
  for (let j = from; j < lines.length; j++) if (!lines[j]!.blank) return j;
  return -1;
}

/** What follows a row: its description lines, an example, the lines it takes, and prose it passes. */
interface Body {
  descriptionLines: string[];
  example: string | null;
  consumed: number;
  prose: string[];
}

/**
 * The description of a row: on its own line (`rest`) or in the paragraph after it, then any
 * `Example`/`Default` labels. In HTML, what sits deeper than the row belongs to it; in text,
 * a paragraph that is neither the description nor a label ends it.
 */
function collectBody(
  lines: Line[],
  from: number,
  rowDepth: number,
  rest: string,
  usesLabels: boolean,
  roles: ColumnRole[] | null,
  lexicon: Lexicon,
): Body {
  const descriptionLines = rest ? [rest] : [];
  const prose: string[] = [];
  let example: string | null = null;
  let j = from;
  let paragraphDone = rest !== '';
  let sawBlank = false;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.blank) {
      if (descriptionLines.length > 0) paragraphDone = true;
      sawBlank = true;
      continue;
    }
    if (GROUP_INTRO.test(line.text)) break;
    if (detectRow(lines, j, roles, lexicon, true)) break;
    if (line.code) {
      // A code block after the description is no longer this argument's (a response example).
      if (rowDepth === 0 && paragraphDone && rest === '') break;
      example ??= line.text;
      continue;
    }
    const isLabel = /^(Example|Default|ex:)/.test(line.text);
    if (rowDepth > 0) {
      if (line.depth <= rowDepth) break;
      descriptionLines.push(line.text);
      continue;
    }
    if (isLabel) {
      descriptionLines.push(line.text);
      paragraphDone = true;
      continue;
    }
    if (!paragraphDone && !(rest === '' && sawBlank && descriptionLines.length > 0)) {
      descriptionLines.push(line.text);
      continue;
    }
    // A run-together rendering without labels puts the last example on a line of its own.
    if (!usesLabels && rest !== '' && example === null && looksLikeValue(line.text)) {
      example = line.text;
      continue;
    }
    prose.push(line.text);
  }
  return { descriptionLines, example, consumed: j - from, prose };
}

function looksLikeValue(text: string): boolean {
  return !/\s/.test(text) || (text.length <= 40 && !/[.!?:]$/.test(text) && text.split(/\s+/).length <= 3);
}
