/**
 * Functions stay short enough to read at a glance: none in the generator or the shipped runtime
 * runs over 60 lines (from its declaration to its closing brace). A longer one is split into
 * named steps, so its name and its steps' names tell what it does.
 */
import { fileURLToPath } from 'node:url';
import { Node, Project, type SourceFile } from 'ts-morph';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 60;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every function-like node of a file over the limit, as `path:line name (n lines)`. */
function longFunctions(file: SourceFile): string[] {
  const out: string[] = [];
  file.forEachDescendant((node) => {
    if (!Node.isFunctionLikeDeclaration(node)) return;
    const lines = node.getEndLineNumber() - node.getStartLineNumber() + 1;
    if (lines <= MAX_LINES) return;
    const name = Node.hasName(node) ? node.getName() : (node.getParent()?.getKindName() ?? 'function');
    out.push(
      `${file.getFilePath().slice(ROOT.length)}:${node.getStartLineNumber()} ${name} (${lines} lines)`,
    );
  });
  return out;
}

describe('function length', () => {
  const project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { allowJs: true } });
  project.addSourceFilesAtPaths([`${ROOT}generator/**/*.{ts,mts,mjs}`, `${ROOT}templates/**/*.ts`]);

  it(`reads the sources it checks (${MAX_LINES}-line limit)`, () => {
    expect(project.getSourceFiles().length).toBeGreaterThan(60);
  });

  it(`has no function over ${MAX_LINES} lines in generator/ or templates/`, () => {
    expect(project.getSourceFiles().flatMap(longFunctions)).toEqual([]);
  });
});
