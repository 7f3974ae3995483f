/**
 * Arguments the docs describe as comma-separated lists (`users`: "A comma separated list of
 * user IDs"): callers may pass the string the docs show or an array, and an array goes out
 * comma-joined, the wire form the docs describe (and the Python SDK sends).
 */
import type { Arg, Method } from '../model/types.ts';

const COMMA_LIST = /\bcomma[- ]?(?:separated|delimited)\b|\bseparated by commas\b/i;

/** Whether the docs describe `arg` as a comma-separated list (a string or a list of strings, not an object). */
export function isCommaList(arg: Arg): boolean {
  if (!COMMA_LIST.test(arg.description ?? '')) return false;
  return arg.type === 'string' || arg.type === 'array' || arg.type === null;
}

/** The method with its comma-separated list arguments marked. */
export function resolveCommaLists(method: Method): Method {
  if (!method.args.some(isCommaList)) return method;
  return { ...method, args: method.args.map((a) => (isCommaList(a) ? { ...a, commaList: true } : a)) };
}
