/**
 * What tells one version of a file from another without reading it: its inode (a file replaced
 * by a rename has another), size and times (a write in place moves them). A running generator
 * skips reading or hashing a file whose stamp is the one it saw when it last had its content.
 */
import type { Stats } from 'node:fs';

export function fileStamp(stat: Stats): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

/**
 * File times tick coarsely (a few milliseconds, seconds on some file systems): a file changed
 * this recently could change again within the same tick, same size, and keep its stamp. Like
 * git's racy-clean rule, such a file is not trusted by its stamp.
 */
const SETTLED_AFTER_MS = 2000;

export function settled(stat: Stats, now = Date.now()): boolean {
  return Math.max(stat.mtimeMs, stat.ctimeMs) < now - SETTLED_AFTER_MS;
}
