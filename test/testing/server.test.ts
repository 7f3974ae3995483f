/**
 * The double as a real HTTP server: any client can point its base URL at it (curl here), the
 * control routes steer it, and the `slack-mock` command prints its base URL first and serves
 * until stopped.
 */
import { execFile, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDouble, type Generated } from './double-client.ts';

const run = promisify(execFile);
let g: Generated;
// oxlint-disable-next-line typescript/no-explicit-any
let mock: any;
let base: string;
const TOKEN = 'xoxb-1-2-curl';

beforeAll(async () => {
  g = await generateDouble();
  mock = g.testing.createSlackMock();
  base = (await mock.listen()).url;
});

afterAll(async () => {
  await mock.close();
});

beforeEach(() => {
  mock.reset();
});

const origin = () => base.replace(/\/api\/$/, '');

async function post(path: string, body: unknown) {
  const res = await fetch(`${origin()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function curl(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('curl', ['-s', ...args]);
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('the double over HTTP', () => {
  it('serves the API under a base URL of the form http://127.0.0.1:<port>/api/', () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
  });

  it('answers curl with the documented example', async () => {
    const body = await curl(
      '-H',
      `Authorization: Bearer ${TOKEN}`,
      '-d',
      'channel=C1',
      '-d',
      'text=hi',
      `${base}chat.postMessage`,
    );
    expect([body['ok'], body['channel']]).toEqual([true, 'C123ABC456']);
  });

  it('answers curl without a token with not_authed', async () => {
    const body = await curl('-d', 'channel=C1', `${base}chat.postMessage`);
    expect(body).toEqual({ ok: false, error: 'not_authed' });
  });

  it('fails a method with a documented code set through POST /_mock/fail', async () => {
    await post('/_mock/fail', { method: 'chat.postMessage', error: 'is_archived', times: 1 });
    const body = await curl(
      '-H',
      `Authorization: Bearer ${TOKEN}`,
      '-d',
      'channel=C1&text=hi',
      `${base}chat.postMessage`,
    );
    expect(body).toEqual({ ok: false, error: 'is_archived' });
  });

  it('refuses through the control route an error code the method does not document', async () => {
    const res = await post('/_mock/fail', { method: 'chat.postMessage', error: 'made_up' });
    expect([res.status, res.body['ok']]).toEqual([400, false]);
  });

  it('answers with the response set through POST /_mock/respond', async () => {
    await post('/_mock/respond', { method: 'auth.test', response: { user: 'ada' } });
    const body = await curl('-H', `Authorization: Bearer ${TOKEN}`, '-X', 'POST', `${base}auth.test`);
    expect(body['user']).toBe('ada');
  });

  it('lists the calls received through GET /_mock/calls, tokens redacted', async () => {
    await curl('-H', `Authorization: Bearer ${TOKEN}`, '-d', 'channel=C1&text=hi', `${base}chat.postMessage`);
    const res = await fetch(`${origin()}/_mock/calls?method=chat.postMessage`);
    const text = await res.text();
    const calls = (JSON.parse(text) as { calls: { args: unknown }[] }).calls;
    expect([calls.map((c) => c.args), text.includes(TOKEN)]).toEqual([
      [{ channel: 'C1', text: 'hi' }],
      false,
    ]);
  });

  it('forgets what it was told through POST /_mock/reset', async () => {
    await post('/_mock/fail', { method: 'auth.test', error: 'invalid_auth' });
    await post('/_mock/reset', {});
    const body = await curl('-H', `Authorization: Bearer ${TOKEN}`, '-X', 'POST', `${base}auth.test`);
    expect(body['ok']).toBe(true);
  });

  it('pages through items set through POST /_mock/items', async () => {
    await post('/_mock/items', { method: 'users.list', items: [{ id: 'U1' }, { id: 'U2' }] });
    const body = await curl('-H', `Authorization: Bearer ${TOKEN}`, '-d', 'limit=1', `${base}users.list`);
    const meta = body['response_metadata'] as { next_cursor: string };
    expect([body['members'], meta.next_cursor !== '']).toEqual([[{ id: 'U1' }], true]);
  });
});

/** A script that runs the package's `slack-mock` main, as the packaging's bin wrapper will. */
function slackMockEntry(): string {
  const entry = join(g.dir, 'run-slack-mock.ts');
  writeFileSync(entry, "import { main } from './testing/cli.ts';\nawait main(process.argv.slice(2));\n");
  return entry;
}

describe('the slack-mock command', () => {
  it('refuses an unknown option with its usage and exit status 2', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', slackMockEntry(), '--prot', '0']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect([(failed as { code: number }).code, (failed as { stderr: string }).stderr]).toEqual([
      2,
      expect.stringContaining('usage: slack-mock'),
    ]);
  });

  it('prints its base URL as its first line and serves until stopped', async () => {
    const entry = slackMockEntry();
    const child = spawn(process.execPath, ['--import', 'tsx', entry, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const first = await new Promise<string>((resolve) =>
      createInterface({ input: child.stdout }).once('line', resolve),
    );
    const answer = await curl('-H', `Authorization: Bearer ${TOKEN}`, '-X', 'POST', `${first}auth.test`);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect([first, answer['ok'], await exited]).toEqual([
      expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/),
      true,
      0,
    ]);
  });
});
