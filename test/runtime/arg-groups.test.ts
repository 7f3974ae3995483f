/**
 * Argument groups at run time: a call that breaks a group the docs state fails at once with a
 * `SlackArgumentError` naming the method and the group, and no request reaches the server; calls
 * that keep the rules go out as before. The client is generated from the records and called as
 * JavaScript would call it (no types to stop a bad call).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importClient, recordsClientDir } from '../helpers/records-client.ts';
import { json, startSlackServer, type SlackServer } from '../helpers/slack-server.ts';

type Call = (args?: object, options?: object) => Promise<Record<string, unknown>>;
interface Client {
  views: { update: Call };
  conversations: { open: Call };
  blocks: { validate: Call };
  admin: { conversations: { create: Call } };
  close(): Promise<void>;
}
interface Module {
  SlackClient: new (options: Record<string, unknown>) => Client;
  SlackArgumentError: new (...args: never[]) => Error;
  isSlackError(e: unknown): boolean;
  checkArgGroups(method: string, groups: readonly object[], args: unknown): void;
}

let mod: Module;
let server: SlackServer;
let client: Client;
const VIEW = { type: 'modal', title: { type: 'plain_text', text: 'Hi' }, blocks: [] };

beforeAll(async () => {
  mod = await importClient<Module>(
    await recordsClientDir([
      'views.update',
      'conversations.open',
      'blocks.validate',
      'admin.conversations.create',
    ]),
  );
  server = await startSlackServer();
  client = new mod.SlackClient({ token: 'xoxb-1', baseUrl: server.baseUrl, retry: { retries: 0 } });
}, 60_000);

afterAll(async () => {
  await client.close();
  await server.close();
});

beforeEach(() => {
  server.seen.length = 0;
  server.handle((_req, res) => json(res, 200, { ok: true }));
});

/** The error a call fails with, checking that nothing was sent. */
async function refused(call: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as (Error & Record<string, unknown>) | null;
  expect(error).toBeInstanceOf(mod.SlackArgumentError);
  expect(server.seen).toHaveLength(0);
  return error!;
}

describe('a call that breaks an argument group', () => {
  it('fails before sending, naming the method and the group', async () => {
    const error = await refused(client.views.update({ view: VIEW }));
    expect(String(error)).toBe('SlackArgumentError: views.update needs one of view_id, external_id');
    expect(error).toMatchObject({
      kind: 'argument',
      method: 'views.update',
      group: { kind: 'at-least-one-of', args: ['view_id', 'external_id'] },
      given: [],
    });
    expect(mod.isSlackError(error)).toBe(true);
  });

  it('fails for a JavaScript call without arguments, and counts an undefined member as not given', async () => {
    const none = await refused(client.conversations.open());
    expect(none.message).toBe('conversations.open needs one of channel, users');
    await refused(client.views.update({ view: VIEW, view_id: undefined }));
  });

  it('fails when more than one of an exactly-one group is given, saying which', async () => {
    const error = await refused(client.blocks.validate({ blocks: [], view: VIEW }));
    expect(error.message).toBe(
      'blocks.validate needs exactly one of blocks, view, message (got blocks, view)',
    );
    expect(error['given']).toEqual(['blocks', 'view']);
    await refused(client.blocks.validate({}));
  });

  it('counts a member with a condition only with its value', async () => {
    const error = await refused(
      client.admin.conversations.create({ name: 'general', is_private: false, org_wide: false }),
    );
    expect(error.message).toBe('admin.conversations.create needs one of team_id, org_wide: true');
  });
});

describe('a call that keeps the groups', () => {
  it('is sent as before', async () => {
    await client.views.update({ view: VIEW, view_id: 'V1' });
    await client.conversations.open({ users: 'U1,U2' });
    await client.blocks.validate({ message: { text: 'hi' } });
    await client.admin.conversations.create({ name: 'general', is_private: false, org_wide: true });
    // A JavaScript caller's 'true' is the same form field as true.
    await client.admin.conversations.create({ name: 'general', is_private: false, org_wide: 'true' });
    await client.admin.conversations.create({ name: 'general', is_private: false, team_id: 'T1' });
    expect(server.seen.map((r) => r.url)).toEqual([
      '/api/views.update',
      '/api/conversations.open',
      '/api/blocks.validate',
      '/api/admin.conversations.create',
      '/api/admin.conversations.create',
      '/api/admin.conversations.create',
    ]);
    expect(JSON.parse(server.seen[0]!.body)).toMatchObject({ view_id: 'V1' });
  });

  it('is checked by the exported checkArgGroups too (for callers of their own)', () => {
    const groups = [{ kind: 'one-of', args: ['a', 'b'] }];
    expect(() => mod.checkArgGroups('x.y', groups, { a: 1 })).not.toThrow();
    expect(() => mod.checkArgGroups('x.y', groups, { a: 1, b: 2 })).toThrow(
      'x.y needs exactly one of a, b (got a, b)',
    );
    expect(() => mod.checkArgGroups('x.y', groups, null)).toThrow('x.y needs exactly one of a, b');
  });
});
