// Bundles the generator's command line into build/ (gitignored) with esbuild, so that a run
// loads plain JavaScript instead of transpiling TypeScript on every start. `npm ci` runs it
// (the `prepare` script); generator/launch.mjs runs it again when a source is newer than the
// bundle. Plain JavaScript itself: it must run before anything is built.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The entry points, by the name of their bundle in build/. */
export const ENTRIES = { cli: 'generator/cli.ts' };

/**
 * The emitters take from ts-morph only its structure kinds and, for the few statements prettier
 * formats, its printer. Loading ts-morph means loading the TypeScript compiler (half a second),
 * so the bundle gets the kinds' values copied here and loads ts-morph on the first other use.
 * A name this stand-in lacks fails the build, never a run.
 */
const tsMorphOnDemand = {
  name: 'ts-morph-on-demand',
  setup(b) {
    b.onResolve({ filter: /^ts-morph$/ }, () => ({ path: 'ts-morph', namespace: 'ts-morph-on-demand' }));
    b.onLoad({ filter: /.*/, namespace: 'ts-morph-on-demand' }, () => {
      const real = createRequire(import.meta.url)('ts-morph');
      const kinds = ['StructureKind', 'VariableDeclarationKind']
        .map((name) => `export const ${name} = ${JSON.stringify(real[name])};`)
        .join('\n');
      return {
        loader: 'js',
        resolveDir: ROOT,
        contents: `${kinds}
import { createRequire } from 'node:module';
let real;
const load = () => (real ??= createRequire(import.meta.url)('ts-morph'));
export function printStructure(...args) { return load().printStructure(...args); }`,
      };
    });
  },
};

export async function buildGenerator() {
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    // Two folders deep like the stage folders' sources, so that their paths taken from
    // `import.meta.url` (`../../templates/…`) reach the same files from the bundle.
    outdir: 'build/generator',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Dependencies stay in node_modules: they are JavaScript already, and loading them as they are keeps their own paths.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [tsMorphOnDemand],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildGenerator();
