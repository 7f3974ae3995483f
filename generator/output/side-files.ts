/**
 * The names of what the writer keeps beside the output folder (in the same parent, so renames
 * stay on one file system): `.<name>.lock`, `.<name>.journal`, and scratch folders
 * `.<name>.staging-<pid>-<rand>` and `.<name>.backup-<pid>-<rand>`.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export interface Beside {
  parent: string;
  name: string;
}

export type ScratchKind = 'staging' | 'backup';

export const lockFile = (b: Beside): string => join(b.parent, `.${b.name}.lock`);

export const journalFile = (b: Beside): string => join(b.parent, `.${b.name}.journal`);

/** A fresh scratch folder name for this process (the folder is not created). */
export function scratchName(b: Beside, kind: ScratchKind): string {
  return `.${b.name}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pid in a scratch folder name of this output, or `undefined` for any other name. */
export function scratchOwner(
  b: Beside,
  entry: string,
  kinds: readonly ScratchKind[] = ['staging', 'backup'],
): number | undefined {
  const match = new RegExp(`^\\.${escape(b.name)}\\.(${kinds.join('|')})-(\\d+)-[0-9a-f]{8}$`).exec(entry);
  return match ? Number(match[2]) : undefined;
}
