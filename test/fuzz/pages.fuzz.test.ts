/**
 * Property-based fuzzing: real pages mutated (sections and rows dropped, duplicated, reordered,
 * truncated, nasty strings injected, JSON broken, nested thousands deep, rows repeated thousands
 * of times), named by hostile or colliding file names, several to a case. The generator never
 * throws, always reports, and the code it emits for all the cases together type-checks under
 * tsc --strict.
 * `FUZZ_RUNS=5000 npx vitest run test/fuzz` runs a long campaign.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/emit-package.ts';
import { formatOf, type PageFile } from '../../generator/input/read-pages.ts';
import type { Method } from '../../generator/model/types.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { writeTree } from '../../generator/output/write-tree.ts';
import { DOCS_INPUT } from '../helpers/pages.ts';
import { mutate, mutationArb } from './mutate.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const ROOT = join(DOCS_INPUT, '..');
const FIXTURES = fileURLToPath(new URL('../sources/fixtures', import.meta.url));

function pagesUnder(dir: string, base: string): PageFile[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesUnder(path, base);
    if (!/\.(html|txt|md|json)$/.test(name)) return [];
    const content = readFileSync(path, 'utf8');
    return [
      {
        id: path.slice(base.length + 1),
        stem: name.replace(/\.(html|txt|md|json)$/, ''),
        format: formatOf(path, content),
        content,
      },
    ];
  });
}

/** File names a maintainer (or an attacker) might give pages: odd segments, code, names that collide after naming. */
const ODD_STEMS = [
  'admin.2fa.set',
  'chat.delete',
  'x.constructor',
  'a.__proto__.b',
  'files.upload-v2',
  'class.new',
  'Chat.PostMessage',
  'a.b.c.d.e.f.g',
  "a.b.js';console.log(`PWNED`);'",
  'a.b*/x',
  'a.b\nc',
  '../../etc/passwd',
  'a.b${x}',
  'con.aux',
  'chat.postMessage',
  'chat.post.message',
  'chat.postmessage',
  'chat.post_message',
  'dup.method',
  'dup.Method',
  'chat.post',
  'chat.postResponse',
  'chat.postSpec',
  'paginate.items',
  'is.api.error.of',
  'a.b.name',
  'a.b',
];

const BASE_PAGES = [...pagesUnder(DOCS_INPUT, DOCS_INPUT), ...pagesUnder(FIXTURES, FIXTURES)];

describe(`fuzzing the generator with ${RUNS} mutated pages`, () => {
  it(
    'never throws, always reports, and emits code that type-checks',
    async () => {
      const collected: Method[] = [];
      let n = 0;
      const pageArb = fc.record({
        page: fc.constantFrom(...BASE_PAGES),
        mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        stem: fc.option(fc.constantFrom(...ODD_STEMS)),
      });
      fc.assert(
        fc.property(fc.array(pageArb, { minLength: 1, maxLength: 3 }), (cases) => {
          const pages = cases.map(({ page, mutations, stem }, i) => {
            const content = mutations.reduce(mutate, page.content);
            return {
              ...page,
              content,
              ...(stem
                ? { stem, id: `${i}/${stem}.${page.format === 'record' ? 'json' : 'txt'}` }
                : { id: `${i}/${page.id}` }),
            };
          });
          const model = buildModel(pages);
          const reported = model.methods.length + model.diagnostics.length;
          expect(reported).toBeGreaterThan(0);
          for (const m of model.methods) {
            expect(Array.isArray(m.diagnostics)).toBe(true);
            // One package holds every case: give each case's methods a family of their own.
            collected.push({ ...m, name: `fuzz${n}.${m.name}` });
          }
          n++;
        }),
        { numRuns: RUNS, seed: Number(process.env['FUZZ_SEED'] ?? 42) },
      );
      // The cases' methods together pass the same name check a run's do (resolving refuses colliding names).
      const model = resolveModel({ methods: collected, diagnostics: [] });
      expect(model.diagnostics).toEqual([]);
      // No caches: every case is new, and each run's cases would only pile up in them.
      const files = await emitPackage(model, { cacheDir: null });
      const parent = join(ROOT, 'node_modules', '.cache');
      mkdirSync(parent, { recursive: true });
      const dir = join(mkdtempSync(join(parent, 'fuzz-')), 'client');
      writeTree(dir, files);
      const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(`${r.stdout}${r.stderr}`.slice(0, 3000)).toBe('');
      expect(r.status).toBe(0);
    },
    Math.max(600_000, RUNS * 1_000),
  );
});
