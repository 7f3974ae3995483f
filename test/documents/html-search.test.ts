/** Finding the first element of some names in a parsed page, in document order. */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { firstDescendant } from '../../generator/documents/html-search.ts';

const page = (html: string) => cheerio.load(html).root().get(0)!;

describe('finding the first element of some names', () => {
  const cases: { given: string; names: string[]; want: string | null }[] = [
    { given: '<p id=a>x</p><p id=b>y</p>', names: ['p'], want: 'a' },
    { given: '<div><h2 id=deep>x</h2></div><h1 id=later>y</h1>', names: ['h1', 'h2'], want: 'deep' },
    { given: '<section><p>x</p></section>', names: ['main'], want: null },
    { given: '<title id=t>T</title><svg><title id=s>S</title></svg>', names: ['title'], want: 't' },
  ];
  for (const { given, names, want } of cases)
    it(`gives ${want ?? 'nothing'} for ${names.join(', ')} in ${given}`, () => {
      const found = firstDescendant(page(given), new Set(names));
      expect(found?.attribs['id'] ?? null).toBe(want);
    });

  it('looks below the element it starts from, not at it', () => {
    const $ = cheerio.load('<main id=m><p>no heading</p></main>');
    const main = $('main').get(0)!;
    expect(firstDescendant(main, new Set(['main']))).toBeNull();
  });

  it('walks a tree ten thousand deep without running out of stack', () => {
    const html = `${'<span>'.repeat(10_000)}<b id=end>x</b>`;
    const root = cheerio.load(html).root().get(0)!;
    expect(firstDescendant(root, new Set(['b']))?.attribs['id']).toBe('end');
  });
});
