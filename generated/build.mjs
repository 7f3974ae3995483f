// Generated: builds dist/ after `tsc -p tsconfig.build.json` wrote the declarations (see package.json).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ENTRIES = [{"source":"index","command":false},{"source":"methods","command":false},{"source":"testing/index","command":false},{"source":"testing/bin","command":true}];

/** The declaration files the library entries import, directly or not (relative specifiers); a command needs none. */
function reachable(root) {
  const seen = new Set();
  const queue = ENTRIES.filter((e) => !e.command).map((e) => join(root, `${e.source}.d.ts`));
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g))
      queue.push(join(dirname(file), spec.replace(/\.js$/, '.d.ts')));
  }
  return seen;
}

const keep = reachable('dist/cjs');
for (const file of readdirSync('dist/cjs', { recursive: true }).map((f) => join('dist/cjs', f)))
  if (file.endsWith('.d.ts') && !keep.has(file)) rmSync(file);
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
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
  const entryPoints = [`${source}.ts`];
  const banner = command ? { js: '#!/usr/bin/env node' } : undefined;
  await build({ ...common, entryPoints, format: 'esm', outfile: `dist/esm/${source}.js`, banner });
  if (command) continue;
  await build({ ...common, entryPoints, format: 'cjs', outfile: `dist/cjs/${source}.js` });
  const types = join('dist/esm', `${source}.d.ts`);
  mkdirSync(dirname(types), { recursive: true });
  writeFileSync(types, `export * from '${relative(dirname(types), join('dist/cjs', source))}.js';\n`);
}
console.log(`dist/: ${ENTRIES.length} entry points, ${keep.size} declaration files they reach`);
