/** The names methods may not take are exactly those the package's own modules export. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_ERROR_CODE } from '../../generator/emit/error-enum.ts';
import { RESERVED_EXPORTS } from '../../generator/resolve/reserved-names.ts';

/** Every name in the `export { … }` and `export type { … }` lists of the runtime's entry point. */
function runtimeExports(): string[] {
  const text = readFileSync(new URL('../../templates/runtime/index.ts', import.meta.url), 'utf8');
  return [...text.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean),
  );
}

describe('reserved export names', () => {
  it("are the runtime's exports, the client class and the common error codes", () => {
    expect([...RESERVED_EXPORTS].sort()).toEqual(
      [...runtimeExports(), 'SlackClient', COMMON_ERROR_CODE].sort(),
    );
  });
});
