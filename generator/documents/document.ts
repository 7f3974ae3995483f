/**
 * A page as a flat list of blocks, whatever its format. HTML pages keep their structure (tables,
 * lists, code blocks); text pages are mostly lines. The section readers work on these blocks, so
 * one reader serves every layout: they key on what blocks say, never on how they were styled.
 */

export interface Cell {
  /** The cell's text, blocks joined by a space. */
  text: string;
  /** The cell's text block by block (paragraphs, label lines), for labels like `Example`. */
  lines: string[];
  /** Texts of inline `<code>` elements in the cell. */
  codes: string[];
}

export type Block =
  | { kind: 'heading'; level: number; text: string; line?: number }
  /** A line or paragraph of running text; `depth` is the container nesting in HTML. */
  | { kind: 'text'; text: string; codes: string[]; depth: number; line?: number }
  | { kind: 'blank'; line?: number }
  | { kind: 'code'; text: string; line?: number }
  | { kind: 'table'; rows: Cell[][]; line?: number }
  /** A list item: `depth` is 0 for a top-level item. */
  | { kind: 'item'; text: string; codes: string[]; depth: number; line?: number };

export type SectionKind =
  | 'preamble'
  | 'facts'
  | 'method-access'
  | 'scopes'
  | 'content-types'
  | 'rate-limits'
  | 'arguments'
  | 'required-arguments'
  | 'optional-arguments'
  | 'usage'
  | 'responses'
  | 'errors'
  | 'warnings'
  | 'field-guide'
  | 'function'
  | 'other';

export interface Section {
  kind: SectionKind;
  /** The heading as the page words it (`Optional arguments`), or `(start of page)`. */
  title: string;
  blocks: Block[];
  line?: number;
}

export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'text':
    case 'item':
    case 'code':
      return block.text;
    case 'table':
      return block.rows.map((r) => r.map((c) => c.text).join(' ')).join('\n');
    case 'blank':
      return '';
  }
}

/** Collapses runs of whitespace to one space and trims. */
export function squash(text: string): string {
  // Zero-width characters (Docusaurus puts one in every heading's anchor link) are not text: a
  // run of them alone goes, a run with whitespace in it is one space. One pass, as pages are long.
  return text.replace(GAP, (run) => (SPACE_IN.test(run) ? ' ' : '')).trim();
}

const GAP = /[\s\u200B-\u200D\u2060\uFEFF]+/g;
const SPACE_IN = /[^\u200B-\u200D\u2060\uFEFF]/;
