/** The package's version moves by the bump the API changes imply. */
import { describe, expect, it } from 'vitest';
import type { Bump } from '../../generator/changes/diff-models.ts';
import { bumpVersion, nextVersion } from '../../generator/changes/version.ts';

describe('the next version of the package', () => {
  const cases: { kept: string | null; bump: Bump; want: string }[] = [
    { kept: '0.1.0', bump: 'major', want: '1.0.0' },
    { kept: '0.1.0', bump: 'minor', want: '0.2.0' },
    { kept: '0.1.0', bump: 'patch', want: '0.1.1' },
    { kept: '0.1.0', bump: 'none', want: '0.1.0' },
    { kept: '1.4.9', bump: 'minor', want: '1.5.0' },
    { kept: '1.4.9', bump: 'major', want: '2.0.0' },
    { kept: null, bump: 'minor', want: '0.1.0' },
  ];
  for (const { kept, bump, want } of cases) {
    it(`is ${want} after a ${bump} bump from ${kept ?? 'no previous output'}`, () =>
      expect(nextVersion(kept, bump)).toBe(want));
  }

  it('refuses a version that is not major.minor.patch', () =>
    expect(() => bumpVersion('1.0.0-beta', 'minor')).toThrow('not a major.minor.patch version'));
});
