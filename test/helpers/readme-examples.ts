/** The TypeScript examples of a README, written into a package folder so that tsc checks them. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_NAME } from '../../generator/emit/package-files.ts';

/** The bodies of the README's ```ts blocks, in order. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/**
 * Each block as a module of its own in `<dir>/<folder>/`, importing the package from its folder;
 * returns the files written. `export {}` keeps a block without imports a module (top-level await).
 */
export function writeReadmeExamples(dir: string, folder: string, markdown: string): string[] {
  mkdirSync(join(dir, folder), { recursive: true });
  return tsBlocks(markdown).map((block, i) => {
    const file = join(dir, folder, `example-${i + 1}.ts`);
    const local = block
      .replaceAll(`'${PACKAGE_NAME}'`, "'../index.js'")
      .replaceAll(`'${PACKAGE_NAME}/methods'`, "'../methods.js'");
    writeFileSync(file, `${local}\nexport {};\n`);
    return file;
  });
}
