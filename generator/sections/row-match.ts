/**
 * The two argument-row patterns, matched in time linear in the line. As regular expressions
 * (kept below as the specification, and in the tests as the reference) they backtrack: a lazy
 * prefix retried from every character, each retry rescanning a run of name characters, makes a
 * long unbroken run (a hostile page, or a pasted token) take quadratic time. These functions give
 * what `exec` gives, groups and all, by looking only where a match can start.
 */

/** `^(.*?)([A-Za-z0-9_.:/\-]*[a-z0-9_])(\s*)(TYPES)(\[\])?AFTER_TYPE\s*(Required|Optional)?(.*)$` */
export const TYPE_WORDS = [
  'string',
  'integer',
  'number',
  'boolean',
  'array',
  'object',
  'float',
  'int',
  'bool',
  'enum',
  'token',
  'timestamp',
] as const;

/** What a match gives: index 0 the whole line, then each group (`undefined` when it took no part). */
export type RowMatch = (string | undefined)[];

/** `[A-Za-z0-9_.:/\-]`, by character code. */
function isRunChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 45 && c <= 58) || c === 95;
}
/** `[a-z0-9_]` */
function isNameEnd(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}
const SPACE = /\s/;
/** `\s`, quickly for ASCII. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
}
/** What `.` does not match. */
function isLineEnd(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
const DESCRIPTION_START = /[A-Z(`"]/;
const AFTER_TYPE_WORDS = ['Required', 'Optional', 'yes', 'no', 'Yes', 'No'];

interface Line {
  text: string;
  /** The first index at or after `i` that is not white space. */
  skipSpace(i: number): number;
  firstLineEnd: number;
  lastLineEnd: number;
}

function lineOf(text: string): Line {
  let firstLineEnd = text.length;
  let lastLineEnd = -1;
  for (let i = 0; i < text.length; i++) {
    if (isLineEnd(text.charCodeAt(i))) {
      if (firstLineEnd === text.length) firstLineEnd = i;
      lastLineEnd = i;
    }
  }
  // Runs of white space are skipped once each: remember where the last one ended.
  let from = -1;
  let to = -1;
  const skipSpace = (i: number) => {
    if (i >= from && i <= to) return to;
    let j = i;
    while (j < text.length && isSpace(text, j)) j++;
    [from, to] = [i, j];
    return j;
  };
  return { text, skipSpace, firstLineEnd, lastLineEnd };
}

/**
 * `GLUED_ROW.exec(text)` where GLUED_ROW is
 * `^(.*?)([A-Za-z0-9_.:/\-]*[a-z0-9_])(\s*)(string|integer|…|timestamp)(\[\])?(?=\s*(?:Required|Optional|yes|no|Yes|No)|\s*$|[A-Z(`"]|\s+[A-Z(`"])\s*(Required|Optional)?(.*)$`.
 */
export function matchGluedRow(text: string): RowMatch | null {
  const line = lineOf(text);
  // The lazy prefix ends where a run of name characters starts (a match from inside a run is
  // also one from its start, which comes first), and cannot cross the end of a line.
  let a = 0;
  while (a < text.length && a <= line.firstLineEnd) {
    if (!isRunChar(text.charCodeAt(a))) {
      a++;
      continue;
    }
    let b = a;
    while (b < text.length && isRunChar(text.charCodeAt(b))) b++;
    // The run is tried longest first: up to its end (then white space, then the type word),
    // then ending inside it, just before a type word glued to the name.
    if (isNameEnd(text.charCodeAt(b - 1))) {
      const t = line.skipSpace(b);
      const m = typeAt(line, t);
      if (m) return [text, text.slice(0, a), text.slice(a, b), text.slice(b, t), ...m];
    }
    for (let e = b - 1; e > a; e--) {
      if (!isNameEnd(text.charCodeAt(e - 1))) continue;
      const m = typeAt(line, e);
      if (m) return [text, text.slice(0, a), text.slice(a, e), '', ...m];
    }
    a = b;
  }
  return null;
}

/** The groups from the type word on, if a type word at `t` ends the row as the pattern needs. */
function typeAt(line: Line, t: number): RowMatch | null {
  const { text } = line;
  for (const word of TYPE_WORDS) {
    if (!text.startsWith(word, t)) continue;
    const end = t + word.length;
    for (const brackets of text.startsWith('[]', end) ? ['[]', undefined] : [undefined]) {
      const q = end + (brackets ? 2 : 0);
      if (!afterType(line, q)) continue;
      // `\s*(Required|Optional)?(.*)$`: `.` stops at a line end, so none may follow the spaces.
      const r = line.skipSpace(q);
      if (line.lastLineEnd >= r) continue;
      const badge = text.startsWith('Required', r)
        ? 'Required'
        : text.startsWith('Optional', r)
          ? 'Optional'
          : undefined;
      return [word, brackets, badge, text.slice(badge ? r + 8 : r)];
    }
  }
  return null;
}

/** `(?=\s*(?:Required|Optional|yes|no|Yes|No)|\s*$|[A-Z(`"]|\s+[A-Z(`"])` at `q`. */
function afterType(line: Line, q: number): boolean {
  const { text } = line;
  const r = line.skipSpace(q);
  if (r === text.length) return true;
  if (AFTER_TYPE_WORDS.some((w) => text.startsWith(w, r))) return true;
  return DESCRIPTION_START.test(text[r]!);
}

const LEGACY_BADGE = /(Required|Optional)(?![a-z])/g;

/** `/^([a-z][a-z0-9_]*)(\s*)(.*?)\s*(Required|Optional)(?![a-z])(.*)$/.exec(text)` */
export function matchLegacyRow(text: string): RowMatch | null {
  const name = /^[a-z][a-z0-9_]*/.exec(text)?.[0];
  if (!name) return null;
  const line = lineOf(text);
  // The longest name and the most space after it leave the most to match; they are tried first
  // and, if they fail, so does every shorter split.
  const from = line.skipSpace(name.length);
  let lineEndAfterName = from;
  while (lineEndAfterName < text.length && !isLineEnd(text.charCodeAt(lineEndAfterName))) lineEndAfterName++;
  LEGACY_BADGE.lastIndex = from;
  for (let m = LEGACY_BADGE.exec(text); m; m = LEGACY_BADGE.exec(text)) {
    const j = m.index;
    // The lazy part stops where the spaces before the badge start.
    let i = j;
    while (i > from && isSpace(text, i - 1)) i--;
    if (lineEndAfterName < i) break; // `.*?` cannot cross a line end, now or later
    if (line.lastLineEnd >= j + 8) continue; // nor can the `.*` after the badge
    return [text, name, text.slice(name.length, from), text.slice(from, i), m[1], text.slice(j + 8)];
  }
  return null;
}
