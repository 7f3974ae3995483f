/** The generated client's types reject what they should (see types/consumer.ts). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const TSC = join(HERE, '..', '..', 'node_modules', '.bin', 'tsc');

describe('types of the generated client', () => {
  it('reject missing, unknown and mistyped arguments and keep responses and error codes precise', () => {
    const r = spawnSync(TSC, ['-p', join(HERE, 'types', 'tsconfig.json')], { encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  });
});
