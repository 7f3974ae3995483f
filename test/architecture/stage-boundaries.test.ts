/**
 * Data flows one way: pages → facts → model → resolved model → emitted files. The emitter only
 * renders what the model resolved, so no file under generator/emit/ may import inference
 * (generator/infer/, or the resolve stage beyond its naming rules); the fidelity measure reads
 * the resolved model, not the emitter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';

const GENERATOR = fileURLToPath(new URL('../../generator', import.meta.url));

/** The generator's own modules a file imports, as paths relative to generator/ (`infer/shape.ts`). */
function importsOf(file: string): string[] {
  const imported = ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((f) => f.fileName);
  return imported
    .filter((s) => s.startsWith('.'))
    .map((s) =>
      relative(GENERATOR, resolve(dirname(file), s))
        .split('\\')
        .join('/'),
    );
}

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(GENERATOR, folder))
    .filter((n) => /\.(ts|mts|mjs)$/.test(n))
    .sort()
    .map((n) => join(GENERATOR, folder, n));
}

/** Of the resolve stage, the emitter may use the naming rules: how a name is spelled in code. */
const NAMING = new Set(['resolve/names.ts', 'resolve/reserved-names.ts']);

describe('the stage boundaries, read from the imports', () => {
  const cases: { folder: string; forbidden: (imported: string) => boolean; why: string }[] = [
    {
      folder: 'emit',
      forbidden: (i) => i.startsWith('infer/') || (i.startsWith('resolve/') && !NAMING.has(i)),
      why: 'inference',
    },
    {
      folder: 'fidelity',
      forbidden: (i) => i.startsWith('emit/') || i.startsWith('infer/'),
      why: 'the emitter or inference',
    },
    { folder: 'changes', forbidden: (i) => i.startsWith('infer/'), why: 'inference' },
  ];
  for (const { folder, forbidden, why } of cases) {
    it(`no file under generator/${folder}/ imports ${why}`, () => {
      const offenders = sourcesUnder(folder).flatMap((f) =>
        importsOf(f)
          .filter(forbidden)
          .map((i) => `${relative(GENERATOR, f)} → ${i}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('only the resolve stage imports inference', () => {
    const folders = readdirSync(GENERATOR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['infer', 'resolve'].includes(d.name))
      .map((d) => d.name);
    const files = [
      ...folders.flatMap(sourcesUnder),
      ...readdirSync(GENERATOR)
        .filter((n) => n.endsWith('.ts'))
        .map((n) => join(GENERATOR, n)),
    ];
    const offenders = files.flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith('infer/'))
        .map((i) => `${relative(GENERATOR, f)} → ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('reads the imports it checks (a file of the emitter imports the naming rules)', () => {
    expect(importsOf(join(GENERATOR, 'emit', 'method-file.ts'))).toContain('resolve/names.ts');
  });
});
