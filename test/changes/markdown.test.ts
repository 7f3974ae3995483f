/** Docs text in the change report is shown, never interpreted as Markdown. */
import { describe, expect, it } from 'vitest';
import { codeSpan } from '../../generator/changes/markdown.ts';

describe('a code span of docs text', () => {
  const cases: { given: string; want: string }[] = [
    { given: 'invalid_auth', want: '`invalid_auth`' },
    { given: 'a`b', want: '``a`b``' },
    { given: '`![x](https://evil/img.png)`', want: '`` `![x](https://evil/img.png)` ``' },
    { given: 'x``y`', want: '``` x``y` ```' },
    { given: 'line\nbreak\r\nhere', want: '`line break here`' },
    { given: 'bell\u0007', want: '`bell`' },
  ];
  for (const { given, want } of cases) {
    it(`spans ${JSON.stringify(given)} as ${want}`, () => expect(codeSpan(given)).toBe(want));
  }

  it('uses a fence longer than any backtick run inside, so the span cannot be closed early', () => {
    const hostile = 'x` @here <img src=y> ``` [link](z) `';
    const span = codeSpan(hostile);
    const fence = /^`+/.exec(span)![0];
    expect(fence.length).toBe(4);
    expect(span.slice(fence.length, -fence.length).trim()).toBe(hostile);
  });
});
