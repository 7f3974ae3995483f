/**
 * The "Testing your app" examples of both READMEs (the project's and the generated package's)
 * compile against a generated package and run against its double, printing what they promise.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PACKAGE_NAME } from '../../generator/emit/package-files.ts';
import { DOCS_INPUT } from '../helpers/pages.ts';
import { generateDouble, type Generated } from './double-client.ts';

const ROOT = join(DOCS_INPUT, '..');
let g: Generated;
let examples: string[];

/** The ```typescript blocks of a README's "Testing your app" section. */
function testingBlocks(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Testing your app')) ?? '';
  return [...section.matchAll(/^```typescript\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

function asModule(block: string): string {
  return `${block
    .replaceAll(`'${PACKAGE_NAME}/testing'`, "'../testing/index.js'")
    .replaceAll(`'${PACKAGE_NAME}'`, "'../index.js'")}\nexport {};\n`;
}

beforeAll(async () => {
  g = await generateDouble();
  mkdirSync(join(g.dir, 'readme-testing'), { recursive: true });
  const blocks = [
    ...testingBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8')),
    ...testingBlocks(readFileSync(join(g.dir, 'README.md'), 'utf8')),
  ];
  examples = blocks.map((block, i) => {
    const file = join(g.dir, 'readme-testing', `example-${i + 1}.ts`);
    writeFileSync(file, asModule(block));
    return file;
  });
});

describe('the Testing your app examples', () => {
  it('are in both READMEs, the project one five lines after its imports', () => {
    const [project] = testingBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    const code = (project ?? '').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('import '));
    expect([examples.length, code.length]).toEqual([2, 5]);
  });

  it('compile under tsc --strict against the package', () => {
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(g.dir, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    const ours = `${r.stdout}${r.stderr}`
      .split('\n')
      .filter((l) => l.includes('readme-testing') || l.includes('testing/'));
    expect(ours).toEqual([]);
  });

  it('run against the double and print the documented error, then the documented answer', async () => {
    const printed: unknown[][] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args));
    try {
      await import(pathToFileURL(examples[0]!).href);
    } finally {
      log.mockRestore();
    }
    expect(printed).toEqual([['channel_not_found'], ['1503435956.000247', 2]]);
  });
});
