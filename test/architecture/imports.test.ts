/**
 * Imports run one way, down the stages: pages → documents → sections → page facts → merged
 * model → resolved model → emitted files → output. Each folder of generator/ has a layer; a file
 * may import its own folder or a folder of a lower layer, never one level with or above it. The
 * entry points at the top of generator/ (the CLI and the pipeline that wires the stages) may
 * import any folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';

const GENERATOR = fileURLToPath(new URL('../../generator', import.meta.url));

/** Lower numbers sit below: the contract and shared tools first, the last stage last. */
const LAYER: Record<string, number> = {
  model: 0, // the model's types and the words used for it (method names, diagnostics)
  catalog: 0, // what is known about Slack beforehand (common errors, shared objects)
  disk: 0, // writing a file whole or not at all
  input: 1, // finding and reading page files; the limits pages are held to
  fetch: 1, // fetching pages into an input folder
  documents: 2, // a page (HTML or text) as a list of blocks
  facts: 2, // the types of what one page says
  sections: 3, // the sections of a document read into facts
  sources: 4, // one page of one source format read whole into facts
  merge: 5, // the facts of all pages merged into the model
  infer: 5, // types inferred from JSON samples
  resolve: 6, // the model resolved: response and item types, shared objects, names
  changes: 7, // what changed since the previous output, and the version that follows
  fidelity: 7, // how the resolved model measures against recordings and the official SDK
  emit: 8, // the resolved model rendered as files
  output: 9, // the files written into the output folder it owns
};

/** The generator's own modules a file imports, as paths relative to generator/ (`infer/shape.ts`). */
export function importsOf(file: string): string[] {
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

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFilesUnder(path);
      return /\.(ts|mts|mjs)$/.test(name) ? [path] : [];
    });
}

const folderOf = (path: string): string | null => (path.includes('/') ? path.split('/')[0]! : null);

/** `from → to` for each import that runs sideways or up the layers. */
function importsAgainstTheLayers(): string[] {
  return sourceFilesUnder(GENERATOR).flatMap((file) => {
    const from = folderOf(relative(GENERATOR, file).split('\\').join('/'));
    if (from === null) return [];
    return importsOf(file)
      .filter((to) => {
        const target = folderOf(to);
        return target !== null && target !== from && !(LAYER[target]! < LAYER[from]!);
      })
      .map(
        (to) => `${relative(GENERATOR, file)} (layer ${LAYER[from]}) → ${to} (layer ${LAYER[folderOf(to)!]})`,
      );
  });
}

describe('the direction of imports in generator/', () => {
  it('gives every folder of the generator a layer', () => {
    const folders = readdirSync(GENERATOR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual(Object.keys(LAYER).sort());
  });

  it('has no import from a folder to one level with it or above it', () => {
    expect(importsAgainstTheLayers()).toEqual([]);
  });

  it('reads the imports it checks (the merge imports the page facts and the model)', () => {
    const imports = importsOf(join(GENERATOR, 'merge', 'merge.ts'));
    expect(imports).toContain('facts/page-facts.ts');
    expect(imports).toContain('model/types.ts');
  });

  it('would catch a page reader importing the merge', () => {
    const layerOf = (path: string) => LAYER[folderOf(path)!]!;
    expect(layerOf('merge/merge.ts') < layerOf('sections/codes.ts')).toBe(false);
    expect(layerOf('facts/page-facts.ts') < layerOf('sections/codes.ts')).toBe(true);
  });
});
