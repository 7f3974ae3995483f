/**
 * Text renderings of pages (what innerText or textContent makes of them) into blocks: lines,
 * headings, list items and JSON code runs. Headings glued to the line before them
 * (`xoxe-1-abcdefgUsage info`) are split off here.
 */
import type { Block, Cell } from './document.ts';
import { headerLineRoles, headingKind, MAJOR_HEADINGS } from './headings.ts';
import { METHOD_NAME } from '../model/method-name.ts';

const BULLET = /^([•·▪◦‣*]|-(?=\s))\s*/;
const JSON_LINE =
  /^\s*(?:[{}[\]],?\s*$|[{[]\s*["{[\d\]}-]|"(?:[^"\\]|\\.)*"\s*(?::|,\s*$|$)|-?\d[\d.eE+-]*,?\s*$|(?:true|false|null),?\s*$|\.\.\.|…)/;
const KEY_LINE = /^\s*"(?:[^"\\]|\\.)*"\s*:/;

export function normalizeText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      // Line and paragraph separators end lines too (nothing after them reads as part of the line).
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      // `Â` before a space is a no-break space decoded as Latin-1 (`stringÂ`).
      .replace(/\u00C2(?=[\s\u00A0]|$)/gm, '')
      .replace(/[\u00A0\u2007\u202F]/g, ' ')
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
  );
}

export function textToBlocks(text: string): Block[] {
  const lines = normalizeText(text).split('\n');
  const bulletIndents = distinctBulletIndents(lines);
  const around = nonBlankNeighbours(lines);
  const blocks: Block[] = [];
  let inPreamble = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    // Markdown emphasis carries no facts (`**Rate limit:** Tier 3`); code fences neither.
    const trimmed = stripBold(raw.trim());
    if (trimmed.startsWith('```')) continue;
    if (trimmed === '') {
      blocks.push({ kind: 'blank', line });
      continue;
    }
    const tableEnd = pipeTableEnd(lines, i);
    if (tableEnd > i) {
      blocks.push({ kind: 'table', rows: pipeTableRows(lines.slice(i, tableEnd + 1)), line });
      i = tableEnd;
      continue;
    }
    const jsonEnd = jsonRunEnd(lines, i);
    if (jsonEnd >= i) {
      blocks.push({ kind: 'code', text: dedent(lines.slice(i, jsonEnd + 1)), line });
      i = jsonEnd;
      continue;
    }
    // Markdown headings: `## Arguments`, `# chat.delete`.
    const markdownHeading = /^#{1,6}\s+(.+?)\s*#*$/.exec(trimmed);
    if (markdownHeading) {
      const text = markdownHeading[1]!.replace(/`/g, '');
      const kind = headingKind(text);
      if (kind || (inPreamble && METHOD_NAME.test(text))) {
        blocks.push({ kind: 'heading', level: kind ? 2 : 1, text, line });
        if (kind) inPreamble = false;
        continue;
      }
    }
    const bullet = BULLET.exec(trimmed);
    if (bullet) {
      const rest = trimmed.slice(bullet[0].length);
      if (headingKind(rest)) {
        blocks.push({ kind: 'heading', level: 2, text: rest, line });
      } else {
        const indent = raw.length - raw.trimStart().length;
        blocks.push({ kind: 'item', text: rest, codes: [], depth: bulletIndents.get(indent) ?? 0, line });
      }
      continue;
    }
    // A method name stands alone as the title, not in a list of method names (a sidebar).
    const nextLine = around.next[i]! >= 0 ? lines[around.next[i]!]!.trim() : '';
    const prevLine = around.prev[i]! >= 0 ? lines[around.prev[i]!]!.trim() : '';
    const inList = METHOD_NAME.test(nextLine) || METHOD_NAME.test(prevLine);
    const made = lineBlocks(trimmed, line, inPreamble && !inList);
    if (made.some((b) => b.kind === 'heading' && b.level === 2)) inPreamble = false;
    blocks.push(...made);
  }
  return blocks;
}

/** A line as a heading, a text line, or a text line with a heading glued to its start or end. */
function lineBlocks(trimmed: string, line: number, inPreamble: boolean): Block[] {
  if (headingKind(trimmed)) return [{ kind: 'heading', level: 2, text: trimmed, line }];
  // A line that is only a method name, before any section, is the page's title; run together
  // with the sentence after it (`chat.meMessageShare a me message…`), it still is.
  if (inPreamble && METHOD_NAME.test(trimmed)) return [{ kind: 'heading', level: 1, text: trimmed, line }];
  const titled = inPreamble ? /^([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)(?=[A-Z][a-z]*\s)/.exec(trimmed) : null;
  if (titled) {
    return [
      { kind: 'heading', level: 1, text: titled[1]!, line },
      ...lineBlocks(trimmed.slice(titled[1]!.length), line, false),
    ];
  }
  // A table's header run into its first row (`ErrorDescriptionbad_timestampValue passed…`).
  const header =
    /^((?:Arguments?|Parameters?|Name|Type|Required|Example|Default|Description|Error|Warning)(?:\s*(?:Arguments?|Parameters?|Name|Type|Required|Example|Default|Description|Error|Warning))+)(?=[a-z`])/.exec(
      trimmed,
    );
  if (header && headerLineRoles(header[1]!)) {
    return [
      { kind: 'text', text: header[1]!, codes: [], depth: 0, line },
      ...lineBlocks(trimmed.slice(header[1]!.length), line, false),
    ];
  }
  for (const heading of MAJOR_HEADINGS) {
    if (trimmed.endsWith(heading) && trimmed.length > heading.length) {
      const before = trimmed.slice(0, -heading.length);
      if (isGluedBeforeHeading(before)) {
        return [
          { kind: 'text', text: before.trim(), codes: [], depth: 0, line },
          { kind: 'heading', level: 2, text: heading, line },
        ];
      }
    }
    // `ErrorsThis table lists…`: a heading glued to the sentence after it.
    if (
      trimmed.startsWith(heading) &&
      /^[A-Z]/.test(trimmed.slice(heading.length)) &&
      heading !== 'Response'
    ) {
      return [
        { kind: 'heading', level: 2, text: heading, line },
        { kind: 'text', text: trimmed.slice(heading.length), codes: [], depth: 0, line },
      ];
    }
  }
  return [{ kind: 'text', text: trimmed, codes: [], depth: 0, line }];
}

/**
 * Text before a heading at the end of a line is a glued value (`xoxe-1-abcdefg`, a content
 * type list) rather than a sentence that happens to end in the word: it is glued without a
 * space, or it is a few tokens that do not end a sentence.
 */
function isGluedBeforeHeading(before: string): boolean {
  if (before.length === 0) return false;
  if (!/\s$/.test(before)) return /[a-z0-9/\-_.)]$/.test(before) && !/\s[A-Za-z]+$/.test(before);
  const tokens = before.trim().split(/\s+/);
  return tokens.length <= 3 && !/[.!?:]$/.test(before.trim()) && tokens.every((t) => /[/\d_\-:.]/.test(t));
}

/** Markdown pipe tables: `| Argument | Type |`, a `|---|` rule, then rows. Returns the last row's index. */
function pipeTableEnd(lines: string[], start: number): number {
  const isRow = (l: string | undefined) => l !== undefined && /^\s*\|.*\|\s*$/.test(l);
  if (!isRow(lines[start]) || !/^\s*\|?\s*:?-{3,}/.test(lines[start + 1] ?? '')) return start;
  let end = start + 1;
  while (isRow(lines[end + 1])) end++;
  return end;
}

function pipeTableRows(lines: string[]): Cell[][] {
  return lines
    .filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l))
    .map((l) =>
      l
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => {
          const codes = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
          const text = cell.replace(/`/g, '').replace(/\\\|/g, '|').trim();
          return {
            text,
            lines: text
              .split(/<br\s*\/?>/i)
              .map((x) => x.trim())
              .filter(Boolean),
            codes,
          };
        }),
    );
}

/** The nesting depth of each indentation that bullets use: its rank among them. */
function distinctBulletIndents(lines: string[]): Map<number, number> {
  const indents = new Set<number>();
  for (const raw of lines) {
    if (BULLET.test(raw.trim()) && raw.trim().length > 1) indents.add(raw.length - raw.trimStart().length);
  }
  return new Map([...indents].sort((a, b) => a - b).map((indent, depth) => [indent, depth]));
}

/** For each line, the index of the nearest non-blank line after it and before it (-1 for none). */
function nonBlankNeighbours(lines: readonly string[]): { next: Int32Array; prev: Int32Array } {
  const next = new Int32Array(lines.length);
  const prev = new Int32Array(lines.length);
  let seen = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = seen;
    if (lines[i]!.trim() !== '') seen = i;
  }
  seen = -1;
  for (let i = 0; i < lines.length; i++) {
    prev[i] = seen;
    if (lines[i]!.trim() !== '') seen = i;
  }
  return { next, prev };
}

const SPACE = /\s/;
const LINE_BREAK = /[\u2028\u2029]/g;

// Markdown bold marks removed (`**Rate limit:** Tier 3`): what
// `line.replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '$1')` gives, without the regex's rescans of the
// rest of the line from every unclosed `**` (a line of them took quadratic time).
export function stripBold(line: string): string {
  if (!line.includes('**')) return line;
  const parts: string[] = [];
  let copied = 0;
  let from = 0;
  // The earliest `**` after a non-space at or after the last position asked for (-1: none).
  let close = -2;
  const closeAtOrAfter = (min: number): number => {
    if (close === -1 || close >= min) return close;
    let q = line.indexOf('**', min);
    while (q >= 0 && SPACE.test(line[q - 1]!)) q = line.indexOf('**', q + 1);
    return (close = q);
  };
  let lineBreak = -2;
  for (;;) {
    const open = line.indexOf('**', from);
    if (open < 0) break;
    // The text must start right after `**` with a non-space.
    if (open + 2 >= line.length || SPACE.test(line[open + 2]!)) {
      from = open + 1;
      continue;
    }
    // Two characters or more, up to the nearest `**` after a non-space, if no line separator
    // comes between (`.` does not match one); else one character, if `**` follows it.
    let end = closeAtOrAfter(open + 4);
    if (end >= 0) {
      if (lineBreak !== -1 && lineBreak < open + 2) {
        LINE_BREAK.lastIndex = open + 2;
        lineBreak = LINE_BREAK.exec(line)?.index ?? -1;
      }
      if (lineBreak >= 0 && lineBreak < end) end = -1;
    }
    if (end < 0 && line.startsWith('**', open + 3)) end = open + 3;
    if (end < 0) {
      from = open + 1;
      continue;
    }
    parts.push(line.slice(copied, open), line.slice(open + 2, end));
    copied = end + 2;
    from = end + 2;
  }
  if (copied === 0) return line;
  parts.push(line.slice(copied));
  return parts.join('');
}

/**
 * If a JSON value starts at line `start`, the index of its last line; otherwise `start - 1`.
 * A balanced value ends where its brackets close; a value whose brackets never close (or that
 * lost its opening brace) runs while lines still look like JSON.
 */
function jsonRunEnd(lines: string[], start: number): number {
  const first = lines[start]!.trim();
  const opensValue = /^[{[]\s*(["{[\d\]}-]|$)/.test(first);
  if (!opensValue && !KEY_LINE.test(first)) return start - 1;
  if (!opensValue && !(lines[start + 1] !== undefined && JSON_LINE.test(lines[start + 1]!))) return start - 1;
  let depth = 0;
  let lastJson = start;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === '') continue;
    if (i > start && !JSON_LINE.test(text) && !(depth > 0 && looksInsideJson(text))) break;
    depth += bracketDelta(text);
    lastJson = i;
    if (opensValue && depth <= 0) return i;
  }
  return lastJson;
}

/** Inside an open value, a line of a multi-line string or a bare word still belongs to it. */
function looksInsideJson(text: string): boolean {
  return /[",:{}[\]]/.test(text) && !/^[A-Z][a-z]+ [a-z]+ [a-z]+/.test(text.trim());
}

function bracketDelta(text: string): number {
  let delta = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') delta++;
    else if (c === '}' || c === ']') delta--;
  }
  return delta;
}

function dedent(lines: string[]): string {
  let min = Infinity;
  for (const l of lines) if (l.trim() !== '') min = Math.min(min, l.length - l.trimStart().length);
  return lines
    .map((l) => l.slice(Math.min(min, l.length - l.trimStart().length)))
    .join('\n')
    .trimEnd();
}
