/**
 * Request bodies as the docs ask: JSON for methods that accept it; multipart when a file is
 * sent; otherwise form fields, with objects and arrays JSON-encoded and `undefined` and `null`
 * left out. A value that cannot be sent (circular, BigInt, a stream, a function) is refused
 * before sending with a `SlackArgumentValueError` naming the argument.
 */
import { SlackArgumentValueError, type ArgumentProblem } from './errors.js';
import type { FormConstructor, FormLike } from './http.js';

export interface EncodedBody {
  body: string | FormLike;
  /** `undefined` for multipart: the backend sets the boundary itself. */
  contentType: string | undefined;
}

function fieldValue(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function isFile(value: unknown): value is Blob | Uint8Array {
  return value instanceof Blob || value instanceof Uint8Array;
}

/** A Node stream (`fs.ReadStream`) or a web `ReadableStream`: its bytes are not the value JSON would send. */
function isStream(value: object): boolean {
  const v = value as { pipe?: unknown; getReader?: unknown };
  return typeof v.pipe === 'function' || typeof v.getReader === 'function';
}

function problemOf(value: unknown): ArgumentProblem | null {
  switch (typeof value) {
    case 'bigint':
      return 'bigint';
    case 'function':
      return 'function';
    case 'symbol':
      return 'symbol';
    case 'object':
      return value !== null && !isFile(value) && isStream(value) ? 'stream' : null;
    default:
      return null;
  }
}

/** The arguments as they are sent: `null` and `undefined` left out; a value that cannot be sent refused, naming it. */
export function sendableArgs(
  method: string,
  args: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(args)) {
    const value = args[key];
    if (value === null || value === undefined) {
      out ??= { ...args };
      delete out[key];
      continue;
    }
    const problem = problemOf(value);
    if (problem) throw new SlackArgumentValueError(method, key, problem);
  }
  return out ?? args;
}

/** The argument whose value JSON could not encode (circular, a BigInt inside), as a typed error. */
function unencodable(
  method: string,
  args: Readonly<Record<string, unknown>>,
  error: unknown,
): SlackArgumentValueError {
  for (const [key, value] of Object.entries(args)) {
    try {
      JSON.stringify(value);
    } catch (inner) {
      const text = String((inner as Error)?.message ?? inner);
      const problem = /circular/i.test(text) ? 'circular' : /bigint/i.test(text) ? 'bigint' : 'unencodable';
      return new SlackArgumentValueError(method, key, problem, inner);
    }
  }
  return new SlackArgumentValueError(method, '', 'unencodable', error);
}

export function formBody(args: Readonly<Record<string, unknown>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(args))
    if (value !== undefined && value !== null) params.append(key, fieldValue(value));
  return params.toString();
}

export function multipartBody(args: Readonly<Record<string, unknown>>, Form: FormConstructor): FormLike {
  const form = new Form();
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue;
    if (isFile(value)) {
      const blob = value instanceof Blob ? value : new Blob([new Uint8Array(value)]);
      const name = typeof args['filename'] === 'string' ? args['filename'] : key;
      form.append(key, blob, name);
    } else form.append(key, fieldValue(value));
  }
  return form;
}

/** The arguments with each array among `lists` joined by commas, the wire form the docs give those lists. */
export function commaJoined(
  args: Readonly<Record<string, unknown>>,
  lists: readonly string[] | undefined,
): Record<string, unknown> {
  if (!lists || !lists.some((name) => Array.isArray(args[name]))) return args;
  const out: Record<string, unknown> = { ...args };
  for (const name of lists) {
    const value = out[name];
    if (Array.isArray(value)) out[name] = value.map(String).join(',');
  }
  return out;
}

/**
 * `Form` is the backend's FormData (undici's, or the platform's), passed in so that importing
 * this module does not load undici.
 * `method` names the call in the error for a value JSON cannot encode.
 */
export function encodeBody(
  args: Readonly<Record<string, unknown>>,
  acceptsJson: boolean,
  Form: FormConstructor,
  method = '',
): EncodedBody {
  try {
    if (Object.values(args).some(isFile)) return { body: multipartBody(args, Form), contentType: undefined };
    if (acceptsJson) return { body: JSON.stringify(args), contentType: 'application/json; charset=utf-8' };
    return { body: formBody(args), contentType: 'application/x-www-form-urlencoded' };
  } catch (error) {
    throw unencodable(method, args, error);
  }
}
