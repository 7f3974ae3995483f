/** The command line as a maintainer runs it. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_INPUT } from './helpers/pages.ts';

const ROOT = join(DOCS_INPUT, '..');
/** Runs the CLI with its output folder in a temporary directory, never in the project's generated/. */
const run = (args: string[], out = mkdtempSync(join(tmpdir(), 'out-'))) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'generator/cli.ts'), '--out', out, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('npm run generate', () => {
  it('writes the model of the pages it reads and prints a summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-'));
    const r = run(['--input', DOCS_INPUT, '--model-out', join(dir, 'model.json')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /\d+ pages, \d+ methods, \d+ arguments, \d+ error codes; diagnostics: 0 errors, \d+ warnings, \d+ notes/,
    );
    const model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
    expect(model.methods.map((m: { name: string }) => m.name)).toEqual(
      expect.arrayContaining(['oauth.token', 'oauth.v2.access', 'oauth.v2.user.access']),
    );
  });

  it('gives byte-identical models for the same pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-'));
    run(['--input', DOCS_INPUT, '--model-out', join(dir, 'a.json')]);
    run(['--input', DOCS_INPUT, '--model-out', join(dir, 'b.json')]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  });

  it('fails with warnings under --strict and names the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(
      join(dir, 'pages', 'team.info.txt'),
      'Arguments\nnothing that reads as a row here at all\n',
    );
    const r = run(['--input', join(dir, 'pages'), '--strict']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('team.info.txt');
    expect(r.stdout).toContain('args/unreadable');
  });

  it('stops with a clear message when an input folder does not exist', () => {
    const r = run(['--input', '/nonexistent/pages']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Input folder /nonexistent/pages does not exist.');
  });

  it('--check fails on a hand-edited generated file, naming it with a diff, and passes after regenerating', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'check-')), 'generated');
    expect(run(['--input', DOCS_INPUT], out).status).toBe(0);
    expect(run(['--input', DOCS_INPUT, '--check'], out).status).toBe(0);
    const file = join(out, 'methods', 'oauth.token.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('client_id: string', 'client_id?: string'));
    const stale = run(['--input', DOCS_INPUT, '--check'], out);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('changed methods/oauth.token.ts');
    expect(stale.stdout).toContain('-   client_id?: string | number | boolean;');
    expect(run(['--input', DOCS_INPUT], out).status).toBe(0);
    expect(run(['--input', DOCS_INPUT, '--check'], out).status).toBe(0);
  });

  it('--report writes the diagnostics as JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    run(['--input', DOCS_INPUT, '--report', join(dir, 'report.json')]);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'responses/json-recovered',
        file: 'api.slack.com/oauth.token.txt',
        severity: 'warning',
      }),
    );
  });

  it('--watch regenerates when a page changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'watch-'));
    mkdirSync(join(dir, 'pages'));
    const page = join(dir, 'pages', 'team.info.txt');
    writeFileSync(page, 'Gets information about the team.\nArguments\nteamstringOptionalThe team.\n');
    const out = join(dir, 'out');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'generator/cli.ts'),
        '--input',
        join(dir, 'pages'),
        '--out',
        out,
        '--watch',
      ],
      { cwd: ROOT },
    );
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const waitFor = async (text: string) => {
      for (let i = 0; i < 200 && !stdout.includes(text); i++) await new Promise((r) => setTimeout(r, 50));
      expect(stdout).toContain(text);
    };
    try {
      await waitFor('watching for changes');
      writeFileSync(
        page,
        'Gets information about the team.\nArguments\nteamstringOptionalThe team.\ndomainstringOptionalThe domain.\n',
      );
      await waitFor('regenerated in');
      const model = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8'));
      expect(model.methods[0].args.map((a: { name: string }) => a.name)).toEqual(['team', 'domain']);
    } finally {
      child.kill();
    }
  });
});
