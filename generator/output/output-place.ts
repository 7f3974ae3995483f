/**
 * Where the output folder really is, and whether it is a sensible place to write a package:
 * not the file system root, not home, not the project itself, not mixed up with the inputs.
 */
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { OutputError, withOutputErrors } from './output-error.ts';

export interface OutputPlace {
  /** The path as the user gave it, for messages. */
  given: string;
  /** Absolute, with symbolic links followed as far as the path exists. */
  path: string;
  /** The folder that holds it: staging, backup, lock and journal live here (same file system). */
  parent: string;
  name: string;
}

const code = (err: unknown) => (err as { code?: string }).code;

/** The real path of `p` where it exists (symlinks followed), the rest resolved as written. */
export function realPathOrResolved(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync(abs);
  } catch (err) {
    if (code(err) !== 'ENOENT' && code(err) !== 'ENOTDIR') throw err;
  }
  const parent = dirname(abs);
  return parent === abs ? abs : join(realPathOrResolved(parent), basename(abs));
}

/** `true` when `inner` is `outer` or lies inside it. */
export function isInsideOrSame(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The output's place, without looking at what is there. The root of a file system is refused. */
export function placeOf(out: string): OutputPlace {
  const path = realPathOrResolved(out);
  if (dirname(path) === path)
    throw new OutputError(
      `--out ${out} is the root of the file system; pick a folder of its own, like ./generated`,
    );
  return { given: out, path, parent: dirname(path), name: basename(path) };
}

/** The output's place and whether the folder exists; a file or a dangling link there is refused. */
export function locateOutput(out: string): OutputPlace & { exists: boolean } {
  const place = placeOf(out);
  try {
    if (!statSync(place.path).isDirectory()) throw new OutputError(`--out ${out} is a file, not a folder`);
    return { ...place, exists: true };
  } catch (err) {
    if (code(err) !== 'ENOENT') throw err;
  }
  // stat follows links and lstat does not: a link whose target is missing.
  const link = lstatOrUndefined(place.path);
  if (link?.isSymbolicLink()) {
    throw new OutputError(
      `--out ${out} is a symbolic link to ${readlinkSync(place.path)}, which does not exist; create that folder or remove the link`,
    );
  }
  return { ...place, exists: false };
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch (err) {
    if (code(err) === 'ENOENT') return undefined;
    throw err;
  }
}

export interface KnownPlaces {
  projectRoot: string;
  home: string;
}

/** Throws an OutputError saying why and what to do when `out` is no place for a generated package. */
export function checkOutputPlace(out: string, inputs: readonly string[], places: KnownPlaces): void {
  withOutputErrors(out, () => checkPlace(out, inputs, places));
}

function checkPlace(out: string, inputs: readonly string[], places: KnownPlaces): void {
  const path = realPathOrResolved(out);
  const pick = 'pick a folder of its own, like ./generated';
  if (dirname(path) === path) throw new OutputError(`--out ${out} is the root of the file system; ${pick}`);
  if (path === realPathOrResolved(places.home))
    throw new OutputError(`--out ${out} is your home folder; ${pick}`);
  const project = realPathOrResolved(places.projectRoot);
  if (isInsideOrSame(project, path)) {
    throw new OutputError(`--out ${out} holds the generator's own project (${project}); ${pick}`);
  }
  for (const input of inputs) {
    const from = realPathOrResolved(input);
    if (isInsideOrSame(path, from)) {
      throw new OutputError(
        `--out ${out} is inside the input folder ${input}: generated files would be read as pages; put the output outside ${input}`,
      );
    }
    if (isInsideOrSame(from, path)) {
      throw new OutputError(
        `the input folder ${input} is inside --out ${out}: writing the output could change or remove the pages; put the output elsewhere`,
      );
    }
  }
}
