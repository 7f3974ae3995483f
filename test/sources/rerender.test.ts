/**
 * Every fixture page, re-rendered in the ways pages vary (test/sources/rerender.ts: markers
 * extended, labels split from their values, facts reordered, cells glued, list items bent) and
 * read as HTML, as innerText and as textContent, gives the facts the page itself gives: the same
 * arguments (names, types, required, examples, defaults, descriptions), groups and codes.
 * `RERENDER_RUNS` sets how many variations a fixture is tried in (`RERENDER_SEED` the seed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../generator/facts/page-facts.ts';
import { readAllPages } from '../../generator/pipeline.ts';
import { innerText, textContent } from '../helpers/render-text.ts';
import { rerenderHtml, rerenderText, type Variation } from './rerender.ts';

const DIR = fileURLToPath(new URL('fixtures/variations/', import.meta.url));
const RUNS = Number(process.env['RERENDER_RUNS'] ?? 12);
const SEED = process.env['RERENDER_SEED'] === undefined ? undefined : Number(process.env['RERENDER_SEED']);

function facts(name: string, format: 'html' | 'text', content: string) {
  const stem = name.replace(/\.(html|txt)$/, '');
  const page: PageFacts = readAllPages([{ id: name, stem, format, content }])[0]!;
  return page.methods.map((m) => ({
    name: m.name,
    args: (m.args ?? []).map((a) => [a.name, a.type, a.required, a.example, a.default, a.description]),
    groups: m.argGroups,
    errors: (m.errors ?? []).map((e) => e.code),
  }));
}

/** A variation: each kind off (0) or one of many ways (a seed for the element-by-element choices). */
const variation: fc.Arbitrary<Variation> = fc.record({
  markers: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e6 })),
  labels: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e6 })),
  order: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e6 })),
  glue: fc.integer({ min: 0, max: 2 }),
  list: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e6 })),
});

const params = (): fc.Parameters<[Variation]> => ({
  numRuns: RUNS,
  ...(SEED === undefined ? {} : { seed: SEED }),
  // Each kind of variation alone first, then mixed ones.
  examples: [
    [{ markers: 1, labels: 0, order: 0, glue: 0, list: 0 }],
    [{ markers: 0, labels: 1, order: 0, glue: 0, list: 0 }],
    [{ markers: 0, labels: 0, order: 1, glue: 0, list: 0 }],
    [{ markers: 0, labels: 0, order: 0, glue: 2, list: 0 }],
    [{ markers: 0, labels: 0, order: 0, glue: 0, list: 1 }],
  ],
});

const files = readdirSync(DIR).sort();
const renderings = [
  ['HTML', 'html', (html: string) => html],
  ['innerText', 'text', innerText],
  ['textContent', 'text', textContent],
] as const;

describe.each(files.filter((f) => f.endsWith('.html')))('%s re-rendered', (file) => {
  const html = readFileSync(`${DIR}${file}`, 'utf8');
  const want = facts(file, 'html', html);

  it.each(renderings)('gives the same facts as %s', (_, format, render) => {
    fc.assert(
      fc.property(variation, (v) => {
        expect(facts(file, format, render(rerenderHtml(html, v)))).toEqual(want);
      }),
      params(),
    );
  });
});

describe.each(files.filter((f) => f.endsWith('.txt')))('%s re-rendered', (file) => {
  const text = readFileSync(`${DIR}${file}`, 'utf8');
  const want = facts(file, 'text', text);

  it('gives the same facts', () => {
    fc.assert(
      fc.property(variation, (v) => {
        expect(facts(file, 'text', rerenderText(text, v))).toEqual(want);
      }),
      params(),
    );
  });
});
