/**
 * Which backend a client sends with: undici on Node (the fast path), `fetch` when asked
 * (`transport: 'fetch'`, or a `fetch` of the caller's), on Bun, Deno and Workers, and wherever
 * importing undici fails.
 */
import type { Dispatcher } from 'undici';
import { fetchBackend, type FetchFunction } from './http-fetch.js';
import type { HttpBackend } from './http.js';
import { undiciBackend } from './http-undici.js';

export interface BackendOptions {
  transport?: 'undici' | 'fetch' | undefined;
  fetch?: FetchFunction | undefined;
  dispatcher?: Dispatcher | undefined;
  connections?: number | undefined;
}

/** Node, where undici is the fast path; not Bun, Deno or a Worker (which may imitate Node's globals). */
export function onNode(): boolean {
  const g = globalThis as {
    Bun?: unknown;
    Deno?: unknown;
    navigator?: { userAgent?: unknown };
    process?: { versions?: { node?: unknown } };
  };
  if (g.Bun !== undefined || g.Deno !== undefined) return false;
  if (g.navigator?.userAgent === 'Cloudflare-Workers') return false;
  return typeof g.process?.versions?.node === 'string';
}

/** The transport a client's options ask for, or the platform's best. */
export function transportKind(options: BackendOptions): 'undici' | 'fetch' {
  if (options.transport) return options.transport;
  return options.fetch !== undefined || !onNode() ? 'fetch' : 'undici';
}

function platformFetch(options: BackendOptions): HttpBackend {
  const fetchFunction: unknown = options.fetch ?? globalThis.fetch;
  if (typeof fetchFunction !== 'function')
    throw new TypeError('No fetch on this platform: pass one as the `fetch` option, or use undici.');
  return fetchBackend(options.fetch ?? ((url, init) => globalThis.fetch(url, init)));
}

/**
 * The backend for a client's options. undici is imported here, on first use, so the fetch path
 * never loads it; when it cannot be loaded (`onFallback` is told why) the platform's fetch is used.
 */
export async function chooseBackend(
  options: BackendOptions,
  onFallback: (why: string) => void = () => undefined,
): Promise<HttpBackend> {
  if (transportKind(options) === 'fetch') return platformFetch(options);
  try {
    return await undiciBackend({ dispatcher: options.dispatcher, connections: options.connections ?? 50 });
  } catch (error) {
    if (options.transport === 'undici') throw error;
    onFallback(`undici could not be loaded (${String((error as Error)?.message ?? error)}): using fetch`);
    return platformFetch(options);
  }
}
