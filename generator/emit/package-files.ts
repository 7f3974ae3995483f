/** The files that make `generated/` a package of its own: manifest, compiler settings, entry point. */
import { ECOSYSTEM_PACKAGE, ECOSYSTEM_VERSION } from '../catalog/ecosystem-types.ts';
import type { Method } from '../model/types.ts';
import { binMap, exportsMap, MAIN_ENTRY, typesVersionsMap, type PackageEntry } from './package-build.ts';
import { specName } from './method-file.ts';
import { HEADER } from './render-files.ts';

export const PACKAGE_NAME = 'slack-web-api-typed';

/** The manifest: an ESM and a CommonJS build of each entry point (generator/emit/package-build.ts). */
export function packageJson(version: string, entries: readonly PackageEntry[] = [MAIN_ENTRY]): string {
  const bin = binMap(entries);
  const manifest = {
    name: PACKAGE_NAME,
    version,
    description: 'A typed Slack Web API client, generated from the Slack reference pages.',
    license: 'MIT',
    type: 'module',
    exports: exportsMap(entries),
    main: './dist/cjs/index.js',
    types: './dist/cjs/index.d.ts',
    typesVersions: typesVersionsMap(entries),
    ...(bin ? { bin } : {}),
    files: ['dist', 'LICENSE', 'README.md'],
    sideEffects: false,
    engines: { node: '>=20.18.1' },
    scripts: { build: 'tsc -p tsconfig.build.json && node build.mjs', prepack: 'npm run build' },
    // The Block Kit, attachment, view and metadata types: imported with `import type` only, so
    // nothing of it is in the bundle, but a consumer's compiler reads them.
    dependencies: { [ECOSYSTEM_PACKAGE]: `^${ECOSYSTEM_VERSION}`, undici: '^7.30.2' },
    devDependencies: { '@types/node': '^20.19.0', esbuild: '^0.28.2', typescript: '^7.0.2' },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
    },
    include: ['**/*.ts'],
    exclude: ['dist', 'node_modules'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Compiler settings for `npm run build`: the declarations into dist/cjs (esbuild writes the JavaScript). */
export function tsconfigBuildJson(): string {
  const config = {
    extends: './tsconfig.json',
    compilerOptions: {
      noEmit: false,
      outDir: 'dist/cjs',
      rootDir: '.',
      declaration: true,
      emitDeclarationOnly: true,
      sourceMap: false,
    },
    include: ['**/*.ts'],
    exclude: ['dist', 'node_modules'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * index.ts, the main entry: the client, the runtime, the common error codes, and of each method
 * its spec (for `isApiErrorOf`) and its types. Its request function and error-code object are
 * in methods.ts: importing the client then builds none of the 300-odd code objects, which were
 * a third of its import cost (BENCHMARKS.md, "Import and size").
 */
export function indexTs(methods: readonly Method[], hasShared: boolean): string {
  const lines = [
    HEADER.trimEnd(),
    "export * from './runtime/index.js';",
    "export { SlackClient } from './client.js';",
    "export * from './common-errors.js';",
    ...(hasShared ? ["export type * from './shared.js';"] : []),
    ...methods.flatMap((m) => [
      // One line however long: prettier keeps an export of a single name so.
      `export { ${specName(m)} } from './methods/${m.name}.js';`,
      `export type * from './methods/${m.name}.js';`,
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

/** methods.ts, the `./methods` entry: every export of every method file, values included. */
export function methodsIndexTs(methods: readonly Method[]): string {
  // Method names are dotted words (model/method-name.ts): single quotes need no escaping, as prettier writes them.
  const lines = [HEADER.trimEnd(), ...methods.map((m) => `export * from './methods/${m.name}.js';`)];
  return `${lines.join('\n')}\n`;
}

/** What a build and an install leave in the package folder, which git should not keep. */
export function gitignore(): string {
  return ['node_modules/', 'dist/', 'package-lock.json', '*.tgz', ''].join('\n');
}

export function license(): string {
  return `MIT License

Copyright (c) the slack-web-api-codegen authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;
}
