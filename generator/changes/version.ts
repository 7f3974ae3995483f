/**
 * The generated package's version, moved by the semver bump the API changes imply
 * (diff-models.ts): breaking → next major, additions → next minor, docs only → next patch.
 */
import type { Bump } from './diff-models.ts';

/** The version of a package generated for the first time (no package.json in the output yet). */
export const FIRST_VERSION = '0.1.0';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** Whether a version is plain `major.minor.patch` (the only kind the generator writes). */
export function isPlainVersion(version: string): boolean {
  return SEMVER.test(version);
}

export function bumpVersion(version: string, bump: Bump): string {
  const match = SEMVER.exec(version);
  if (!match) throw new Error(`not a major.minor.patch version: ${version}`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  switch (bump) {
    case 'major':
      return `${major + 1}.0.0`;
    case 'minor':
      return `${major}.${minor + 1}.0`;
    case 'patch':
      return `${major}.${minor}.${patch + 1}`;
    case 'none':
      return version;
  }
}

/** The version after `bump` from the one kept in the output; a package generated for the first time starts at 0.1.0. */
export function nextVersion(kept: string | null, bump: Bump): string {
  return kept === null ? FIRST_VERSION : bumpVersion(kept, bump);
}
