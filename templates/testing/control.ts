/**
 * The control routes beside the API, for steering the double over HTTP from any language:
 *
 * - `POST /_mock/fail` `{ "method": "chat.postMessage", "error": "channel_not_found", "times"?: 1 }`
 * - `POST /_mock/respond` `{ "method": "chat.postMessage", "response": { … }, "times"?: 1 }`
 * - `POST /_mock/items` `{ "method": "conversations.list", "items": [ … ] }`
 * - `POST /_mock/fault` `{ "method": "chat.postMessage" | "*", "kind": "rate-limit" | "server-error" | "delay" | "drop", "retryAfterSeconds"?, "status"?, "ms"?, "times"? }`
 * - `GET /_mock/calls` (`?method=chat.postMessage`): the calls received, tokens and secrets redacted
 * - `POST /_mock/reset`
 *
 * Each answers `{ "ok": true }` (with `calls`), or 400 `{ "ok": false, "error": … }` naming what is wrong.
 */
import type { RecordedCall } from './calls.js';
import type { Fault, FaultOptions } from './faults.js';
import { jsonReply, type MockReply } from './reply.js';

export interface MockControls {
  fail(method: string, code: string, options: FaultOptions): void;
  respond(method: string, response: unknown, options: FaultOptions): void;
  items(method: string, items: unknown[]): void;
  fault(method: string, fault: Fault, options: FaultOptions): void;
  calls(method?: string): RecordedCall[];
  reset(): void;
}

type Body = Record<string, unknown>;

const text = (body: Body, key: string): string => {
  const value = body[key];
  if (typeof value !== 'string') throw new TypeError(`"${key}" must be a string`);
  return value;
};

const times = (body: Body): FaultOptions =>
  typeof body['times'] === 'number' ? { times: body['times'] } : {};

const num = (body: Body, key: string, fallback: number): number =>
  typeof body[key] === 'number' && Number.isFinite(body[key]) ? body[key] : fallback;

function faultOf(body: Body): Fault {
  switch (body['kind']) {
    case 'rate-limit':
      return { kind: 'rate-limit', retryAfterSeconds: num(body, 'retryAfterSeconds', 1) };
    case 'server-error':
      return { kind: 'server-error', status: num(body, 'status', 500) };
    case 'delay':
      return { kind: 'delay', ms: num(body, 'ms', 0) };
    case 'drop':
      return { kind: 'drop' };
    default:
      throw new TypeError('"kind" must be rate-limit, server-error, delay or drop');
  }
}

function steer(controls: MockControls, route: string, body: Body): MockReply {
  switch (route) {
    case 'fail':
      controls.fail(text(body, 'method'), text(body, 'error'), times(body));
      break;
    case 'respond':
      controls.respond(text(body, 'method'), body['response'] ?? {}, times(body));
      break;
    case 'items':
      if (!Array.isArray(body['items'])) throw new TypeError('"items" must be an array');
      controls.items(text(body, 'method'), body['items']);
      break;
    case 'fault':
      controls.fault(text(body, 'method'), faultOf(body), times(body));
      break;
    case 'reset':
      controls.reset();
      break;
    default:
      return jsonReply(404, { ok: false, error: 'unknown_control_route' });
  }
  return jsonReply(200, { ok: true });
}

/** Answers a control route: `route` is what follows `/_mock/`, `body` its JSON body. */
export function control(
  controls: MockControls,
  verb: string,
  route: string,
  query: URLSearchParams,
  body: unknown,
): MockReply {
  try {
    if (route === 'calls' && verb === 'GET') {
      const calls = controls.calls(query.get('method') ?? undefined);
      return jsonReply(200, { ok: true, calls: JSON.parse(JSON.stringify(calls)) as unknown });
    }
    if (verb !== 'POST') return jsonReply(405, { ok: false, error: 'method_not_allowed' });
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return jsonReply(400, { ok: false, error: 'body must be a JSON object' });
    return steer(controls, route, body as Body);
  } catch (error) {
    return jsonReply(400, { ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}
