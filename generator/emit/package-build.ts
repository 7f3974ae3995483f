/**
 * How the generated package builds: one ESM and one CommonJS bundle per entry point, each beside
 * the declarations its condition reads (dist/esm, dist/cjs). Bundles, because importing 300-odd
 * modules one by one costs more than the whole bundle; two formats, because `require()` of ESM
 * is not in every Node 20 and not in every bundler.
 */

/** An entry point of the package: its subpath in `exports`, its source, and a `bin` name if it is a command. */
export interface PackageEntry {
  subpath: '.' | `./${string}`;
  /** The TypeScript source, relative to the package root, without `.ts`. */
  source: string;
  bin?: string;
}

export const MAIN_ENTRY: PackageEntry = { subpath: '.', source: 'index' };
/** The standalone request functions and the error-code objects: apart, so that importing the client does not build them. */
export const METHODS_ENTRY: PackageEntry = { subpath: './methods', source: 'methods' };

/** The `exports` map: types first in each condition, as TypeScript reads them in order. */
export function exportsMap(entries: readonly PackageEntry[]): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (const e of entries) {
    if (e.bin) continue;
    map[e.subpath] = {
      import: { types: `./dist/esm/${e.source}.d.ts`, default: `./dist/esm/${e.source}.js` },
      require: { types: `./dist/cjs/${e.source}.d.ts`, default: `./dist/cjs/${e.source}.js` },
    };
  }
  map['./package.json'] = './package.json';
  return map;
}

/**
 * `typesVersions`: the declarations of each subpath entry (`./methods`, `./testing`) for
 * TypeScript's older `node10` resolution, which reads no `exports` and would not find them.
 */
export function typesVersionsMap(
  entries: readonly PackageEntry[],
): Record<string, Record<string, string[]>> | undefined {
  const paths = entries
    .filter((e) => e.subpath !== '.' && !e.bin)
    .map((e): [string, string[]] => [e.subpath.slice(2), [`./dist/cjs/${e.source}.d.ts`]]);
  // Without subpaths, no field (JSON leaves an undefined value out).
  return paths.length > 0 ? { '*': Object.fromEntries(paths) } : undefined;
}

/** The `bin` map: commands run the ESM bundle. */
export function binMap(entries: readonly PackageEntry[]): Record<string, string> | undefined {
  const commands = entries.filter((e) => e.bin);
  if (commands.length === 0) return undefined;
  return Object.fromEntries(commands.map((e) => [e.bin!, `./dist/esm/${e.source}.js`]));
}

/**
 * build.mjs: run after `tsc -p tsconfig.build.json` has written the declarations to dist/cjs,
 * where a package.json of `"type": "commonjs"` makes TypeScript read them as CommonJS, as the
 * `require` condition needs. It keeps only the declarations an entry point reaches (tsc writes
 * one per module, internal ones too), gives each ESM bundle a declaration that re-exports the
 * CommonJS one (an ES module may import CommonJS; the reverse is not allowed everywhere), and
 * bundles each entry in both formats.
 */
export function buildScript(entries: readonly PackageEntry[]): string {
  const list = entries.map((e) => ({ source: e.source, command: Boolean(e.bin) }));
  return `// Generated: builds dist/ after \`tsc -p tsconfig.build.json\` wrote the declarations (see package.json).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ENTRIES = ${JSON.stringify(list)};

/** The declaration files the library entries import, directly or not (relative specifiers); a command needs none. */
function reachable(root) {
  const seen = new Set();
  const queue = ENTRIES.filter((e) => !e.command).map((e) => join(root, \`\${e.source}.d.ts\`));
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import\\()\\s*'(\\.[^']+)'/g))
      queue.push(join(dirname(file), spec.replace(/\\.js$/, '.d.ts')));
  }
  return seen;
}

const keep = reachable('dist/cjs');
for (const file of readdirSync('dist/cjs', { recursive: true }).map((f) => join('dist/cjs', f)))
  if (file.endsWith('.d.ts') && !keep.has(file)) rmSync(file);
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\\n');
// Whitespace and syntax only: the declarations carry the docs, and names stay readable in stack traces.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['undici', '@slack/types'],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};
for (const { source, command } of ENTRIES) {
  const entryPoints = [\`\${source}.ts\`];
  const banner = command ? { js: '#!/usr/bin/env node' } : undefined;
  await build({ ...common, entryPoints, format: 'esm', outfile: \`dist/esm/\${source}.js\`, banner });
  if (command) continue;
  await build({ ...common, entryPoints, format: 'cjs', outfile: \`dist/cjs/\${source}.js\` });
  const types = join('dist/esm', \`\${source}.d.ts\`);
  mkdirSync(dirname(types), { recursive: true });
  writeFileSync(types, \`export * from '\${relative(dirname(types), join('dist/cjs', source))}.js';\\n\`);
}
console.log(\`dist/: \${ENTRIES.length} entry points, \${keep.size} declaration files they reach\`);
`;
}
