/**
 * Downloading reference pages (and the structured records the site publishes beside them) into
 * a source folder, politely and safely: bounded concurrency, retries with backoff honouring
 * `Retry-After`, conditional requests, atomic writes, and a failure never deletes or truncates a
 * page already there. Only http(s) URLs under the configured base are followed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { Agent, request, type Dispatcher } from 'undici';
import { writeFileAtomic } from '../disk/write-atomic.ts';
import { MANIFEST_FILE, manifestText, readManifest, type Manifest } from './manifest.ts';
import type { Progress } from './progress.ts';

export interface FetchOptions {
  baseUrl: string;
  /** Methods to fetch; when absent, the site's method index decides. */
  methods?: readonly string[];
  outDir: string;
  /** Also fetch `<page>.json`, the structured record (default true). */
  records?: boolean;
  concurrency?: number;
  retries?: number;
  timeoutMs?: number;
  minDelayMs?: number;
  dispatcher?: Dispatcher;
  /** Makes the progress display once the number of files is known. */
  progress?: (total: number) => Progress;
  now?: () => Date;
}

export interface FetchOutcome {
  file: string;
  url: string;
  result: 'written' | 'unchanged' | 'failed';
  detail: string;
}

const METHOD = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+$/;

/** The method pages under `base`, from the links of the site's method index. */
export function methodsFromIndex(html: string, indexUrl: string, baseUrl: string): string[] {
  const $ = cheerio.load(html);
  const base = new URL(baseUrl);
  const found = new Set<string>();
  $('a[href]').each((_, a) => {
    let url: URL;
    try {
      url = new URL($(a).attr('href')!, indexUrl);
    } catch {
      return;
    }
    if (!isUnder(url, base)) return;
    const m = /\/reference\/methods\/([^/?#]+?)(?:\.json)?\/?$/.exec(url.pathname);
    if (m && METHOD.test(decodeURIComponent(m[1]!))) found.add(decodeURIComponent(m[1]!));
  });
  return [...found].sort();
}

/** Whether a URL is http(s) on the base's origin and under its path. */
export function isUnder(url: URL, base: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return (
    url.origin === base.origin &&
    (url.pathname === base.pathname || url.pathname.startsWith(basePath) || base.pathname === '/')
  );
}

export async function fetchPages(options: FetchOptions): Promise<FetchOutcome[]> {
  const base = new URL(options.baseUrl.replace(/\/+$/, '') + '/');
  const dispatcher = options.dispatcher ?? new Agent({ connections: options.concurrency ?? 4 });
  const get = (url: string, headers: Record<string, string> = {}) =>
    fetchWithRetry(url, headers, dispatcher, options);
  try {
    let methods = options.methods ? [...options.methods] : null;
    if (!methods) {
      const indexUrl = new URL('reference/methods', base).href;
      const index = await get(indexUrl);
      if (index.status !== 200) throw new Error(`The method index ${indexUrl} answered ${index.status}.`);
      methods = methodsFromIndex(index.body, indexUrl, base.href);
    }
    const manifest = readManifest(options.outDir);
    const jobs = methods
      .filter((m) => METHOD.test(m))
      .flatMap((m) => {
        const page = new URL(`reference/methods/${m}`, base).href;
        return [
          { file: `${m}.html`, url: page },
          ...(options.records === false ? [] : [{ file: `${m}.json`, url: `${page}.json` }]),
        ];
      });
    const outcomes: FetchOutcome[] = [];
    const shown = options.progress?.(jobs.length);
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const outcome = await fetchOne(job.file, job.url, manifest, options, get);
        outcomes.push(outcome);
        shown?.done(job.file, outcome.result);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
    shown?.finish();
    writeFileAtomic(join(options.outDir, MANIFEST_FILE), manifestText(manifest));
    return outcomes.sort((a, b) => (a.file < b.file ? -1 : 1));
  } finally {
    if (!options.dispatcher) await dispatcher.close();
  }
}

async function fetchOne(
  file: string,
  url: string,
  manifest: Manifest,
  options: FetchOptions,
  get: (url: string, headers?: Record<string, string>) => Promise<Fetched>,
): Promise<FetchOutcome> {
  const previous = manifest[file];
  const target = join(options.outDir, file);
  const headers: Record<string, string> = {};
  if (previous && existsSync(target)) {
    if (previous.etag) headers['if-none-match'] = previous.etag;
    if (previous.lastModified) headers['if-modified-since'] = previous.lastModified;
  }
  const now = (options.now ?? (() => new Date()))().toISOString();
  try {
    const res = await get(url, headers);
    if (res.status === 304 && previous) {
      manifest[file] = { ...previous, status: 304, fetchedAt: now };
      return { file, url, result: 'unchanged', detail: '304 Not Modified' };
    }
    if (res.status !== 200) return { file, url, result: 'failed', detail: `HTTP ${res.status}` };
    const sha256 = createHash('sha256').update(res.body).digest('hex');
    if (!(previous?.sha256 === sha256 && existsSync(target))) writeFileAtomic(target, res.body);
    manifest[file] = {
      url,
      status: 200,
      ...(res.etag ? { etag: res.etag } : {}),
      ...(res.lastModified ? { lastModified: res.lastModified } : {}),
      sha256,
      fetchedAt: now,
    };
    return { file, url, result: previous?.sha256 === sha256 ? 'unchanged' : 'written', detail: 'HTTP 200' };
  } catch (err) {
    return { file, url, result: 'failed', detail: (err as Error).message };
  }
}

interface Fetched {
  status: number;
  body: string;
  etag?: string;
  lastModified?: string;
}

async function fetchWithRetry(
  url: string,
  headers: Record<string, string>,
  dispatcher: Dispatcher,
  options: FetchOptions,
): Promise<Fetched> {
  const retries = options.retries ?? 3;
  const minDelay = options.minDelayMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    let delay: number | null = null;
    try {
      const res = await request(url, {
        method: 'GET',
        headers: {
          accept: 'text/html,application/json',
          'user-agent': 'slack-web-api-codegen fetch',
          ...headers,
        },
        dispatcher,
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      const body = await res.body.text();
      const header = (name: string) => {
        const v = res.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      if (res.statusCode === 429 || res.statusCode >= 500) {
        const after = Number(header('retry-after'));
        delay =
          res.statusCode === 429 && Number.isFinite(after)
            ? after * 1000
            : minDelay * 2 ** attempt * Math.random();
        if (attempt >= retries) return { status: res.statusCode, body };
      } else {
        const out: Fetched = { status: res.statusCode, body };
        const etag = header('etag');
        const lastModified = header('last-modified');
        if (etag) out.etag = etag;
        if (lastModified) out.lastModified = lastModified;
        return out;
      }
    } catch (err) {
      if (attempt >= retries) throw err;
      delay = minDelay * 2 ** attempt * Math.random();
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}
