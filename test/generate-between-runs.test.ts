/**
 * A running generator (--watch) remembers what it read, built and wrote between runs, and after a
 * change redoes only what the change touches. What it writes must still be byte for byte what a
 * new process writes from the same pages into the same output: each step below regenerates in
 * this process, then runs the command line afresh (no caches) on a copy of the output as it was
 * before the step, and compares every file, the manifest included.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { generate, rememberBetweenRuns } from '../generator/generate.ts';
import { DOCS_INPUT } from './helpers/pages.ts';
import { RECORDS, RESPONSES } from './helpers/records.ts';

const ROOT = join(DOCS_INPUT, '..');
const FAMILIES = /^(chat|conversations)\./;

/** The chat and conversations records and their recorded responses, copied to be edited. */
function scratchInputs(dir: string): { methods: string; responses: string } {
  const methods = join(dir, 'methods');
  const responses = join(dir, 'responses');
  for (const [from, to] of [
    [RECORDS, methods],
    [RESPONSES, responses],
  ] as const) {
    mkdirSync(to);
    for (const name of readdirSync(from).filter((n) => FAMILIES.test(n)))
      cpSync(join(from, name), join(to, name));
  }
  return { methods, responses };
}

/** Every file under `dir`, by relative path. */
function tree(dir: string, base = dir, into = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tree(path, base, into);
    else into.set(relative(base, path), readFileSync(path, 'utf8'));
  }
  return into;
}

/** The command line in a new process, with empty caches: a cold run. */
function coldRun(inputs: { methods: string; responses: string }, out: string, cache: string): number | null {
  const cli = join(ROOT, 'generator/cli.ts');
  const args = ['--input', inputs.methods, '--input', inputs.responses, '--out', out];
  return spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: ROOT,
    env: { ...process.env, SLACK_CODEGEN_CACHE: join(cache, 'format') },
    encoding: 'utf8',
  }).status;
}

function editJson(path: string, edit: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(path, JSON.stringify(value, null, 2));
}

describe('a generator that remembers between runs', () => {
  rememberBetweenRuns();
  const dir = mkdtempSync(join(tmpdir(), 'between-runs-'));
  const inputs = scratchInputs(dir);
  const out = join(dir, 'out');
  const opts = { input: [inputs.methods, inputs.responses], out, watch: true };

  /** Regenerates here and in a new process from the output as it is now; both trees. */
  async function bothAfter(step: string): Promise<[Map<string, string>, Map<string, string>]> {
    const before = join(dir, `before-${step}`);
    cpSync(out, before, { recursive: true });
    expect(await generate(opts)).toBe(0);
    expect(coldRun(inputs, before, join(dir, `cache-${step}`))).toBe(0);
    return [tree(out), tree(before)];
  }

  it('writes what a new process writes after a description and a recorded response changed', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await generate(opts)).toBe(0);
    const modelBefore = readFileSync(join(out, 'model.json'), 'utf8');
    editJson(join(inputs.methods, 'chat.postMessage.json'), (r) => {
      r['desc'] = 'Sends a message to a channel, changed.';
    });
    editJson(join(inputs.responses, 'conversations.history.json'), (r) => {
      (r['messages'] as Record<string, unknown>[])[0]!['field_seen_once'] = 'new';
    });
    const [watched, cold] = await bothAfter('edit');
    expect(watched.get('model.json')).not.toBe(modelBefore);
    expect(watched.get('model.json')).toContain('Sends a message to a channel, changed.');
    expect(watched.get('shared.ts')).toContain('field_seen_once');
    expect([...watched.keys()]).toEqual([...cold.keys()]);
    for (const [path, text] of cold) expect(watched.get(path), path).toBe(text);
  }, 120_000);

  it('writes what a new process writes after a method is removed and a generated file edited by hand', async () => {
    rmSync(join(inputs.methods, 'chat.meMessage.json'));
    rmSync(join(inputs.responses, 'chat.meMessage.json'), { force: true });
    const handEdited = join(out, 'methods', 'chat.update.ts');
    writeFileSync(handEdited, `${readFileSync(handEdited, 'utf8')}// edited by hand\n`);
    const [watched, cold] = await bothAfter('removal');
    expect(watched.has('methods/chat.meMessage.ts')).toBe(false);
    expect(watched.get('methods/chat.update.ts')).not.toContain('edited by hand');
    expect(JSON.parse(watched.get('package.json')!)).toMatchObject({ version: '1.0.0' });
    expect([...watched.keys()]).toEqual([...cold.keys()]);
    for (const [path, text] of cold) expect(watched.get(path), path).toBe(text);
  }, 120_000);
});
