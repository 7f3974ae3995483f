/**
 * What the resolve stage works out for the double from a method's own docs: the code for a
 * missing argument or a broken group, the general code for missing arguments, whether it takes
 * a token, and the wire forms a wrong value cannot be mistaken for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../../generator/input/read-pages.ts';
import type { CallChecks } from '../../generator/model/types.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { RECORDS } from '../helpers/records.ts';

const METHODS = [
  'chat.postMessage',
  'conversations.invite',
  'conversations.list',
  'conversations.replies',
  'oauth.v2.access',
  'reminders.add',
  'usergroups.users.list',
  'views.publish',
];
let checks: Map<string, CallChecks | undefined>;

beforeAll(() => {
  const pages = readPages([RECORDS]).filter((p) => METHODS.includes(p.stem));
  const model = resolveModel(buildModel(pages));
  checks = new Map(model.methods.map((m) => [m.name, m.resolved.checks]));
});

describe('the checks resolved for the test double', () => {
  it("gives chat.postMessage's content group the documented no_text", () => {
    expect(checks.get('chat.postMessage')?.groups).toEqual({
      'text,blocks,attachments,markdown_text': 'no_text',
    });
  });

  it('takes the code whose description names the argument in code format and says it was not passed', () => {
    expect(checks.get('conversations.invite')?.missing).toEqual({ users: 'no_user' });
  });

  it('takes a code described as "missing or invalid" for the argument it names', () => {
    expect(checks.get('conversations.replies')?.missing).toEqual({
      channel: 'channel_not_found',
      ts: 'thread_not_found',
    });
  });

  it('takes no code from a plain word that only looks like the argument ("a view of type profile")', () => {
    expect(checks.get('views.publish')?.missing).toBeUndefined();
  });

  it('takes no code from a description that says nothing is missing ("No usergroup found")', () => {
    expect(checks.get('usergroups.users.list')?.missing).toBeUndefined();
  });

  it("keeps the method's own general code for missing arguments", () => {
    expect(checks.get('reminders.add')?.invalid).toBe('missing_argument');
  });

  it('marks the OAuth exchange as taking no token, and a method with scopes as taking one', () => {
    expect([checks.get('oauth.v2.access')?.tokenless, checks.get('conversations.list')?.tokenless]).toEqual([
      true,
      undefined,
    ]);
  });

  it('gives numbers and JSON-only arguments a wire form, and leaves string-or-JSON ones to be read as JSON text', () => {
    const post = checks.get('chat.postMessage');
    expect([checks.get('conversations.list')?.wire, post?.jsonText]).toEqual([
      { limit: 'number' },
      ['attachments', 'blocks', 'metadata'],
    ]);
  });
});
