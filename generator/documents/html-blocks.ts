/**
 * HTML pages into blocks with cheerio. Only the meaning of elements is used (headings,
 * paragraphs, tables, lists, code), never class names, so a restyled site reads the same.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { MAX_HTML_DEPTH } from '../input/limits.ts';
import type { Block, Cell } from './document.ts';
import { squash } from './document.ts';
import { capHtmlDepth, flattenDeeperThan, type DepthCut } from './html-depth.ts';
import { firstDescendant, isElement } from './html-search.ts';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'footer',
  'aside',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'iframe',
  'head',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
]);
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'section',
  'summary',
  'ul',
  'html',
  'center',
  'caption',
]);
const HEADING = /^h([1-6])$/;
const TITLE = new Set(['title']);
const MAIN = new Set(['main']);
const BODY = new Set(['body']);
const TOP_HEADINGS = new Set(['h1', 'h2']);

interface Inline {
  text: string;
  codes: string[];
}

export interface HtmlBlocks {
  blocks: Block[];
  /** Set when elements nested deeper than `MAX_HTML_DEPTH`: they were read as plain text. */
  tooDeep: DepthCut | null;
}

export function htmlToBlocks(html: string): HtmlBlocks {
  // The parser and the walk below both slow down or recurse with nesting: cap it first.
  const capped = capHtmlDepth(html, MAX_HTML_DEPTH);
  const $ = cheerio.load(capped.html);
  const flattened = flattenDeeperThan(
    $.root().get(0)!,
    2 * MAX_HTML_DEPTH,
    (node, text) => void $(node as Element).text(text),
  );
  const tooDeep = capped.cut ?? (flattened > 0 ? { elements: flattened, section: null, line: 1 } : null);
  const blocks: Block[] = [];
  const page = $.root().get(0)!;
  const titleElement = firstDescendant(page, TITLE);
  const title = titleElement ? squash($(titleElement).text()) : '';
  if (title) blocks.push({ kind: 'heading', level: 0, text: title });
  const main = firstDescendant(page, MAIN);
  const start = main && firstDescendant(main, TOP_HEADINGS) ? main : (firstDescendant(page, BODY) ?? page);
  walkChildren(start, 0, blocks);
  return { blocks, tooDeep };
}

function walkChildren(parent: AnyNode, depth: number, out: Block[]): void {
  let inline: Inline = { text: '', codes: [] };
  const flush = () => {
    const text = squash(inline.text);
    if (text) out.push({ kind: 'text', text, codes: inline.codes, depth });
    inline = { text: '', codes: [] };
  };
  const children = 'children' in parent ? (parent.children as AnyNode[]) : [];
  for (const node of children) {
    if (node.type === 'text') {
      inline.text += (node as unknown as { data: string }).data;
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name.toLowerCase();
    if (SKIPPED.has(name) || isHiddenChrome(node)) continue;
    if (name === 'br') {
      flush();
      continue;
    }
    const heading = HEADING.exec(name);
    if (heading) {
      flush();
      const text = squash(textOf(node));
      if (text) out.push({ kind: 'heading', level: Number(heading[1]), text });
      continue;
    }
    if (name === 'pre') {
      flush();
      out.push({ kind: 'code', text: rawTextOf(node).replace(/^\n/, '').trimEnd() });
      continue;
    }
    if (name === 'table') {
      flush();
      out.push({ kind: 'table', rows: tableRows(node) });
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      flush();
      listItems(node, 0, out);
      continue;
    }
    if (name === 'dl') {
      flush();
      definitionList(node, depth + 1, out);
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      walkChildren(node, depth + 1, out);
      continue;
    }
    const inner = inlineOf(node);
    inline.text += inner.text;
    for (const c of inner.codes) inline.codes.push(c);
    // Inline elements that contain blocks (a <span> around a <p>) are rare; their text is kept inline.
  }
  flush();
}

/** Elements marked hidden from readers (`hidden`, `aria-hidden`) are page furniture. */
function isHiddenChrome(el: Element): boolean {
  return el.attribs['hidden'] !== undefined || el.attribs['aria-hidden'] === 'true';
}

function inlineOf(node: AnyNode): Inline {
  if (node.type === 'text') return { text: (node as unknown as { data: string }).data, codes: [] };
  if (!isElement(node)) return { text: '', codes: [] };
  const name = node.name.toLowerCase();
  if (SKIPPED.has(name)) return { text: '', codes: [] };
  if (name === 'br') return { text: '\n', codes: [] };
  if (name === 'code' || name === 'kbd' || name === 'samp' || name === 'tt') {
    const text = node.children.map((c) => inlineOf(c).text).join('');
    return { text, codes: [squash(text)] };
  }
  const result: Inline = { text: '', codes: [] };
  for (const child of node.children) {
    const inner = inlineOf(child);
    result.text += inner.text;
    for (const c of inner.codes) result.codes.push(c);
  }
  // Block elements met inside inline content still separate words.
  if (BLOCK.has(name) || HEADING.test(name)) result.text = ` ${result.text} `;
  return result;
}

function textOf(node: AnyNode): string {
  return inlineOf(node).text;
}

function rawTextOf(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node)) return '';
  if (node.name.toLowerCase() === 'br') return '\n';
  return node.children.map(rawTextOf).join('');
}

function tableRows(table: Element): Cell[][] {
  const rows: Cell[][] = [];
  const visit = (node: AnyNode) => {
    if (!isElement(node)) return;
    const name = node.name.toLowerCase();
    if (name === 'table' && node !== table) return; // nested tables are not rows of this one
    if (name === 'tr') {
      const cells = node.children.filter(
        (c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'),
      );
      rows.push(cells.map(cellOf));
      return;
    }
    node.children.forEach(visit);
  };
  table.children.forEach(visit);
  return rows;
}

function cellOf(cell: Element): Cell {
  const inner: Block[] = [];
  walkChildren(cell, 0, inner);
  const lines: string[] = [];
  const codes: string[] = [];
  for (const b of inner) {
    if (b.kind === 'text' || b.kind === 'item') {
      lines.push(b.text);
      for (const c of b.codes) codes.push(c);
    } else if (b.kind === 'code' || b.kind === 'heading') lines.push(b.text);
  }
  return { text: squash(lines.join(' ')), lines, codes };
}

/**
 * A term and its definition read as one line (`channel string Required Channel to post to.`),
 * like a table row: a tab between them, as between cells, so that a term that ends in words
 * (`Required if the token is org-level`) does not run into its definition.
 */
function definitionList(dl: Element, depth: number, out: Block[]): void {
  let term: Inline | null = null;
  for (const child of dl.children) {
    if (!isElement(child)) continue;
    const name = child.name.toLowerCase();
    if (name !== 'dt' && name !== 'dd') continue;
    const part = inlineOf(child);
    if (name === 'dt') {
      if (term) out.push({ kind: 'text', text: squash(term.text), codes: term.codes, depth });
      term = part;
      continue;
    }
    const text = [squash(term?.text ?? ''), squash(part.text)].filter(Boolean).join('\t');
    if (text) out.push({ kind: 'text', text, codes: [...(term?.codes ?? []), ...part.codes], depth });
    term = null;
  }
  if (term) out.push({ kind: 'text', text: squash(term.text), codes: term.codes, depth });
}

function listItems(list: Element, depth: number, out: Block[]): void {
  for (const li of list.children) {
    if (!isElement(li) || li.name.toLowerCase() !== 'li') continue;
    const nested: Element[] = [];
    const inline: Inline = { text: '', codes: [] };
    const collect = (node: AnyNode) => {
      if (isElement(node)) {
        const name = node.name.toLowerCase();
        if (name === 'ul' || name === 'ol') {
          nested.push(node);
          return;
        }
        if (name === 'pre') {
          inline.text += ' ';
          out.push({ kind: 'code', text: rawTextOf(node).trimEnd() });
          return;
        }
        if (BLOCK.has(name) && name !== 'li') {
          inline.text += ' ';
          node.children.forEach(collect);
          inline.text += ' ';
          return;
        }
      }
      const part = inlineOf(node);
      inline.text += part.text;
      for (const c of part.codes) inline.codes.push(c);
    };
    li.children.forEach(collect);
    const text = squash(inline.text);
    if (text) out.push({ kind: 'item', text, codes: inline.codes, depth });
    for (const n of nested) listItems(n, depth + 1, out);
  }
}
