/** Many calls at a fixed number in flight, each ending counted by how it ended (the soak test and bench/soak.mts). */

export interface SoakOutcome {
  ok: number;
  /** Typed errors by `kind` (`timeout`, `http`, `network`, …). */
  failed: Map<string, number>;
  /** Typed errors that say the write may have been applied. */
  maybeApplied: number;
  /** Anything thrown that is not the client's typed error. */
  untyped: unknown[];
}

export const failedCount = (outcome: SoakOutcome): number =>
  [...outcome.failed.values()].reduce((a, b) => a + b, 0);

/** Runs `call(i)` for i = 0…calls-1, `concurrency` at a time, and counts the endings. */
export async function soakRun(
  call: (i: number) => Promise<unknown>,
  calls: number,
  concurrency: number,
  isSlackError: (e: unknown) => boolean,
): Promise<SoakOutcome> {
  const outcome: SoakOutcome = { ok: 0, failed: new Map(), maybeApplied: 0, untyped: [] };
  let next = 0;
  const worker = async () => {
    while (next < calls) {
      try {
        await call(next++);
        outcome.ok++;
      } catch (err) {
        if (!isSlackError(err)) {
          outcome.untyped.push(err);
          continue;
        }
        const { kind, mayHaveBeenApplied } = err as { kind: string; mayHaveBeenApplied: boolean };
        outcome.failed.set(kind, (outcome.failed.get(kind) ?? 0) + 1);
        if (mayHaveBeenApplied) outcome.maybeApplied++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcome;
}
