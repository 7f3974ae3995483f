/**
 * JSON data (the test double's table of documented examples) printed as a TypeScript value in
 * the form prettier gives it, so that the table needs no formatting run (prettier took half a
 * second on the full client's). The rules copied: an object or array stays on one line where
 * that fits in 110 columns with what precedes and follows it, else one member a line; numbers
 * too many for a line fill lines; an array of two or more objects (or arrays) of two or more
 * members always breaks; a break inside breaks every group around it; strings quoted as prettier
 * quotes them, and a long one put under a long key; keys unquoted where they are plain
 * identifiers. `null` wherever this printer is not sure to match prettier (a non-ASCII key; a
 * width that hangs on characters it does not measure): the caller then asks prettier.
 */
import { isAscii, PRINT_WIDTH } from './final-layout.ts';
import { requote } from './prettier-quotes.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A line's width in columns as prettier counts it, or `null` where this cannot tell. */
export type WidthOf = (line: string) => number | null;

/** One column for sure: the Latin, Greek and Cyrillic letters and the common punctuation. */
function isNarrow(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x52f) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e)
  );
}

/** Two columns for sure: CJK ideographs, kana and Hangul syllables (East Asian Wide). */
function isWide(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3)
  );
}

const EMOJI = /^\p{Emoji}$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
/** What joins an emoji to the next into one sequence (ZWJ, keycap, skin tones, tags): not measured here. */
function joins(c: string | undefined): boolean {
  const code = c?.codePointAt(0) ?? 0;
  return (
    code === 0x200d ||
    code === 0x20e3 ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0020 && code <= 0xe007f)
  );
}

/** The width of the emoji at `chars[i]`, and how many characters it takes; `null` for a sequence. */
function emojiWidth(chars: string[], i: number): [number, number] | null {
  const c = chars[i]!;
  const next = chars[i + 1];
  // An emoji asked for with VS16, or one shown as emoji by default, is two columns (prettier's emoji-regex).
  if (next === '\ufe0f' && EMOJI.test(c)) return joins(chars[i + 2]) ? null : [2, 2];
  // Regional indicators pair into flags; anything else not shown as emoji by default is not measured here.
  if (!EMOJI_PRESENTATION.test(c) || /^[\u{1f1e6}-\u{1f1ff}]$/u.test(c)) return null;
  return joins(next) || next === '\ufe0f' ? null : [2, 1];
}

/**
 * Prettier's width (its `getStringWidth`) where every character is one this knows: the narrow
 * letters and punctuation one column, combining accents none, CJK two, a lone emoji two. Other
 * characters (emoji sequences, text-style symbols, the rest of Unicode) give `null`.
 */
export function knownWidth(line: string): number | null {
  const chars = Array.from(line);
  let width = 0;
  for (let i = 0; i < chars.length; i++) {
    const code = chars[i]!.codePointAt(0)!;
    if (isNarrow(code)) width++;
    else if (code >= 0x300 && code <= 0x36f) continue;
    else if (isWide(code)) width += 2;
    else {
      const emoji = emojiWidth(chars, i);
      if (emoji === null) return null;
      width += emoji[0];
      i += emoji[1] - 1;
    }
  }
  return width;
}

/** Whether a line fits: `null` when its width is unknown and could fall either side. */
function fitsWidth(line: string, widthOf: WidthOf): boolean | null {
  const width = widthOf(line);
  if (width !== null) return width <= PRINT_WIDTH;
  // No character is wider than two columns, nor an ASCII one narrower than one.
  if (line.length * 2 <= PRINT_WIDTH) return true;
  // oxlint-disable-next-line no-control-regex -- ASCII characters are one column each
  return line.replace(/[^\u0000-\u007f]/g, '').length > PRINT_WIDTH ? false : null;
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return requote(JSON.stringify(value));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('e+', 'e') : null;
  // Anything but JSON (undefined, a bigint) is not this printer's to write.
  return value === null || typeof value === 'boolean' ? String(value) : null;
}

/** A key as prettier writes it (`quoteProps: as-needed`): bare where it is a plain identifier. */
function keyText(key: string): string | null {
  // `__proto__` bare would set the prototype: it keeps its quotes, whatever prettier would do.
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) && key !== '__proto__') return key;
  // A non-ASCII key may be an identifier prettier unquotes.
  return isAscii(key) ? requote(JSON.stringify(key)) : null;
}

/**
 * A key long enough for prettier to put a string too long for the line under it (`key:` then the
 * string, indented): one of five columns or more (its `isObjectPropertyWithShortKey`).
 */
function isLongKey(head: string): boolean {
  return head.endsWith(': ') && head.length - 2 >= 5;
}

function containerOf(v: Json): { kind: 'array' | 'object'; size: number } | null {
  if (Array.isArray(v)) return { kind: 'array', size: v.length };
  return v !== null && typeof v === 'object' ? { kind: 'object', size: Object.keys(v).length } : null;
}

/** Arrays prettier breaks whatever their width: two or more objects, or arrays, of two or more members each. */
function alwaysBreaks(items: Json[]): boolean {
  const kind = items.length > 1 ? containerOf(items[0]!)?.kind : undefined;
  return (
    kind !== undefined &&
    items.every((v) => {
      const c = containerOf(v);
      return c?.kind === kind && c.size > 1;
    })
  );
}

/** The value on one line; `undefined` where it must break, `null` where this printer cannot tell. */
function flatText(value: Json): string | null | undefined {
  if (value === null || typeof value !== 'object') return scalarText(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (alwaysBreaks(value)) return undefined;
    const parts = value.map(flatText);
    if (parts.includes(null)) return null;
    return parts.includes(undefined) ? undefined : `[${parts.join(', ')}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const parts = entries.map(([k, v]) => {
    const key = keyText(k);
    const text = flatText(v);
    return key === null || text === null ? null : text === undefined ? undefined : `${key}: ${text}`;
  });
  if (parts.includes(null)) return null;
  return parts.includes(undefined) ? undefined : `{ ${parts.join(', ')} }`;
}

/**
 * `head` + the value + `tail`, as prettier lays it out at `indent`: the lines, or `null` where
 * this printer cannot be sure to match prettier.
 */
export function dataLines(
  data: unknown,
  indent: string,
  head: string,
  tail: string,
  widthOf: WidthOf = knownWidth,
): string[] | null {
  const value = data as Json;
  const flat = flatText(value);
  if (flat === null) return null;
  if (flat !== undefined) {
    const line = `${indent}${head}${flat}${tail}`;
    const fit = fitsWidth(line, widthOf);
    if (fit === null) return null;
    if (fit) return [line];
    if (typeof value === 'string' && isLongKey(head))
      return [`${indent}${head.trimEnd()}`, `${indent}  ${flat}${tail}`];
    // Another scalar never breaks.
    if (value === null || typeof value !== 'object') return [line];
    if (Array.isArray(value) && value.length > 1 && value.every((v) => typeof v === 'number'))
      return filledLines(value, indent, head, tail);
  }
  return brokenLines(value as Json[] | { [key: string]: Json }, indent, head, tail, widthOf);
}

/**
 * Two or more numbers too long for a line, as prettier fills them: as many to a line as fit,
 * each with its comma (numbers are ASCII: their width is their length).
 */
function filledLines(numbers: number[], indent: string, head: string, tail: string): string[] | null {
  const inner = `${indent}  `;
  const lines: string[] = [];
  let current = '';
  for (const n of numbers) {
    const item = `${scalarText(n)},`;
    if (item === 'null,') return null;
    if (current !== '' && (current + ' ' + item).length <= PRINT_WIDTH) current += ` ${item}`;
    else {
      if (current !== '') lines.push(current);
      current = `${inner}${item}`;
    }
  }
  return [`${indent}${head}[`, ...lines, current, `${indent}]${tail}`];
}

/** An object or array one member a line, each member laid out in turn. */
function brokenLines(
  value: Json[] | { [key: string]: Json },
  indent: string,
  head: string,
  tail: string,
  widthOf: WidthOf,
): string[] | null {
  const inner = `${indent}  `;
  const members = Array.isArray(value)
    ? value.map((v) => dataLines(v, inner, '', ',', widthOf))
    : Object.entries(value).map(([k, v]) => {
        const key = keyText(k);
        return key === null ? null : dataLines(v, inner, `${key}: `, ',', widthOf);
      });
  if (members.includes(null)) return null;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return [`${indent}${head}${open}`, ...(members as string[][]).flat(), `${indent}${close}${tail}`];
}
