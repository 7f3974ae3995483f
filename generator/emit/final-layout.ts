/**
 * The layout rules the final-form printers share: prettier's width (110 columns), its doc
 * comments, and splitting code at its top-level separators.
 */
import type { JSDocStructure, OptionalKind } from 'ts-morph';

export const PRINT_WIDTH = 110;

/** Only the members listed may be set: any other feature of a structure sends it to prettier. */
export function onlyUses(structure: object, allowed: readonly string[]): boolean {
  return Object.entries(structure).every(([key, value]) => {
    if (allowed.includes(key) || value === undefined || value === false) return true;
    return Array.isArray(value) && value.length === 0;
  });
}

function isComment(line: string): boolean {
  const t = line.trimStart();
  return t.startsWith('/*') || t.startsWith('*') || t.startsWith('//');
}

/** Whether every character is ASCII (one column each, as prettier counts). */
export function isAscii(text: string): boolean {
  // oxlint-disable-next-line no-control-regex -- the test is for any non-ASCII character
  return /^[\u0000-\u007f]*$/.test(text);
}

/** Prettier counts wide characters twice: a line with any non-ASCII must fit at double width. */
export function fits(line: string): boolean {
  return isAscii(line) ? line.length <= PRINT_WIDTH : line.length * 2 <= PRINT_WIDTH;
}

/** Every line of code fits; comments are never wrapped, so they may run past the width. */
export function codeFits(lines: readonly string[]): boolean {
  return lines.every((text) => text.split('\n').every((l) => isComment(l) || fits(l)));
}

/** The one-line form where it fits, else the broken form where that fits, else `null`. */
export function fitsOrBreak(oneLine: string, broken: () => string[] | null): string | null {
  if (!oneLine.includes('\n') && fits(oneLine)) return oneLine;
  const lines = broken();
  return lines !== null && codeFits(lines) ? lines.join('\n') : null;
}

/**
 * A doc comment as ts-morph writes it and prettier then re-indents it: one line stays
 * `/** text *\/`; several become a block whose lines are trimmed at the end.
 */
export function docLines(
  docs: readonly (string | OptionalKind<JSDocStructure>)[] | undefined,
  indent: string,
): string[] | null {
  const out: string[] = [];
  for (const doc of docs ?? []) {
    if (typeof doc !== 'string') return null;
    const lines = doc.split(/\r?\n/);
    // As ts-morph decides: one line unless the text has a line break, a leading one included.
    const single = lines.length <= 1;
    if (lines[0] === '') lines.shift();
    if (single) {
      const text = lines[0] ?? '';
      out.push(`${indent}/** ${text}${text.endsWith(' ') ? '' : ' '}*/`);
      continue;
    }
    out.push(`${indent}/**`);
    for (const line of lines) out.push(line.trim() === '' ? `${indent} *` : `${indent} * ${line.trimEnd()}`);
    out.push(`${indent} */`);
  }
  return out;
}

const OPEN = '([{<';
const CLOSE = ')]}>';

/**
 * `text` split at `separator` where it stands outside brackets and strings; the whole text alone
 * where it has arrows (whose `>` is no bracket) or a template literal.
 */
export function splitTopLevel(text: string, separator: string): string[] {
  if (text.includes('=>') || text.includes('`')) return [text];
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end === -1 || text.slice(i, end).includes('\\')) return [text];
      i = end;
    } else if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(from, i));
      from = i + separator.length;
      i = from - 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Code spaced as prettier spaces it (`{ a: 1, b: [2] }`, not JSON's `{"a":1,"b":[2]}`), with no
 * quoted key: checked outside string literals. Code that fails goes to prettier.
 */
export function spacedAsPrettier(code: string): boolean {
  const bare = code.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, () => '\u0000');
  if (/[,:;]\S|\{[^\s}]|[^\s{]\}|\[\s|\s\]|\(\s|\s\)|\s{2}|\s,/.test(bare)) return false;
  return !/(?:^|[{,;]\s*)\u0000\??:/.test(bare);
}
