/**
 * Every HTML page gives the same facts as its text renderings (innerText: blocks on lines;
 * textContent: cells and items run together), so the text reader is as good as the HTML one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAllPages } from '../../generator/pipeline.ts';
import type { PageFacts } from '../../generator/facts/page-facts.ts';
import { DOCS_INPUT } from '../helpers/pages.ts';
import { innerText, textContent } from '../helpers/render-text.ts';

const FIXTURES = fileURLToPath(new URL('fixtures', import.meta.url));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The facts that must survive any rendering: names, types, optionality, examples, codes, example keys. */
function coreFacts(page: PageFacts, stem: string) {
  return page.methods.map((m) => ({
    // A text rendering has no <title>: the file name stands in, as it does for the generator.
    name: m.name ?? stem,
    http: m.http,
    rateLimit: m.rateLimit,
    scopes: m.scopes,
    deprecated: m.deprecated,
    args: (m.args ?? []).map((a) => [a.name, a.type, a.required, a.example, a.default]),
    argGroups: m.argGroups,
    errors: (m.errors ?? []).map((e) => [e.code, e.hidden]),
    warnings: (m.warnings ?? []).map((w) => w.code),
    responses: m.responses.map((r) => [r.kind, Object.keys(r.example as object)]),
  }));
}

const stemOf = (id: string) => id.replace(/^.*\//, '').replace(/\.(html|txt)$/, '');

function read(id: string, format: 'html' | 'text', content: string): ReturnType<typeof coreFacts> {
  return coreFacts(readAllPages([{ id, stem: stemOf(id), format, content }])[0]!, stemOf(id));
}

const pages = [...htmlFiles(DOCS_INPUT), ...htmlFiles(FIXTURES)].sort();

describe.each(pages.map((p) => [p.replace(/^.*\/(docs-input|fixtures)\//, '$1/'), p]))('%s', (id, path) => {
  const html = readFileSync(path, 'utf8');
  const fromHtml = read(id, 'html', html);

  it('reads at least one method with arguments or errors from the HTML', () => {
    expect(fromHtml.length).toBeGreaterThan(0);
    expect(fromHtml.every((m) => m.args.length + m.errors.length > 0)).toBe(true);
  });

  it('gives the same facts from its innerText', () => {
    expect(read(id, 'text', innerText(html))).toEqual(fromHtml);
  });

  it('gives the same facts from its textContent', () => {
    expect(read(id, 'text', textContent(html))).toEqual(fromHtml);
  });
});
