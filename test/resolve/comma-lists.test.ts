import { describe, expect, it } from 'vitest';
import { isCommaList, resolveCommaLists } from '../../generator/resolve/comma-lists.ts';
import type { Arg } from '../../generator/model/types.ts';
import { emptyMethod } from '../helpers/methods.ts';

const arg = (type: Arg['type'], description: string): Arg => ({
  name: 'users',
  type,
  required: false,
  description,
  example: null,
  default: null,
  enum: null,
  sources: [],
});

describe('arguments the docs describe as comma-separated lists', () => {
  it.each([
    { given: arg('string', 'A comma separated list of user IDs.'), want: true },
    { given: arg('array', 'Comma-separated array of trigger IDs to add; max 15'), want: true },
    { given: arg('string', 'Comma-delimited channel IDs.'), want: true },
    { given: arg(null, 'Channel IDs, separated by commas.'), want: true },
    { given: arg('object', 'A comma separated list of fields.'), want: false },
    { given: arg('string', 'The user to look up.'), want: false },
    { given: arg('array', 'A JSON-based array of structured blocks.'), want: false },
  ])('takes "$given.description" ($given.type) for a list: $want', ({ given, want }) => {
    expect(isCommaList(given)).toBe(want);
  });

  it('marks those arguments of a method and leaves the others alone', () => {
    const method = {
      ...emptyMethod('usergroups.users.update'),
      args: [
        arg('array', 'A comma separated string of encoded user IDs.'),
        { ...arg('string', 'The group.'), name: 'usergroup' },
      ],
    };
    expect(resolveCommaLists(method).args.map((a) => [a.name, a.commaList ?? false])).toEqual([
      ['users', true],
      ['usergroup', false],
    ]);
  });
});
