/** The text helpers every reader uses. */
import { describe, expect, it } from 'vitest';
import { squash } from '../../generator/documents/document.ts';

describe('squashing white space', () => {
  const cases: { given: string; want: string }[] = [
    { given: '  a \n\t b  ', want: 'a b' },
    { given: 'Usage\u200B', want: 'Usage' },
    { given: 'ab\u200Bcd', want: 'abcd' },
    { given: 'a \u200B b', want: 'a b' },
    { given: 'a\uFEFFb', want: 'ab' },
    { given: 'a\u00a0\u3000b', want: 'a b' },
    { given: '\u2060', want: '' },
  ];
  for (const { given, want } of cases)
    it(`gives ${JSON.stringify(want)} for ${JSON.stringify(given)}`, () => expect(squash(given)).toBe(want));
});
