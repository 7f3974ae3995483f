import { describe, expect, it } from 'vitest';
import { fsProblem, isErrno } from '../../generator/disk/fs-problem.ts';

const errno = (code: string, message = `${code}: failed, open '/x'`) =>
  Object.assign(new Error(message), { code });

describe('file-system errors in words', () => {
  it.each([
    { given: errno('EACCES'), want: 'permission denied' },
    { given: errno('ENOENT'), want: 'it does not exist (a broken link?)' },
    { given: errno('ELOOP'), want: 'too many symbolic links (a link that points to itself?)' },
    { given: errno('EIO', "EIO: i/o error, read '/x'\nmore"), want: "EIO: i/o error, read '/x'" },
    { given: new Error('first line\nsecond line'), want: 'first line' },
    { given: 'a string thrown', want: 'a string thrown' },
  ])('says $want', ({ given, want }) => {
    expect(fsProblem(given)).toBe(want);
  });

  it('takes only errors with an E-code for file-system errors', () => {
    expect([isErrno(errno('EACCES')), isErrno(errno('not-a-code')), isErrno({ code: 'EACCES' })]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
