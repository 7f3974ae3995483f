/**
 * Emitted method files cached by a hash of what makes them: the method's model and the emitter's
 * own source. A regeneration after one page changed emits and formats only that page's methods.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Method, SharedObject } from '../model/types.ts';
import { projectPath } from '../disk/project-root.ts';
import { writeFileAtomic } from '../disk/write-atomic.ts';
import { PRETTIER_VERSION } from './format.ts';

const GENERATOR = projectPath('generator');

/** Files outside emit/, resolve/ and catalog/ whose code the emitter runs (error-enum.ts checks codes with it). */
const EMITTER_FILES = ['model/snake-case.ts'];

let emitterHash: string | null = null;

/**
 * A hash of every source file the emitted code depends on (the emitter, names, catalogs); what
 * inference resolved is in the method's model itself, so it reaches the key through methodKey.
 */
function emitterVersion(): string {
  if (emitterHash) return emitterHash;
  const hash = createHash('sha256').update(PRETTIER_VERSION);
  for (const dir of ['emit', 'resolve', 'catalog']) {
    for (const name of readdirSync(join(GENERATOR, dir)).sort())
      hash.update(name).update(readFileSync(join(GENERATOR, dir, name)));
  }
  for (const file of EMITTER_FILES) hash.update(file).update(readFileSync(join(GENERATOR, file)));
  emitterHash = hash.digest('hex');
  return emitterHash;
}

export interface CachedMethodFile {
  text: string;
  shared: string[];
}

/** Keys already computed, by method: a family's key reads its methods' again. */
const keys = new WeakMap<Method, string>();

/**
 * The recorded responses' bodies are left out: what they show reaches the emitted code only
 * through the resolved types, which are in the key (and hashing their megabytes cost more than
 * emitting).
 */
export function methodKey(method: Method): string {
  const known = keys.get(method);
  if (known) return known;
  const { diagnostics: _d, sources: _s, provenance: _p, responses, ...facts } = method;
  const documented = responses.map((r) => (r.observed ? { ...r, example: null } : r));
  const key = createHash('sha256')
    .update(emitterVersion())
    .update(JSON.stringify({ ...facts, responses: documented }))
    .digest('hex');
  keys.set(method, key);
  return key;
}

/** A client family file depends on its methods' models (their names, arguments, docs). */
export function familyKey(family: string, methods: readonly Method[]): string {
  const hash = createHash('sha256').update(emitterVersion()).update(`family\0${family}`);
  for (const m of methods) hash.update(methodKey(m));
  return hash.digest('hex');
}

/** The client's maps and class depend on every method's model, and on nothing else. */
export function clientKey(methods: readonly Method[]): string {
  const hash = createHash('sha256').update(emitterVersion()).update('client\0');
  for (const m of methods) hash.update(methodKey(m));
  return hash.digest('hex');
}

/** shared.ts declares the shared objects the methods name, as resolved. */
export function sharedKey(names: Iterable<string>, shared: readonly SharedObject[]): string {
  return createHash('sha256')
    .update(emitterVersion())
    .update('shared\0')
    .update(JSON.stringify([[...names].sort(), shared]))
    .digest('hex');
}

/** What this process already read or wrote, so a long-running generator does not read it again. */
const inMemory = new Map<string, CachedMethodFile>();

export function readCachedMethod(cacheDir: string | null, key: string): CachedMethodFile | null {
  if (!cacheDir) return null;
  const remembered = inMemory.get(`${cacheDir}\0${key}`);
  if (remembered) return remembered;
  const path = join(cacheDir, `${key}.json`);
  if (!existsSync(path)) return null;
  const file = JSON.parse(readFileSync(path, 'utf8')) as CachedMethodFile;
  inMemory.set(`${cacheDir}\0${key}`, file);
  return file;
}

export function writeCachedMethod(cacheDir: string | null, key: string, file: CachedMethodFile): void {
  if (!cacheDir) return;
  inMemory.set(`${cacheDir}\0${key}`, file);
  writeFileAtomic(join(cacheDir, `${key}.json`), JSON.stringify(file));
}
