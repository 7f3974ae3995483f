/**
 * What a transport backend does, and all it does: send one HTTP POST and give back its status,
 * headers and body, read up to a limit. The retry rules, deadlines, errors and redaction live
 * once, in the transport, above the two backends: undici (Node's fast path, http-undici.ts) and
 * the platform's `fetch` (Bun, Deno, Workers, or a `fetch` of the caller's; http-fetch.ts).
 */
import type { CancelSignal } from './retry.js';

/** A multipart form as both backends send it (undici's `FormData`, or the platform's). */
export interface FormLike {
  append(name: string, value: string | Blob, fileName?: string): void;
}

export type FormConstructor = new () => FormLike;

/** A request body: text, a form, bytes, a Blob, or a stream of bytes (an upload). */
export type RequestBody = string | FormLike | Uint8Array | Blob | AsyncIterable<Uint8Array>;

export interface HttpRequest {
  url: string;
  headers: Record<string, string>;
  body: RequestBody;
  /** Cancels the request (its connection closed): the call's deadline, or the caller's signal. */
  signal: CancelSignal;
  /**
   * The call's whole `timeoutMs`. A backend with timers of its own sets them to it, a backstop
   * that never fires before the signal does; the same value call after call lets undici reuse
   * its timers instead of making new ones for each request.
   */
  timeoutMs: number;
  /** The most bytes of the body read. */
  maxBytes: number;
  /** Past `maxBytes`: `fail` throws `BodyTooLarge`; `cut` gives what arrived and closes the connection. */
  overLimit: 'fail' | 'cut';
}

export interface HttpAnswer {
  status: number;
  /** Names lower-case; a repeated header as undici gives it (an array) or joined. */
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface HttpBackend {
  readonly name: 'undici' | 'fetch';
  /** The `FormData` this backend sends as multipart. */
  readonly FormData: FormConstructor;
  /** Rejects with the platform's own failure (or the signal's reason, or `BodyTooLarge`). */
  send(request: HttpRequest): Promise<HttpAnswer>;
  /**
   * The system's code of a failed request as the retry rules read it (`ECONNREFUSED`,
   * `UND_ERR_SOCKET`, `UND_ERR_HEADERS_TIMEOUT`…), whatever the platform called it.
   */
  failureCode(failure: unknown): string | undefined;
  /** Closes the connections the backend owns. */
  close(): Promise<void>;
}

/** A body longer than the request's `maxBytes` (with `overLimit: 'fail'`); its connection is closed. */
export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`response body over ${limitBytes} bytes`);
    this.name = 'BodyTooLarge';
  }
}

/** Byte chunks as one UTF-8 string (no `Buffer`: the fetch backend runs where there is none). */
export function decodeChunks(chunks: readonly Uint8Array[], size: number): string {
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]!.subarray(0, size));
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, size - at);
    all.set(part, at);
    at += part.length;
    if (at >= size) break;
  }
  return new TextDecoder().decode(all);
}

/** `user:password` as HTTP Basic credentials (UTF-8, base64), with `btoa`, which every platform has. */
export function basicCredentials(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
