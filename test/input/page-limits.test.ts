/**
 * One page can neither crash nor stall the run: a page over the size limit is not read, a page
 * whose reading throws becomes an error diagnostic in words, and the other pages are read.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../generator/input/read-pages.ts';
import { MAX_PAGE_BYTES } from '../../generator/input/limits.ts';
import { buildModel, readPageFile } from '../../generator/pipeline.ts';
import type { Lexicon } from '../../generator/sections/lexicon.ts';
import { inSection, readGuarded } from '../../generator/sources/read-guard.ts';

const GOOD_PAGE =
  'chat.delete\nDeletes a message.\n\nArguments\nArgumentTypeDescription\nchannel\nstring\n\nChannel of the message.\n\nErrors\nErrorDescription\nmessage_not_found\n\nNo such message.\n';

const dir = mkdtempSync(join(tmpdir(), 'page-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a page larger than the size limit', () => {
  it('is not read, and an error names it while the other pages are read as usual', () => {
    const input = join(dir, 'too-large');
    const big = `chat.postMessage\nPosts a message.\n\n${'x'.repeat(MAX_PAGE_BYTES)}\n`;
    mkdirp(input);
    writeFileSync(join(input, 'chat.postMessage.txt'), big);
    writeFileSync(join(input, 'chat.delete.txt'), GOOD_PAGE);

    const { pages } = readInputs([input]);
    const large = pages.find((p) => p.id === 'chat.postMessage.txt')!;
    expect(large.content).toBe('');
    expect(large.bytes).toBe(Buffer.byteLength(big));

    const model = buildModel(pages);
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'page/too-large',
        severity: 'error',
        file: 'chat.postMessage.txt',
        section: '(whole page)',
      }),
    );
    expect(model.diagnostics.find((d) => d.code === 'page/too-large')?.message).toMatch(
      /^The page is 8\.0 MB, more than the 8\.0 MB a page may be; it was not read\.$/,
    );
    expect(model.methods.map((m) => m.name)).toEqual(['chat.delete']);
    expect(model.methods[0]!.args.map((a) => a.name)).toEqual(['channel']);
  });

  it('is also refused when its text is handed over already read', () => {
    const facts = readPageFile(
      { id: 'big.txt', stem: 'big', format: 'text', content: 'é'.repeat(MAX_PAGE_BYTES / 2 + 1) },
      { identifiers: new Set(), words: new Set() },
    );
    expect(facts.methods).toEqual([]);
    expect(facts.diagnostics.map((d) => [d.code, d.file])).toEqual([['page/too-large', 'big.txt']]);
  });

  it('is read as usual when just under the limit', () => {
    const input = join(dir, 'just-under');
    mkdirp(input);
    const filler = '\nThis paragraph only makes the page long enough to sit just under the limit.';
    const under = `${GOOD_PAGE}\nUsage info${filler.repeat(Math.floor((MAX_PAGE_BYTES - GOOD_PAGE.length - 100) / filler.length))}\n`;
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(MAX_PAGE_BYTES);
    expect(Buffer.byteLength(under)).toBeGreaterThan(MAX_PAGE_BYTES - 200);
    writeFileSync(join(input, 'chat.delete.txt'), under);

    const { pages } = readInputs([input]);
    expect(pages[0]!.bytes).toBeUndefined();
    const model = buildModel(pages);
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const m = model.methods[0]!;
    expect(m.name).toBe('chat.delete');
    expect(m.args.map((a) => a.name)).toEqual(['channel']);
    expect(m.errors.map((e) => e.code)).toContain('message_not_found');
  });
});

describe('a page whose reading throws', () => {
  /** A lexicon that fails as soon as it is read: whatever goes wrong inside a reader. */
  const failing = (error: Error): Lexicon => ({
    identifiers: {
      forEach: () => {
        throw error;
      },
    } as never,
    words: new Set(),
  });

  it('becomes an error saying in words that it nests too deeply, with no stack trace', () => {
    const facts = readPageFile(
      { id: 'chat.delete.txt', stem: 'chat.delete', format: 'text', content: GOOD_PAGE },
      failing(new RangeError('Maximum call stack size exceeded')),
    );
    expect(facts.methods).toEqual([]);
    expect(facts.diagnostics).toEqual([
      {
        code: 'page/unreadable',
        severity: 'error',
        file: 'chat.delete.txt',
        section: '(whole page)',
        message:
          'The page could not be read: it nests too deeply for the reader (the reader ran out of stack). It was skipped; the other pages were read as usual.',
      },
    ]);
  });

  it('names the section being read when it threw', () => {
    const page = { id: 'chat.delete.html', format: 'html' as const, content: '<p>x</p>' };
    const facts = readGuarded(page, () =>
      inSection('Errors', () => {
        throw new TypeError(
          "Cannot read properties of undefined (reading 'text')\n    at readCodes (codes.ts:1:1)",
        );
      }),
    );
    expect(facts.diagnostics).toEqual([
      {
        code: 'page/unreadable',
        severity: 'error',
        file: 'chat.delete.html',
        section: 'Errors',
        message:
          "The page could not be read: the reader failed (TypeError: Cannot read properties of undefined (reading 'text')). It was skipped; the other pages were read as usual.",
      },
    ]);
  });

  it('says a text or list grew too long for JavaScript', () => {
    const facts = readGuarded({ id: 'p.txt', format: 'text', content: '' }, () => {
      throw new RangeError('Invalid string length');
    });
    expect(facts.diagnostics[0]?.message).toBe(
      'The page could not be read: it is too large for the reader (a text or list grew past what JavaScript allows). It was skipped; the other pages were read as usual.',
    );
  });
});

function mkdirp(path: string): void {
  mkdirSync(path, { recursive: true });
}
