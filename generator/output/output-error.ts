/**
 * The one error the output writer throws for problems with the output folder: a refusal or a
 * file-system failure, told in one line with the path, so the CLI prints it instead of a stack.
 */
import { isErrno, wordsForCode } from '../disk/fs-problem.ts';

export class OutputError extends Error {
  /** The CLI's exit code for output problems (1 is "stale or diagnostics", 2 is "bad input"). */
  readonly exitCode = 3;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OutputError';
  }
}

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

/** A file-system error as an OutputError naming the path and the problem; anything else as it was. */
export function toOutputError(err: unknown, fallbackPath: string): unknown {
  if (err instanceof OutputError || !isErrno(err)) return err;
  // The path is said once already: an unknown code alone, not node's message repeating it.
  const problem = wordsForCode(err.code) ?? err.code;
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
