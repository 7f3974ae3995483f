/**
 * What the previous run left in the output folder, for the change report and the version: the
 * model it was made from (`model.json`) and the package's version (`package.json`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model, ResolvedModel } from '../model/types.ts';
import { resolveModel } from '../resolve/resolve-model.ts';
import { isPlainVersion } from './version.ts';

export interface PreviousOutput {
  /** The model the output was made from, resolved; an empty one when there is none or it cannot be read. */
  model: ResolvedModel;
  /** The package's version there; `null` when there is no package.json (a first generation). */
  version: string | null;
  /** What is there but could not be read, in words, to print. */
  warnings: string[];
}

const EMPTY: ResolvedModel = { methods: [], diagnostics: [], shared: [], commonErrors: [] };

function isResolved(model: Model | ResolvedModel): model is ResolvedModel {
  return (
    'shared' in model &&
    Array.isArray(model.shared) &&
    'commonErrors' in model &&
    model.methods.every((m) => 'resolved' in m)
  );
}

/** A model kept by an older generator has no resolution: it is resolved with today's rules. */
function readModel(path: string, warnings: string[]): ResolvedModel {
  if (!existsSync(path)) return EMPTY;
  try {
    const model = JSON.parse(readFileSync(path, 'utf8')) as Model | ResolvedModel;
    return isResolved(model) ? model : resolveModel(model);
  } catch {
    warnings.push(
      `${path} cannot be read as a model; the change report and the version compare with an empty API.`,
    );
    return EMPTY;
  }
}

function readVersion(path: string, warnings: string[]): string | null {
  if (!existsSync(path)) return null;
  try {
    const version = (JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version;
    if (typeof version === 'string' && isPlainVersion(version)) return version;
  } catch {
    // Reported below, as a package.json without a version is.
  }
  warnings.push(`${path} has no major.minor.patch version; the package starts again at the first version.`);
  return null;
}

export function readPreviousOutput(out: string): PreviousOutput {
  const warnings: string[] = [];
  const model = readModel(join(out, 'model.json'), warnings);
  return { model, version: readVersion(join(out, 'package.json'), warnings), warnings };
}
