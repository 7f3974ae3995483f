/**
 * A running generator remembers the pages' text by each file's stamp and reads again only the
 * files that changed; what it reads must always be what is on disk now.
 */
import { mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { readInputs, rememberInputs } from '../../generator/input/read-pages.ts';

const texts = (dir: string) => readInputs([dir]).pages.map((p) => [p.id, p.content]);

describe('pages read again by a generator that remembers between runs', () => {
  rememberInputs();

  it('give the text on disk, for files unchanged and changed since, even keeping size and time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    const [one, two, three] = ['chat.delete', 'chat.update', 'chat.unfurl'].map((n) =>
      join(dir, `${n}.json`),
    );
    writeFileSync(one!, '{"desc":"one"}');
    writeFileSync(two!, '{"desc":"two"}');
    writeFileSync(three!, '{"desc":"three"}');
    // Only files that changed a while ago are remembered: a file's time ticks coarsely.
    await sleep(2100);
    texts(dir);
    const { atime, mtime } = statSync(two!);
    writeFileSync(two!, '{"desc":"TWO"}');
    utimesSync(two!, atime, mtime);
    writeFileSync(three!, '{"desc":"three, longer"}');
    expect(texts(dir)).toEqual([
      ['chat.delete.json', '{"desc":"one"}'],
      ['chat.unfurl.json', '{"desc":"three, longer"}'],
      ['chat.update.json', '{"desc":"TWO"}'],
    ]);
  });

  it('give the text on disk for a file that just changed, whose time may not have ticked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    const page = join(dir, 'chat.delete.json');
    writeFileSync(page, '{"desc":"one"}');
    expect(texts(dir)).toEqual([['chat.delete.json', '{"desc":"one"}']]);
    writeFileSync(page, '{"desc":"two"}');
    expect(texts(dir)).toEqual([['chat.delete.json', '{"desc":"two"}']]);
  });
});
