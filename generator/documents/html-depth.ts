/**
 * Keeping HTML nesting within `MAX_HTML_DEPTH`, in two passes that never recurse:
 *
 * - before parsing, a scan of the markup follows which elements are open (with the end tags
 *   HTML lets pages leave out: `<p>`, `<li>`, `<td>`…) and drops the tags of elements opened
 *   past the limit, keeping their text. The HTML parser's work grows with the nesting (100,000
 *   nested `<div>`s take minutes), so the page it gets must already be shallow;
 * - after parsing, an element still deeper than twice the limit (the parser adds wrappers the
 *   markup leaves out, like `<tbody>`) keeps its text and loses its child elements, so that the
 *   readers, which walk the tree recursively, stay within the stack.
 *
 * A page whose markup needs neither is passed through untouched.
 */
import type { AnyNode } from 'domhandler';
import { squash } from './document.ts';

export interface DepthCut {
  /** Elements opened past the limit (their tags dropped, their text kept). */
  elements: number;
  /** The last heading before the first of them, if any: the section it sits in. */
  section: string | null;
  /** 1-based line of the first of them in the markup. */
  line: number;
}

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'image',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is text up to their own end tag (no tags inside). */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);
/** Start tags that close an open `<p>`. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'listing',
  'section',
  'summary',
  'table',
  'ul',
  'li',
  'dd',
  'dt',
  'plaintext',
  'search',
]);
const HEADING = /^h[1-6]$/;
/**
 * How far down the open elements a start tag looks for the element it implicitly closes. Real
 * pages close what they leave open within a few levels; the bound keeps the scan linear.
 */
const LOOK_DOWN = 32;

interface Open {
  name: string;
  /** Opened past the limit: its start and end tags are dropped. */
  cut: boolean;
}

const TAG_NAME = /[A-Za-z][^\s/>]*/y;

/** The markup with the tags of elements nested deeper than `max` dropped, and what was dropped. */
export function capHtmlDepth(html: string, max: number): { html: string; cut: DepthCut | null } {
  const scan = new DepthScan(html, max);
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      pos = end < 0 ? html.length : end + (comment ? 3 : 1);
      continue;
    }
    const closing = next === '/';
    TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
    const m = TAG_NAME.exec(html);
    if (!m) {
      pos = lt + 1;
      continue;
    }
    const name = m[0].toLowerCase();
    const end = tagEnd(html, TAG_NAME.lastIndex);
    const tag = { name, start: lt, end: end < 0 ? html.length : end + 1 };
    pos = closing ? scan.close(tag) : scan.open(tag, end > 0 && html[end - 1] === '/');
  }
  return scan.result();
}

interface Tag {
  /** Lower case. */
  name: string;
  start: number;
  /** Just after its `>`. */
  end: number;
}

/** The elements open at each point of the scan, and the tags dropped so far. */
class DepthScan {
  private readonly stack: Open[] = [];
  private readonly openCount = new Map<string, number>();
  private foreign = 0;
  /** Ranges of the markup to drop, in order: start, end, start, end… */
  private readonly dropped: number[] = [];
  private cutElements = 0;
  private firstCut = -1;
  private heading: string | null = null;
  private headingAtCut: string | null = null;
  private headingStart = -1;

  constructor(
    private readonly html: string,
    private readonly max: number,
  ) {}

  /** Reads a start tag; returns where the scan goes on. */
  open(tag: Tag, selfClosing: boolean): number {
    const { name } = tag;
    // `<svg/>` and anything self-closed inside SVG or MathML close themselves; in HTML, `/>` means nothing.
    if (VOID.has(name) || (selfClosing && (this.foreign > 0 || name === 'svg' || name === 'math')))
      return tag.end;
    this.closeImpliedBy(name);
    const cut = this.stack.length >= this.max;
    this.push(name, cut);
    if (cut) {
      this.dropped.push(tag.start, tag.end);
      this.cutElements++;
      if (this.firstCut < 0) [this.firstCut, this.headingAtCut] = [tag.start, this.heading];
    } else if (HEADING.test(name)) this.headingStart = tag.end;
    if (!RAW_TEXT.has(name)) return tag.end;
    // Its text runs to its own end tag, which the scan then reads as usual.
    const close = rawTextEnd(this.html, name, tag.end);
    return close < 0 ? this.html.length : close;
  }

  /** Reads an end tag; returns where the scan goes on. */
  close(tag: Tag): number {
    const { name } = tag;
    if (!this.openCount.get(name)) return tag.end;
    let top: Open;
    do top = this.pop();
    while (top.name !== name);
    if (top.cut) this.dropped.push(tag.start, tag.end);
    else if (HEADING.test(name) && this.headingStart >= 0) {
      this.heading =
        squash(this.html.slice(this.headingStart, tag.start).replace(/<[^>]*>/g, ' ')).slice(0, 80) ||
        this.heading;
      this.headingStart = -1;
    }
    return tag.end;
  }

  result(): { html: string; cut: DepthCut | null } {
    const { html, dropped } = this;
    if (dropped.length === 0) return { html, cut: null };
    const parts: string[] = [];
    let from = 0;
    for (let k = 0; k < dropped.length; k += 2) {
      parts.push(html.slice(from, dropped[k]));
      from = dropped[k + 1]!;
    }
    parts.push(html.slice(from));
    return {
      html: parts.join(''),
      cut: { elements: this.cutElements, section: this.headingAtCut, line: lineOf(html, this.firstCut) },
    };
  }

  /** The end tags HTML lets a page leave out, implied by the start tag `name`. */
  private closeImpliedBy(name: string): void {
    if (CLOSES_P.has(name)) this.closeNearest('p', BUTTON_SCOPE);
    if (name === 'li') this.closeNearest('li', LIST_SCOPE);
    else if (name === 'dd' || name === 'dt') this.closeNearest(DEFINITION, LIST_SCOPE);
    else if (name === 'tr') this.closeNearest('tr', TABLE_SCOPE);
    else if (name === 'td' || name === 'th') this.closeNearest(CELL, ROW_SCOPE);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot')
      this.closeNearest(TABLE_SECTION, TABLE_SCOPE);
    else if (name === 'option') this.closeNearest('option', SELECT_SCOPE);
    else if (name === 'optgroup') this.closeNearest(OPTION, SELECT_SCOPE);
    else if (HEADING.test(name) && HEADING.test(this.stack[this.stack.length - 1]?.name ?? '')) this.pop();
  }

  /** Closes the nearest open element named in `names`, unless an element in `stops` comes first. */
  private closeNearest(names: ReadonlySet<string> | string, stops: ReadonlySet<string>): void {
    if (typeof names === 'string' && !this.openCount.get(names)) return;
    const { stack } = this;
    for (let k = stack.length - 1; k >= Math.max(0, stack.length - LOOK_DOWN); k--) {
      const n = stack[k]!.name;
      if (typeof names === 'string' ? n === names : names.has(n)) {
        while (stack.length > k) this.pop();
        return;
      }
      if (stops.has(n)) return;
    }
  }

  private push(name: string, cut: boolean): void {
    this.stack.push({ name, cut });
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
    if (name === 'svg' || name === 'math') this.foreign++;
  }

  private pop(): Open {
    const top = this.stack.pop()!;
    this.openCount.set(top.name, this.openCount.get(top.name)! - 1);
    if (top.name === 'svg' || top.name === 'math') this.foreign--;
    return top;
  }
}

const BUTTON_SCOPE = new Set([
  'button',
  'table',
  'td',
  'th',
  'caption',
  'html',
  'marquee',
  'object',
  'applet',
  'template',
  'svg',
  'math',
]);
const LIST_SCOPE = new Set([
  'ul',
  'ol',
  'dl',
  'table',
  'td',
  'th',
  'caption',
  'html',
  'template',
  'svg',
  'math',
  'button',
]);
const TABLE_SCOPE = new Set(['table', 'html', 'template']);
const ROW_SCOPE = new Set(['tr', 'table', 'html', 'template']);
const SELECT_SCOPE = new Set(['select', 'datalist', 'html', 'template']);
const DEFINITION = new Set(['dd', 'dt']);
const CELL = new Set(['td', 'th']);
const TABLE_SECTION = new Set(['thead', 'tbody', 'tfoot']);
const OPTION = new Set(['option', 'optgroup']);

/** The index of the `>` that ends a tag whose name ends at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  for (let j = from; j < html.length; j++) {
    const c = html[j];
    if (c === '>') return j;
    if (c === '=') {
      let k = j + 1;
      while (html[k] === ' ' || html[k] === '\t' || html[k] === '\n' || html[k] === '\r') k++;
      const q = html[k];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, k + 1);
        if (close < 0) return -1;
        j = close;
      }
    }
  }
  return -1;
}

const RAW_END = new Map<string, RegExp>();

function rawTextEnd(html: string, name: string, from: number): number {
  if (name === 'plaintext') return -1;
  let re = RAW_END.get(name);
  if (!re) {
    re = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
    RAW_END.set(name, re);
  }
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Flattens a parsed tree so that no element is deeper than `max` below `root`: an element at
 * that depth keeps its text (`setText` replaces its children with it) and loses its child
 * elements. Returns how many were flattened.
 */
export function flattenDeeperThan(
  root: AnyNode,
  max: number,
  setText: (node: AnyNode, text: string) => void,
): number {
  let flattened = 0;
  const stack: { node: AnyNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as AnyNode[];
    if (depth >= max && children.some((c) => 'children' in c)) {
      setText(node, textBelow(node));
      flattened++;
      continue;
    }
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return flattened;
}

/** The text under a node, in document order, without recursion. */
function textBelow(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if (n.type !== 'script' && n.type !== 'style' && 'children' in n) {
      const children = n.children as AnyNode[];
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
    }
  }
  return parts.join('');
}
