/** Slack's common errors, as the package declares them: the catalog's errors common to every method (not warnings, not a family's), by code. */
import { COMMON_ERRORS } from '../catalog/common-errors.ts';
import type { CommonError } from '../model/types.ts';

export function commonErrors(): CommonError[] {
  return COMMON_ERRORS.filter((e) => e.kind === 'error' && e.family === undefined)
    .map((e) => ({ code: e.code, description: e.descriptions[0] ?? '' }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
