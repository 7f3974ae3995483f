/** Which methods read and which write: the word a method's name starts with decides; unknown words write. */
import { describe, expect, it } from 'vitest';
import { methodEffect, writeMark } from '../../generator/resolve/method-effect.ts';
import { resolveMethod } from '../../generator/resolve/resolve-model.ts';
import type { Method } from '../../generator/model/types.ts';
import { emptyMethod } from '../helpers/methods.ts';

describe('read or write, by the method name', () => {
  it.each([
    { given: 'conversations.list', want: { write: false, rule: 'word list' } },
    { given: 'admin.roles.listAssignments', want: { write: false, rule: 'word list' } },
    { given: 'users.info', want: { write: false, rule: 'word info' } },
    { given: 'chat.getPermalink', want: { write: false, rule: 'word get' } },
    { given: 'users.lookupByEmail', want: { write: false, rule: 'word lookup' } },
    { given: 'conversations.history', want: { write: false, rule: 'word history' } },
    { given: 'conversations.replies', want: { write: false, rule: 'word replies' } },
    { given: 'auth.test', want: { write: false, rule: 'word test' } },
    { given: 'team.billableInfo', want: { write: false, rule: 'ending Info' } },
    { given: 'team.accessLogs', want: { write: false, rule: 'ending Logs' } },
    { given: 'search.messages', want: { write: false, rule: 'family search' } },
    { given: 'chat.postMessage', want: { write: true, rule: 'word post' } },
    { given: 'chat.update', want: { write: true, rule: 'word update' } },
    { given: 'chat.delete', want: { write: true, rule: 'word delete' } },
    { given: 'users.profile.set', want: { write: true, rule: 'word set' } },
    { given: 'conversations.create', want: { write: true, rule: 'word create' } },
    { given: 'conversations.invite', want: { write: true, rule: 'word invite' } },
    { given: 'chat.scheduleMessage', want: { write: true, rule: 'word schedule' } },
    { given: 'oauth.v2.access', want: { write: true, rule: 'word access' } },
    { given: 'apps.manifest.export', want: { write: true, rule: 'word export' } },
    { given: 'brand.newThing', want: { write: true, rule: 'word new' } },
  ])('$given', ({ given, want }) => {
    expect(methodEffect(given)).toEqual(want);
  });
});

describe('the mark in the resolved model', () => {
  const method = (name: string): Method => emptyMethod(name);

  it('is set on writes only', () => {
    expect(writeMark(method('pins.add'))).toEqual({ write: true });
    expect(writeMark(method('pins.list'))).toEqual({});
    expect(resolveMethod(method('pins.add')).resolved.write).toBe(true);
    expect('write' in resolveMethod(method('pins.list')).resolved).toBe(false);
  });
});
