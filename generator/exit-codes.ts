/**
 * What the generator's exit status means (README: "Exit codes"). Scripts and CI tell a stale
 * output from a bad page, a bad path or a bug in the generator by it.
 */
export const EXIT = {
  /** Generated, or `--check` found the output up to date. */
  ok: 0,
  /** A page has an error (or a warning under `--strict`), or `--check` found the output stale. The output is untouched. */
  failed: 1,
  /** The inputs: a folder that does not exist or cannot be read, or no pages to generate from. */
  input: 2,
  /** The output: a folder the generator will not write into, a file-system failure, another run holding it. */
  output: 3,
  /** A bug in the generator: nothing was written. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
