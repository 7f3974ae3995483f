/**
 * Text renderings of HTML pages, made the way browsers make them, so that a test can check that
 * a page and its text rendering give the same facts:
 * - `innerText`: block boundaries become line breaks (paragraphs a blank line), table cells tabs;
 * - `textContent`: the text nodes as they are, so cells and items written on one source line
 *   run together (like seeds 000 and 003).
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'tr',
  'caption',
]);
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

type Piece = string | { breaks: number };

export function innerText(html: string): string {
  const $ = cheerio.load(html);
  const pieces: Piece[] = [];
  const walk = (node: AnyNode, pre: boolean) => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      pieces.push(pre ? data : data.replace(/\s+/g, ' '));
      return;
    }
    if (node.type !== 'tag') return;
    const el = node;
    const name = el.name.toLowerCase();
    if (INVISIBLE.has(name)) return;
    if (name === 'br') {
      pieces.push({ breaks: 1 });
      return;
    }
    const breaks = name === 'p' ? 2 : BLOCK.has(name) ? 1 : 0;
    if (breaks) pieces.push({ breaks });
    if (name === 'td' || name === 'th') {
      if (el.prev && (el.prev as Element).type === 'tag') pieces.push('\t');
    }
    el.children.forEach((c) => walk(c, pre || name === 'pre'));
    if (breaks) pieces.push({ breaks });
  };
  walk($('body').get(0)!, false);
  return resolve(pieces);
}

function resolve(pieces: Piece[]): string {
  let out = '';
  let pending = 0;
  for (const p of pieces) {
    if (typeof p !== 'string') {
      pending = Math.max(pending, p.breaks);
      continue;
    }
    // Whitespace between blocks renders as nothing.
    if (p.trim() === '' && (pending > 0 || out === '' || out.endsWith('\n'))) continue;
    if (pending > 0 && out !== '') {
      out = out.replace(/[ \t]+$/, '');
      out += '\n'.repeat(pending);
      pending = 0;
      out += p.replace(/^ +/, '');
    } else {
      pending = 0;
      out += out.endsWith(' ') || out.endsWith('\n') || out === '' ? p.replace(/^ +/, '') : p;
    }
  }
  return `${out.trim()}\n`;
}

export function textContent(html: string): string {
  const $ = cheerio.load(html);
  $('script, style, noscript, template').remove();
  return $('body').text();
}
