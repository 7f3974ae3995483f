/**
 * Error and warning sections: tables (`Error | Description`), `code - description` lists, and
 * text renderings where a code stands on its own line, is glued to its description
 * (`access_deniedAccess to…`), or was lost altogether (only descriptions remain).
 */
import type { CodeFact } from '../facts/page-facts.ts';
import type { Block } from '../documents/document.ts';
import { headerLineRoles } from '../documents/headings.ts';
import { tableShape } from './argument-table.ts';
import { looksLikeDashList, splitDashList } from './dash-list.ts';
import type { Lexicon } from './lexicon.ts';
import { isChrome } from './chrome.ts';

export interface CodesResult {
  entries: CodeFact[];
  guessed: boolean;
}

const HIDDEN = /\[?\bhidden\b\]?/i;
const CODE_ONLY = /^([a-z][a-z0-9_.]*)(\s*\[hidden\]|\s+hidden)?$/;
const GLUED = /^([a-z][a-z0-9_]*)(\s*\[hidden\]|\s+hidden(?=\s|[A-Z]))?(\s*)([A-Z`(].*)$/;
const INTRO =
  /this table lists|callers should always check|errors the api can return|warnings the api can return/i;

export function readCodes(blocks: readonly Block[], lexicon: Lexicon): CodesResult {
  const result: CodesResult = { entries: [], guessed: false };
  const lines: { text: string; blank: boolean }[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') result.entries.push(...codesOfTable(block.rows));
    else if (block.kind === 'item') addDashEntries(block.text, lexicon, result, true);
    else if (block.kind === 'text') lines.push({ text: block.text, blank: false });
    else if (block.kind === 'blank') lines.push({ text: '', blank: true });
  }
  const content = lines.filter((l) => l.blank || (!headerLineRoles(l.text) && !isChrome(l.text)));
  if (content.some((l) => !l.blank && looksLikeDashList(l.text))) {
    for (const l of content)
      if (!l.blank && looksLikeDashList(l.text)) addDashEntries(l.text, lexicon, result);
  } else if (result.entries.length === 0) {
    result.entries.push(...codesOfLines(content));
  } else {
    // Beside a table or list, lines are its introduction, not entries that lost their codes.
    result.entries.push(...codesOfLines(content).filter((e) => e.code !== null));
  }
  return result;
}

function addDashEntries(text: string, lexicon: Lexicon, result: CodesResult, single = false): void {
  for (const e of splitDashList(text, lexicon, single)) {
    result.guessed ||= e.guessed;
    result.entries.push({
      code: e.name,
      description: e.text.replace(HIDDEN, '').trim() || null,
      hidden: HIDDEN.test(e.text),
    });
  }
}

function codesOfTable(rows: import('../documents/document.ts').Cell[][]): CodeFact[] {
  const shape = tableShape(rows);
  if (!shape) return [];
  let codeCol = shape.roles.findIndex((r) => r === 'error' || r === 'warning' || r === 'name');
  if (codeCol < 0) codeCol = 0;
  const descCol = shape.roles.indexOf('description');
  const entries: CodeFact[] = [];
  for (const row of rows.slice(shape.header + 1)) {
    const cell = row[codeCol];
    if (!cell) continue;
    // The code as the cell shows it, even when it is not an identifier (the reader reports that).
    const code = cell.codes[0] ?? (cell.text.replace(HIDDEN, '').trim().split(/\s+/)[0] || null);
    const description = descCol >= 0 ? (row[descCol]?.text ?? null) : null;
    const hidden = HIDDEN.test(code ? cell.text.replace(code, '') : cell.text);
    entries.push({ code, description: description || null, hidden });
  }
  return entries;
}

/**
 * Lines of a text rendering. When codes stand on lines of their own, a line that starts with a
 * word and a space is description; otherwise each line that starts with a code is one entry.
 * With no code at all, each paragraph is a description whose code the page lost.
 */
function codesOfLines(input: { text: string; blank: boolean }[]): CodeFact[] {
  // Entries run together on one line (`…was invalid.msg_too_longMessage text…`) are split where a
  // sentence ends and a snake_case code starts a new one.
  const lines = input.flatMap((l) =>
    l.blank
      ? [l]
      : l.text
          .split(/(?<=[.!?])(?=[a-z][a-z0-9]*_[a-z0-9_]*(?:\s*\[hidden\])?[A-Z`(])/)
          .map((t) => ({ text: t, blank: false })),
  );
  const text = lines.filter((l) => !l.blank);
  const codeOnlyCount = text.filter((l) => CODE_ONLY.test(l.text)).length;
  const gluedCount = text.filter((l) => GLUED.test(l.text)).length;
  if (codeOnlyCount === 0 && gluedCount === 0) return descriptionsOnly(lines);
  const stacked = codeOnlyCount >= 2;
  const entries: CodeFact[] = [];
  let current: CodeFact | null = null;
  for (const { text: t, blank } of lines) {
    if (blank) continue;
    const only = CODE_ONLY.exec(t);
    const glued = only ? null : GLUED.exec(t);
    if (only) {
      current = { code: only[1]!, description: null, hidden: only[2] !== undefined };
      entries.push(current);
    } else if (glued && (!stacked || glued[3] === '' || glued[2] !== undefined)) {
      const badge = gluedBadge(glued[1]!);
      current = {
        code: badge.code,
        description: glued[4]!.trim(),
        hidden: glued[2] !== undefined || badge.hidden,
      };
      entries.push(current);
    } else if (current && !INTRO.test(t)) {
      current.description = current.description ? `${current.description} ${t}` : t;
    }
  }
  return entries;
}

/** A `hidden` badge run into the code before it (`invalid_jsonhidden`), but never a name's own `_hidden`. */
function gluedBadge(code: string): { code: string; hidden: boolean } {
  const m = /^([a-z][a-z0-9_]*[a-z0-9])hidden$/.exec(code);
  return m ? { code: m[1]!, hidden: true } : { code, hidden: false };
}

function descriptionsOnly(lines: { text: string; blank: boolean }[]): CodeFact[] {
  const entries: CodeFact[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = paragraph.join(' ').trim();
    if (text && !INTRO.test(text)) entries.push({ code: null, description: text, hidden: false });
    paragraph = [];
  };
  for (const l of lines) {
    if (l.blank) flush();
    else paragraph.push(l.text);
  }
  flush();
  return entries;
}
