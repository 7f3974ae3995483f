import { PassThrough } from 'node:stream';
import type { FormData } from 'undici';
import { describe, expect, it } from 'vitest';
import { commaJoined, encodeBody, formBody, sendableArgs } from '../../templates/runtime/encode.ts';

describe('comma-separated lists on the wire', () => {
  it.each([
    {
      says: 'joins an array named as a list',
      args: { users: ['U1', 'U2'] },
      lists: ['users'],
      want: { users: 'U1,U2' },
    },
    {
      says: 'leaves a string as the caller wrote it',
      args: { users: 'U1,U2' },
      lists: ['users'],
      want: { users: 'U1,U2' },
    },
    {
      says: 'leaves arrays not named as lists to be JSON-encoded',
      args: { blocks: [{ type: 'divider' }] },
      lists: ['users'],
      want: { blocks: [{ type: 'divider' }] },
    },
    {
      says: 'leaves everything alone without lists',
      args: { users: ['U1'] },
      lists: undefined,
      want: { users: ['U1'] },
    },
  ])('$says', ({ args, lists, want }) => {
    expect(commaJoined(args, lists)).toEqual(want);
  });

  it('puts a joined list into a form body as one field', () => {
    expect(formBody(commaJoined({ channel: 'C1', users: ['U1', 'U2'] }, ['users']))).toBe(
      'channel=C1&users=U1%2CU2',
    );
  });

  it('does not change the arguments the caller passed', () => {
    const args = { users: ['U1', 'U2'] };
    commaJoined(args, ['users']);
    expect(args.users).toEqual(['U1', 'U2']);
  });
});

describe('arguments as they are sent', () => {
  it('leaves out null and undefined, and returns the same object when there are none', () => {
    const clean = { channel: 'C1', limit: 2 };
    expect(sendableArgs('m.x', clean)).toBe(clean);
    expect(sendableArgs('m.x', { channel: 'C1', cursor: null, team_id: undefined })).toEqual({
      channel: 'C1',
    });
    expect(formBody({ a: null, b: 'x' })).toBe('b=x');
  });

  it.each([
    { says: 'a BigInt', args: { limit: 10n }, argument: 'limit', problem: 'bigint' },
    { says: 'a function', args: { text: () => 'hi' }, argument: 'text', problem: 'function' },
    { says: 'a symbol', args: { text: Symbol('s') }, argument: 'text', problem: 'symbol' },
    { says: 'a Node stream', args: { file: new PassThrough() }, argument: 'file', problem: 'stream' },
    { says: 'a web stream', args: { file: new ReadableStream() }, argument: 'file', problem: 'stream' },
  ])('refuses $says, naming the argument', ({ args, argument, problem }) => {
    expect(() => sendableArgs('m.x', args)).toThrow(
      expect.objectContaining({ kind: 'argument', method: 'm.x', argument, problem }),
    );
  });

  it('refuses a circular value or a nested BigInt when encoding, naming the argument', () => {
    const loop: Record<string, unknown> = {};
    loop['loop'] = loop;
    const form = undefined as unknown as typeof FormData;
    expect(() => encodeBody({ ok: 1, blocks: [loop] }, true, form, 'm.x')).toThrow(
      expect.objectContaining({ argument: 'blocks', problem: 'circular' }),
    );
    expect(() => encodeBody({ metadata: { n: 1n } }, false, form, 'm.x')).toThrow(
      expect.objectContaining({ argument: 'metadata', problem: 'bigint' }),
    );
  });
});
