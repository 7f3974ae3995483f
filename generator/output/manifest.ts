/**
 * The ownership manifest, `.slack-codegen.json` in the output folder: the files the generator
 * wrote, with their hashes. Only these are ever replaced or removed; everything else in the
 * folder (node_modules, dist, a user's notes) belongs to someone else.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { OutputError } from './output-error.ts';
import { isSafeRelativePath } from './relative-path.ts';
import { readIfExists } from '../disk/read-if-exists.ts';
import { utf8Pieces } from '../disk/text-bytes.ts';

export const MANIFEST_NAME = '.slack-codegen.json';
const GENERATOR = 'slack-web-api-codegen';
const VERSION = 1;

export function sha256(content: string): string {
  const hash = createHash('sha256');
  for (const piece of utf8Pieces(content)) hash.update(piece);
  return hash.digest('hex');
}

/**
 * The manifest for a set of generated files: sorted, no timestamps, so equal files give equal
 * text. `hash` is sha256 of a file's content (a running generator passes one that remembers).
 */
export function manifestContent(
  files: ReadonlyMap<string, string>,
  hash: (path: string, content: string) => string = (_, content) => sha256(content),
): string {
  const paths = [...files.keys()].sort();
  // Written by hand rather than JSON.stringify(object): objects put integer-like keys first.
  const lines = paths.map(
    (p, i) =>
      `    ${JSON.stringify(p)}: ${JSON.stringify(hash(p, files.get(p)!))}${i < paths.length - 1 ? ',' : ''}`,
  );
  const body = lines.length > 0 ? `{\n${lines.join('\n')}\n  }` : '{}';
  return `{\n  "generator": ${JSON.stringify(GENERATOR)},\n  "version": ${VERSION},\n  "files": ${body}\n}\n`;
}

export interface Manifest {
  /** The text on disk, to tell whether it needs rewriting. */
  text: string;
  /** Relative path → sha256 of the content written. */
  files: Map<string, string>;
}

/**
 * The manifest in `folder`, or `undefined` when there is none. One that is not ours or is
 * damaged is refused, since trusting it could remove files the generator never wrote; with
 * `force` it is ignored instead (the folder is adopted as if it had none).
 */
export function readManifest(folder: string, force = false): Manifest | undefined {
  const path = join(folder, MANIFEST_NAME);
  const text = readIfExists(path);
  if (text === undefined) return undefined;
  const files = parseManifest(text);
  if (files) return { text, files };
  if (force) return undefined;
  throw new OutputError(
    `${path} is not a manifest this generator wrote or it is damaged; nothing was changed. Delete it, or pass --force to adopt the folder`,
  );
}

function parseManifest(text: string): Map<string, string> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { generator, version, files } = (data ?? {}) as Record<string, unknown>;
  if (
    generator !== GENERATOR ||
    version !== VERSION ||
    typeof files !== 'object' ||
    files === null ||
    Array.isArray(files)
  )
    return undefined;
  const entries = Object.entries(files);
  const valid = entries.every(
    ([p, hash]) => isSafeRelativePath(p) && p !== MANIFEST_NAME && typeof hash === 'string',
  );
  return valid ? new Map(entries as [string, string][]) : undefined;
}
