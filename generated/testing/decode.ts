/**
 * A request read the way Slack reads it: the method from the path, arguments from the query
 * string and the body (a form, multipart, or JSON for the methods that take JSON; a JSON body
 * elsewhere is not read), the token from `Authorization: Bearer` or a `token` form field, and
 * client credentials from HTTP Basic auth. A body Slack could not read gives Slack's documented
 * code for it (`invalid_json`, `json_not_object`, `invalid_form_data`, `invalid_post_type`,
 * `missing_post_type`, `invalid_charset`).
 */
import type { MethodFacts } from './facts.js';

/** A request as either way of running the double hands it over. */
export interface RawRequest {
  /** Path and query: `/api/chat.postMessage?channel=C1`. */
  readonly path: string;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Where the request was sent (`https://slack.com`, `http://127.0.0.1:<port>`): upload URLs point there. */
  readonly origin?: string | undefined;
  /** The bytes sent, or the entries of a form the client handed over as one (in-process). */
  readonly body: Uint8Array | readonly (readonly [string, string | Blob])[] | null;
}

export interface DecodedRequest {
  /** The method named by the last segment of the path; `''` when there is none. */
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly token: string | undefined;
  readonly args: Record<string, unknown>;
  readonly origin: string | undefined;
  /** The common error code of a body Slack could not read. */
  readonly problem?: string;
}

const CHARSETS = new Set(['utf-8', 'utf8', 'iso-8859-1', 'latin1']);

function methodOf(path: string): string {
  const pathname = path.split('?')[0] ?? '';
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function queryArgs(path: string): Record<string, unknown> {
  const at = path.indexOf('?');
  return at < 0 ? {} : Object.fromEntries(new URLSearchParams(path.slice(at + 1)));
}

/** The media type and charset of a `Content-Type`. */
function contentType(header: string | undefined): { type: string; charset: string | undefined } {
  const [type = '', ...params] = (header ?? '').split(';').map((p) => p.trim());
  const charset = params
    .find((p) => /^charset=/i.test(p))
    ?.slice(8)
    .replace(/"/g, '');
  return { type: type.toLowerCase(), charset: charset?.toLowerCase() };
}

type BodyRead = { args: Record<string, unknown> } | { problem: string };

function jsonBody(bytes: Uint8Array, facts: MethodFacts | undefined): BodyRead {
  // Slack reads JSON only where the method takes it; elsewhere the body is not read at all.
  if (facts && !facts.json) return { args: {} };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { problem: 'invalid_json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: 'json_not_object' };
  return { args: value as Record<string, unknown> };
}

async function multipartBody(bytes: Uint8Array, header: string): Promise<BodyRead> {
  try {
    const form = await new Response(new Blob([new Uint8Array(bytes)]), {
      headers: { 'content-type': header },
    }).formData();
    return { args: formArgs([...form.entries()]) };
  } catch {
    return { problem: 'invalid_form_data' };
  }
}

/** A form's fields as arguments (`fromEntries` defines each, so a field named `__proto__` stays a field). */
function formArgs(entries: readonly (readonly [string, string | Blob])[]): Record<string, unknown> {
  return Object.fromEntries(entries);
}

/** The body's arguments, or the code of what Slack could not read in it. */
async function bodyArgs(raw: RawRequest, facts: MethodFacts | undefined): Promise<BodyRead> {
  const body = raw.body;
  if (body === null) return { args: {} };
  if (!(body instanceof Uint8Array)) return { args: formArgs(body) };
  if (body.length === 0) return { args: {} };
  const header = raw.headers['content-type'];
  if (header === undefined || header.trim() === '') return { problem: 'missing_post_type' };
  const { type, charset } = contentType(header);
  if (charset !== undefined && !CHARSETS.has(charset)) return { problem: 'invalid_charset' };
  if (type === 'application/json') return jsonBody(body, facts);
  if (type === 'multipart/form-data') return multipartBody(body, header);
  if (type === 'application/x-www-form-urlencoded' || type === 'text/plain')
    return { args: Object.fromEntries(new URLSearchParams(new TextDecoder().decode(body))) };
  return { problem: 'invalid_post_type' };
}

/** `Authorization: Basic` as `client_id` and `client_secret`, where it parses. */
function basicCredentials(header: string | undefined): Record<string, string> {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return {};
  const text = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? {} : { client_id: text.slice(0, colon), client_secret: text.slice(colon + 1) };
}

export async function decodeRequest(
  raw: RawRequest,
  methods: Readonly<Record<string, MethodFacts>>,
): Promise<DecodedRequest> {
  const method = methodOf(raw.path);
  const facts = Object.hasOwn(methods, method) ? methods[method] : undefined;
  const read = await bodyArgs(raw, facts);
  const fromBody = 'args' in read ? read.args : {};
  const args: Record<string, unknown> = { ...queryArgs(raw.path), ...fromBody };
  const bearer = /^Bearer\s+(\S+)$/i.exec(raw.headers['authorization'] ?? '')?.[1];
  // A JSON body's token is not read: JSON calls carry it in the header.
  const json = contentType(raw.headers['content-type']).type === 'application/json';
  const field = typeof args['token'] === 'string' && !json ? args['token'] : undefined;
  delete args['token'];
  Object.assign(args, { ...basicCredentials(raw.headers['authorization']), ...args });
  const decoded = { method, headers: raw.headers, token: bearer ?? field, args, origin: raw.origin };
  return 'problem' in read ? { ...decoded, problem: read.problem } : decoded;
}
