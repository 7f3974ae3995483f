/**
 * Diagnostics: what the generator tells a maintainer about a page it read.
 * `error` is fatal (the run exits non-zero); `warning` is fatal only with `--strict`.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable code, e.g. `args/no-name`, `errors/code-recovered`. */
  code: string;
  severity: Severity;
  /** Page id (path relative to its input folder) or the folder for run-level problems. */
  file: string;
  /** The section of the page, in the page's own words where possible (`Arguments`, `Errors`). */
  section: string;
  /** 1-based line, where the source has lines. */
  line?: number;
  message: string;
}

export function diagnostic(
  severity: Severity,
  code: string,
  file: string,
  section: string,
  message: string,
  line?: number,
): Diagnostic {
  return line === undefined
    ? { code, severity, file, section, message }
    : { code, severity, file, section, line, message };
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
