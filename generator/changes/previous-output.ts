/**
 * What the previous run left in the output folder, for the change report and the version: the
 * model it was made from (`model.json`) and the package's version (`package.json`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileStamp } from '../disk/file-stamp.ts';
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

/**
 * The model this process last wrote into each output (by model.json's path), with the stamp the
 * file had right after: a running generator compares with it instead of parsing 20 MB of JSON
 * again, while the file is still the one it wrote. The change report reads only what survives
 * the file's JSON (generator/emit/model-file.ts), so the model is as good as the file.
 */
const writtenBefore = new Map<string, { stamp: string; model: ResolvedModel }>();
let remembering = false;

/** From now on, remember the models written (a running generator calls it once). */
export function rememberOutputModels(): void {
  remembering = true;
}

function stampIfAny(path: string): string | undefined {
  try {
    return fileStamp(statSync(path));
  } catch {
    return undefined;
  }
}

/** Call once `model` is in the output `out` (its model.json written, or found up to date). */
export function recordOutputModel(out: string, model: ResolvedModel): void {
  if (!remembering) return;
  const path = resolve(out, 'model.json');
  const stamp = stampIfAny(path);
  if (stamp === undefined) writtenBefore.delete(path);
  else writtenBefore.set(path, { stamp, model });
}

function modelWrittenBefore(path: string): ResolvedModel | undefined {
  const before = writtenBefore.get(resolve(path));
  return before && before.stamp === stampIfAny(path) ? before.model : undefined;
}

export function readPreviousOutput(out: string): PreviousOutput {
  const warnings: string[] = [];
  const path = join(out, 'model.json');
  const model = modelWrittenBefore(path) ?? readModel(path, warnings);
  return { model, version: readVersion(join(out, 'package.json'), warnings), warnings };
}
