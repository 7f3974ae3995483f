import { describe, expect, it } from 'vitest';
import { commaJoined, formBody } from '../../templates/runtime/encode.ts';

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
