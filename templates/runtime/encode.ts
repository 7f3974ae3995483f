/**
 * Request bodies as the docs ask: JSON for methods that accept it; multipart when a file is
 * sent; otherwise form fields, with objects and arrays JSON-encoded and `undefined` left out.
 */
import type { FormData } from 'undici';

export interface EncodedBody {
  body: string | FormData;
  /** `undefined` for multipart: undici sets the boundary itself. */
  contentType: string | undefined;
}

function fieldValue(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function isFile(value: unknown): value is Blob | Uint8Array {
  return value instanceof Blob || value instanceof Uint8Array;
}

export function formBody(args: Readonly<Record<string, unknown>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(args))
    if (value !== undefined) params.append(key, fieldValue(value));
  return params.toString();
}

export function multipartBody(args: Readonly<Record<string, unknown>>, Form: typeof FormData): FormData {
  const form = new Form();
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
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

/** `Form` is undici's FormData, passed in so that importing this module does not load undici. */
export function encodeBody(
  args: Readonly<Record<string, unknown>>,
  acceptsJson: boolean,
  Form: typeof FormData,
): EncodedBody {
  if (Object.values(args).some(isFile)) return { body: multipartBody(args, Form), contentType: undefined };
  if (acceptsJson) return { body: JSON.stringify(args), contentType: 'application/json; charset=utf-8' };
  return { body: formBody(args), contentType: 'application/x-www-form-urlencoded' };
}
