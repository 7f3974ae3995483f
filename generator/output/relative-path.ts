/** Paths inside the output folder: relative, forward slashes, never climbing out of it. */
import { OutputError } from './output-error.ts';

/** `true` for `a/b.ts`; `false` for `/a`, `a/../b`, `./a`, `a//b`, `a\b` or an empty path. */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** Throws when a path the generator would write could land outside the output folder. */
export function checkRelativePaths(paths: Iterable<string>, where: string): void {
  for (const path of paths) {
    if (!isSafeRelativePath(path))
      throw new OutputError(
        `${where}: ${JSON.stringify(path)} is not a plain relative path inside the output folder`,
      );
  }
}

/** The folders above a relative path, outermost first: `a/b/c.ts` → `a`, `a/b`. */
export function foldersAbove(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
