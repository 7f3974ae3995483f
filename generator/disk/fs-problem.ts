/** File-system errors in words, for a person: one table for reading pages and writing output. */

/** File-system error codes in words; any other code is shown as is. */
const PROBLEMS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'too many symbolic links (a link that points to itself?)',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the path is too long',
  ENOTEMPTY: 'a folder that is not empty is in the way',
  EEXIST: 'something already exists there',
  EBUSY: 'it is in use',
  EMFILE: 'too many open files',
  EXDEV: 'it is on another file system',
  ENOENT: 'it does not exist (a broken link?)',
};

/** An error thrown by node:fs: a code, and the call and path it failed on. */
export interface ErrnoError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

export function isErrno(err: unknown): err is ErrnoError {
  const code: unknown = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** A file-system error code in words, if it is one of the known ones. */
export function wordsForCode(code: string): string | undefined {
  return PROBLEMS[code];
}

/** What went wrong, in words: the code's words, else the first line of the message. */
export function fsProblem(err: unknown): string {
  const known = isErrno(err) ? wordsForCode(err.code) : undefined;
  return known ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));
}
