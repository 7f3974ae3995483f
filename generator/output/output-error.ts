/**
 * The one error the output writer throws for problems with the output folder: a refusal or a
 * file-system failure, told in one line with the path, so the CLI prints it instead of a stack.
 */

export class OutputError extends Error {
  /** The CLI's exit code for output problems (1 is "stale or diagnostics", 2 is "bad input"). */
  readonly exitCode = 3;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OutputError';
  }
}

/** File-system error codes in words; any other code is shown as is. */
const PROBLEMS: Record<string, string> = {
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
  ENOENT: 'it does not exist',
};

const VERBS: Record<string, string> = {
  open: 'open',
  mkdir: 'create the folder',
  rename: 'move',
  unlink: 'delete',
  rmdir: 'remove the folder',
  rm: 'delete',
  scandir: 'list',
  read: 'read',
  write: 'write',
};

type ErrnoError = Error & { code: string; syscall?: string; path?: string; dest?: string };

function isErrno(err: unknown): err is ErrnoError {
  const code: unknown = err instanceof Error ? (err as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** A file-system error as an OutputError naming the path and the problem; anything else as it was. */
export function toOutputError(err: unknown, fallbackPath: string): unknown {
  if (err instanceof OutputError || !isErrno(err)) return err;
  const problem = PROBLEMS[err.code] ?? err.code;
  const verb = (err.syscall && VERBS[err.syscall]) ?? 'access';
  const where = err.path ?? fallbackPath;
  const target = err.dest ? `${where} to ${err.dest}` : where;
  return new OutputError(`cannot ${verb} ${target}: ${problem}`, { cause: err });
}

/** Runs `fn`, turning file-system errors into OutputErrors about `path`. */
export function withOutputErrors<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw toOutputError(err, path);
  }
}
