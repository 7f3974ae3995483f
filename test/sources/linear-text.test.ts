/**
 * Text clean-ups rewritten to take one pass over a line, checked against the regular
 * expressions they replace (which rescan long runs and took quadratic time on hostile lines).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutDecoration } from '../../generator/documents/headings.ts';
import { stripBold } from '../../generator/documents/text-blocks.ts';
import { apiUrlOf } from '../../generator/sections/facts.ts';

const text = (pieces: string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join(''));

describe('one-pass text clean-ups', () => {
  it('remove bold marks as the bold pattern does', () => {
    const line = text(['**', '*', 'a', 'b', ' ', '\t', '\u2028', '\u00a0', '**a', 'a**', '***']);
    fc.assert(
      fc.property(line, (l) => {
        expect(stripBold(l)).toBe(l.replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '$1'));
      }),
      { numRuns: 30_000 },
    );
  });

  it('remove a heading decoration as the decoration pattern does', () => {
    const heading = text(['Errors', ' ', '  ', '\u00a0', '#', '¶', '(', ')', '1', '12', 'x', ':']);
    fc.assert(
      fc.property(heading, (h) => {
        expect(withoutDecoration(h)).toBe(h.replace(/\s*(?:#|¶|\(\d+\))$/, ''));
      }),
      { numRuns: 30_000 },
    );
  });

  it('keep bold text and headings of real pages', () => {
    expect(stripBold('**Rate limit:** Tier 3')).toBe('Rate limit: Tier 3');
    expect(withoutDecoration('Errors (12)')).toBe('Errors');
    expect(withoutDecoration('Arguments #')).toBe('Arguments');
  });

  it('take one pass over lines of unclosed marks and runs of spaces', () => {
    expect(stripBold('**a '.repeat(100_000))).toBe('**a '.repeat(100_000));
    expect(withoutDecoration(`Errors${' '.repeat(100_000)}x`)).toBe(`Errors${' '.repeat(100_000)}x`);
  });
});

describe('finding the API URL on a page', () => {
  const API_URL = /https?:\/\/[^\s"'<>]*\/api\/([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)/;

  it('finds what the URL pattern finds, in one pass', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'https://',
          'http://',
          'http',
          's',
          '/api/',
          '/api',
          'chat',
          '.',
          'post',
          '1',
          ' ',
          '"',
          '/',
          'x',
        ),
        { maxLength: 14 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const m = API_URL.exec(t);
        expect(apiUrlOf(t)).toEqual(m ? [m[0], m[1]] : null);
      }),
      { numRuns: 30_000 },
    );
  });

  it('reads the URL of a method page and passes once over a run of URLs', () => {
    expect(apiUrlOf('POST https://slack.com/api/chat.postMessage')).toEqual([
      'https://slack.com/api/chat.postMessage',
      'chat.postMessage',
    ]);
    expect(apiUrlOf('https://slack.com/api/'.repeat(50_000))).toBeNull();
  });
});
