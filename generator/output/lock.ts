/**
 * One run at a time per output folder: a lock file `.<name>.lock` beside it, created with 'wx'
 * (fails when it exists) and holding the pid. A lock whose process is gone is stale and taken
 * over. Re-entrant within one call chain, so the CLI can hold it around a writeTree that takes
 * it too; other tasks of the same process wait like other processes do.
 */
import { linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { tidyBesideOutput } from './leftovers.ts';
import { OutputError, withOutputErrors } from './output-error.ts';
import { placeOf, type OutputPlace } from './output-place.ts';
import { isProcessAlive } from './pid-alive.ts';
import { readIfExists } from '../disk/read-if-exists.ts';
import { lockFile } from './side-files.ts';

export interface LockOptions {
  /** How long to wait for another run to finish (default 60 s). */
  timeoutMs?: number;
  /** How often to look again while waiting (default 50 ms). */
  pollMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** A lock file still empty after this long was left by a run that died while creating it. */
const EMPTY_LOCK_GRACE_MS = 10_000;

function isStale(path: string, content: string): boolean {
  const pid = Number.parseInt(content, 10);
  if (!Number.isNaN(pid)) return !isProcessAlive(pid);
  try {
    return Date.now() - statSync(path).mtimeMs > EMPTY_LOCK_GRACE_MS;
  } catch (err) {
    // Released meanwhile: not stale, just free; the next attempt takes it.
    if ((err as { code?: string }).code === 'ENOENT') return false;
    throw err;
  }
}

/**
 * Moves a stale lock aside (a rename only one process can win), then checks it was the stale
 * one: if another run had just taken it over, its lock is put back.
 */
function takeOver(path: string, content: string): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return;
    throw err;
  }
  if (readIfExists(aside) !== content) {
    try {
      linkSync(aside, path);
    } catch {
      // Yet another run holds it now; theirs wins, ours is gone either way.
    }
  }
  rmSync(aside, { force: true });
}

/** One attempt: `true` when this process now holds the lock. */
function tryLock(path: string): boolean {
  try {
    writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code !== 'EEXIST') throw err;
  }
  const content = readIfExists(path);
  if (content !== undefined && isStale(path, content)) takeOver(path, content);
  return false;
}

function release(path: string): void {
  withOutputErrors(path, () => {
    if (readIfExists(path)?.trim() === String(process.pid)) rmSync(path, { force: true });
  });
}

function timedOut(path: string, timeoutMs: number): OutputError {
  const holder = readIfExists(path)?.trim() || 'unknown';
  return new OutputError(
    `another generator run holds ${path} (pid ${holder}); gave up after ${Math.round(timeoutMs / 1000)} s. ` +
      'Wait for it to finish, or delete the lock file if no such process is running',
  );
}

interface Held {
  place: OutputPlace;
  path: string;
}

/** The lock files this async context holds: nested calls re-enter, concurrent tasks wait. */
const holding = new AsyncLocalStorage<ReadonlySet<string>>();

/** The lock's place; the parent folder is created, since the lock file lives there. */
function prepare(out: string): Held {
  const place = withOutputErrors(out, () => placeOf(out));
  withOutputErrors(place.parent, () => mkdirSync(place.parent, { recursive: true }));
  return { place, path: lockFile(place) };
}

/** One attempt before the deadline: `true` when taken (and tidied); throws once time is up. */
function attempt(held: Held, deadline: number, timeoutMs: number): boolean {
  if (withOutputErrors(held.path, () => tryLock(held.path))) {
    try {
      // Undo a crashed commit and remove dead scratch folders, now that no one else can write.
      withOutputErrors(held.place.given, () => tidyBesideOutput(held.place));
    } catch (err) {
      release(held.path);
      throw err;
    }
    return true;
  }
  if (Date.now() >= deadline) throw timedOut(held.path, timeoutMs);
  return false;
}

function runHolding<T>(held: Held, fn: () => T): T {
  return holding.run(new Set([...(holding.getStore() ?? []), held.path]), fn);
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `fn` holding the output's lock, waiting (blocking) for another process to release it.
 * Another task of this process holding it is an error at once: blocking would deadlock.
 */
export function withOutputLockSync<T>(out: string, fn: () => T, options: LockOptions = {}): T {
  const held = prepare(out);
  if (holding.getStore()?.has(held.path)) return fn();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  while (!attempt(held, deadline, timeoutMs)) {
    if (readIfExists(held.path)?.trim() === String(process.pid)) {
      throw new OutputError(
        `${out} is being written by another task of this process; wait for it (withOutputLock) before writing again`,
      );
    }
    sleepSync(options.pollMs ?? 50);
  }
  try {
    return runHolding(held, fn);
  } finally {
    release(held.path);
  }
}

/** Runs `fn` (sync or async) holding the output's lock, waiting for other runs without blocking. */
export async function withOutputLock<T>(
  out: string,
  fn: () => T | Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const held = prepare(out);
  if (holding.getStore()?.has(held.path)) return fn();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  while (!attempt(held, deadline, timeoutMs)) await new Promise((r) => setTimeout(r, options.pollMs ?? 50));
  try {
    return await runHolding(held, fn);
  } finally {
    release(held.path);
  }
}
