/**
 * The GitHub workflows cannot run here, so they are validated: against the workflow schema
 * (action-validator) and for what they must do (schedule, check, pinned actions).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { validateWorkflow } = require('@action-validator/core') as {
  validateWorkflow: (src: string) => { errors: unknown[] };
};
const DIR = fileURLToPath(new URL('../../.github/workflows', import.meta.url));
const workflows = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .sort();
const text = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('GitHub workflows', () => {
  it.each(workflows)('%s is a valid workflow', (name) => {
    expect(validateWorkflow(text(name)).errors).toEqual([]);
  });

  it.each(workflows)('%s pins every action to a version', (name) => {
    const uses = [...text(name).matchAll(/uses:\s*(\S+)/g)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
  });

  it('regenerates on a schedule and by hand, and opens a pull request with the change report', () => {
    const w = text('regenerate.yml');
    expect(w).toMatch(/schedule:\s*\n\s*- cron:/);
    expect(w).toContain('workflow_dispatch:');
    expect(w).toContain('npm run fetch --');
    expect(w).toContain('--report-changes');
    expect(w).toContain('body-path: ${{ runner.temp }}/CHANGES.md');
  });

  it('fails a pull request whose generated/ is stale', () => {
    const w = text('check.yml');
    expect(w).toContain('pull_request:');
    expect(w).toContain('npm run generate -- --check');
  });

  it('rejects a broken workflow (the validator is not a no-op)', () => {
    expect(validateWorkflow('on: push\njobs:\n  a:\n    steps: 3\n').errors.length).toBeGreaterThan(0);
  });
});
