/**
 * The files under an input folder, in a stable order, following symbolic links (a folder of
 * pages may link to a checkout elsewhere) but never round a loop; what cannot be listed or
 * followed becomes a diagnostic naming it instead of a crash or a silent skip.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fsProblem } from '../disk/fs-problem.ts';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';

export interface Listing {
  files: string[];
  diagnostics: Diagnostic[];
}

function statOrProblem(path: string, shown: string, out: Listing): Stats | null {
  try {
    return statSync(path);
  } catch (err) {
    out.diagnostics.push(
      diagnostic(
        'warning',
        'input/unreachable',
        shown,
        '(file)',
        `${shown}: ${fsProblem(err)}; it was skipped.`,
      ),
    );
    return null;
  }
}

function walk(dir: string, root: string, seen: Set<string>, out: Listing): void {
  const shown = relative(root, dir).split(sep).join('/') || '.';
  let entries: string[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) {
      out.diagnostics.push(
        diagnostic(
          'warning',
          'input/link-loop',
          shown,
          '(folder)',
          `${shown} links back to a folder already read; it was read once.`,
        ),
      );
      return;
    }
    seen.add(real);
    entries = readdirSync(dir).sort();
  } catch (err) {
    out.diagnostics.push(
      diagnostic(
        'error',
        'input/unreadable',
        shown,
        '(folder)',
        `The folder ${shown} could not be read: ${fsProblem(err)}.`,
      ),
    );
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    const stat = statOrProblem(path, relative(root, path).split(sep).join('/'), out);
    if (stat?.isDirectory()) walk(path, root, seen, out);
    else if (stat?.isFile()) out.files.push(path);
  }
}

/** Every file under `dir`, links followed, sorted by path. */
export function listFiles(dir: string): Listing {
  const out: Listing = { files: [], diagnostics: [] };
  walk(dir, dir, new Set(), out);
  return out;
}
