/**
 * Watching the inputs (generator/watch.ts): every save gives a run, however the file is saved,
 * wherever under the input folder it is, and bursts give one run.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchInputs } from '../generator/watch.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `runs()` reaches `count`, or 3 s; gives the count reached. */
async function runsReach(runs: () => number, count: number): Promise<number> {
  for (let waited = 0; runs() < count && waited < 3000; waited += 20) await sleep(20);
  return runs();
}

/** Saves as sed -i and many editors do: a new file renamed over the old one. */
function saveByRename(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

describe('watching the input folders', () => {
  let stop: (() => void) | undefined;
  let dir = '';
  afterEach(() => {
    stop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  function watched(): { runs: () => number } {
    let runs = 0;
    stop = watchInputs([dir], () => Promise.resolve(void runs++), 20);
    return { runs: () => runs };
  }

  it('runs again for each of several saves by rename, each once the last run is done', async () => {
    dir = mkdtempSync(join(tmpdir(), 'watch-'));
    writeFileSync(join(dir, 'chat.postMessage.txt'), 'v0');
    const w = watched();
    for (const [i, text] of ['v1', 'v2', 'v3', 'v4'].entries()) {
      saveByRename(join(dir, 'chat.postMessage.txt'), text);
      expect(await runsReach(w.runs, i + 1)).toBe(i + 1);
      await sleep(100);
    }
  });

  it('sees a page written in a folder below the input, and in a folder made after the watch began', async () => {
    dir = mkdtempSync(join(tmpdir(), 'watch-'));
    mkdirSync(join(dir, 'hexdocs'));
    const w = watched();
    writeFileSync(join(dir, 'hexdocs', 'Slack.Web.Pins.html'), '<p>x</p>');
    expect(await runsReach(w.runs, 1)).toBe(1);
    await sleep(100);
    mkdirSync(join(dir, 'later'));
    expect(await runsReach(w.runs, 2)).toBe(2);
    await sleep(100);
    saveByRename(join(dir, 'later', 'api.test.txt'), 'x');
    expect(await runsReach(w.runs, 3)).toBe(3);
  });

  it('gives one run for a burst of saves', async () => {
    dir = mkdtempSync(join(tmpdir(), 'watch-'));
    const w = watched();
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, name), name);
    await runsReach(w.runs, 1);
    await sleep(300);
    expect(w.runs()).toBe(1);
  });
});
