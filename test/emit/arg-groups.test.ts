/**
 * Argument groups in the emitted code: the named arguments type becomes the base interface and
 * a union per group, the spec carries the groups for the runtime, a grouped method's argument
 * object is not optional, and tsc rejects calls that break a group while the rest compiles.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/emit-package.ts';
import { writeTree } from '../../generator/output/write-tree.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { DOCS_INPUT } from '../helpers/pages.ts';
import { groupedModel } from './fixtures/grouped-model.ts';

const ROOT = join(DOCS_INPUT, '..');
const files = emitPackage(resolveModel(groupedModel));

const CONSUMER = `import { SlackClient } from '../index.js';
const client = new SlackClient({ token: 'xoxb-test' });
// @ts-expect-error none of text, not-an-identifier, blocks
void client.chat.update({ channel: 'C1', mode: 'a', team_id: 'T1' });
// @ts-expect-error both mode and base
void client.chat.update({ channel: 'C1', text: 'hi', mode: 'a', base: { x: 'y' }, team_id: 'T1' });
// @ts-expect-error org_wide false and no team_id
void client.chat.update({ channel: 'C1', text: 'hi', mode: 'a', org_wide: false });
void client.chat.update({ channel: 'C1', 'not-an-identifier': 1, base: { x: 'y' }, org_wide: true });
void client.chat.update({ channel: 'C1', blocks: [], mode: "b'c", team_id: 'T1', org_wide: false });
// @ts-expect-error the argument object is required
void client.views.update();
void client.views.update({ external_id: 'E1' });
void client.views.publish();
export {};
`;

describe('argument groups in the emitted code', () => {
  it('matches the snapshot', async () => {
    expect((await files).get('methods/chat.update.ts')).toMatchSnapshot();
  });

  it('types the groups as unions over a base interface', async () => {
    const text = (await files).get('methods/chat.update.ts')!;
    expect(text).toContain('export interface ChatUpdateArgumentsBase {');
    // The nested type of the argument `base` does not take the base interface's name.
    expect(text).toContain('base?: ChatUpdateArgumentsBase2 | undefined;');
    expect(text).toMatch(/export type ChatUpdateArguments = ChatUpdateArgumentsBase &/);
    expect(text).toContain("| { 'not-an-identifier': number }");
    expect(text).toContain(`{ mode: 'a' | "b'c"; base?: never }`);
    expect(text).toContain('{ org_wide: true }');
    // A group with a required member or the token is not enforced: nothing to choose.
    expect(text).not.toContain('{ channel: string }');
    expect(text).not.toContain('{ token: string }');
    const views = (await files).get('methods/views.update.ts')!;
    expect(views).toContain(
      'export type ViewsUpdateArguments = ViewsUpdateArgumentsBase & ({ view_id: string } | { external_id: string });',
    );
    expect(views).toContain('@see https://docs.slack.dev/reference/methods/views.update');
  });

  it('gives the runtime the groups it enforces, and only those', async () => {
    const text = (await files).get('methods/chat.update.ts')!;
    const spec = text.slice(text.indexOf('export const chatUpdateSpec'));
    expect(spec).toContain("{ kind: 'at-least-one-of', args: ['text', 'not-an-identifier', 'blocks'] }");
    expect(spec).toContain("{ kind: 'one-of', args: ['mode', 'base'] }");
    expect(spec).toContain(
      "{ kind: 'at-least-one-of', args: ['team_id', 'org_wide'], when: { org_wide: true } }",
    );
    expect(spec).not.toContain("'channel'");
    expect((await files).get('methods/views.publish.ts')).not.toContain('groups:');
  });

  it('keeps a method without groups as it was: an interface, and `{}` by default', async () => {
    const publish = (await files).get('methods/views.publish.ts')!;
    expect(publish).toContain('export interface ViewsPublishArguments {');
    expect(publish).not.toContain('ArgumentsBase');
    expect(publish).toContain('args: ViewsPublishArguments = {}');
    expect((await files).get('methods/views.update.ts')).toContain('args: ViewsUpdateArguments,');
  });

  it('compiles, and tsc rejects the calls that break a group', async () => {
    const parent = join(ROOT, 'node_modules', '.cache');
    mkdirSync(parent, { recursive: true });
    const dir = join(mkdtempSync(join(parent, 'groups-')), 'pkg');
    writeTree(dir, await files);
    mkdirSync(join(dir, 'calls'));
    writeFileSync(join(dir, 'calls', 'consumer.ts'), CONSUMER);
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  });
});
