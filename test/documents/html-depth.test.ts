/**
 * Capping HTML nesting: the scan before parsing follows the elements HTML closes implicitly, and
 * the pass after parsing flattens whatever the parser still nests too deep, keeping the text.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { capHtmlDepth, flattenDeeperThan } from '../../generator/documents/html-depth.ts';

const depthOf = (root: AnyNode): number => {
  let max = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    if ('children' in node) for (const c of node.children as AnyNode[]) stack.push([c, depth + 1]);
  }
  return max;
};

describe('capping HTML nesting', () => {
  it('leaves markup within the limit untouched', () => {
    const html =
      '<html><body><div><p>one<p>two<ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table></div></body></html>';
    expect(capHtmlDepth(html, 8)).toEqual({ html, cut: null });
  });

  it('drops the tags past the limit, keeps their text, and says where the first one was', () => {
    const html =
      '<html><body>\n<h2>Usage <code>info</code></h2>\n<div><div><div><div>deep <b>text</b></div></div></div></div><p>after</p></body></html>';
    const capped = capHtmlDepth(html, 4);
    expect(capped.cut).toEqual({ elements: 3, section: 'Usage info', line: 3 });
    expect(capped.html).toBe(
      '<html><body>\n<h2>Usage <code>info</code></h2>\n<div><div>deep text</div></div><p>after</p></body></html>',
    );
  });

  it('skips the text of scripts, styles and comments, where tags are not tags', () => {
    const html = `<html><body><script>${'<div>'.repeat(50)}</script><!-- ${'<div>'.repeat(50)} --><p>x</p></body></html>`;
    expect(capHtmlDepth(html, 4).cut).toBeNull();
  });

  it('flattens a parsed tree deeper than the limit, keeping the text in document order', () => {
    const $ = cheerio.load(
      `<div>${'<div>'.repeat(40)}<span>deep</span> and <b>deeper</b>${'</div>'.repeat(40)}</div><p>after</p>`,
    );
    const root = $.root().get(0)!;
    const flattened = flattenDeeperThan(root, 10, (node, text) => void $(node as Element).text(text));
    expect(flattened).toBe(1);
    expect(depthOf(root)).toBeLessThanOrEqual(11);
    expect($('body').text()).toBe('deep and deeperafter');
  });
});
