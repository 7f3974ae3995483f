/**
 * How reading one page grows with its size: a text page and an HTML page of the docs-input,
 * their bodies repeated to 0.5 MB and to 5 MB, each read whole (readPageFile) in this process.
 * Prints JSON: milliseconds by page and size. Usage: tsx bench/page-size.mts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { PageFile } from '../generator/input/read-pages.ts';
import { catalogLexicon, readPageFile } from '../generator/pipeline.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = {
  text: join(ROOT, 'docs-input', 'docs.slack.dev', 'oauth.v2.access.txt'),
  html: join(ROOT, 'docs-input', 'hexdocs', 'Slack.Web.Pins.html'),
} as const;
export const SIZES_MB = [0.5, 5];

/** The page's body repeated until the page is about `mb` megabytes. */
function grown(format: 'text' | 'html', mb: number): string {
  const base = readFileSync(PAGES[format], 'utf8');
  const times = Math.ceil((mb * 1e6) / base.length);
  if (format === 'text') return base.repeat(times);
  return base.replace(
    /(<body[^>]*>)([\s\S]*)(<\/body>)/i,
    (_m, open: string, body: string, close: string) => `${open}${body.repeat(times)}${close}`,
  );
}

function readMs(format: 'text' | 'html', content: string): number {
  const page: PageFile = { id: `grown.${format}`, stem: 'oauth.v2.access', format, content };
  const started = performance.now();
  readPageFile(page, catalogLexicon());
  return performance.now() - started;
}

const result: Record<string, Record<string, number>> = {};
for (const format of ['text', 'html'] as const) {
  // One read first, so that the figures compare reading, not loading and compiling the readers.
  readMs(format, grown(format, 0.05));
  result[format] = Object.fromEntries(SIZES_MB.map((mb) => [String(mb), readMs(format, grown(format, mb))]));
}
console.log(JSON.stringify(result));
