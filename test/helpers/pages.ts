/** Reading the project's own pages (docs-input/) the way the CLI does. */
import { fileURLToPath } from 'node:url';
import { readPages, type PageFile } from '../../generator/input/read-pages.ts';
import { buildModel, readAllPages } from '../../generator/pipeline.ts';
import type { Method, Model } from '../../generator/model/types.ts';
import type { PageFacts } from '../../generator/sources/page-facts.ts';

export const DOCS_INPUT = fileURLToPath(new URL('../../docs-input', import.meta.url));

let cached: { pages: PageFile[]; facts: PageFacts[]; model: Model } | null = null;

export function docsInput(): { pages: PageFile[]; facts: PageFacts[]; model: Model } {
  if (!cached) {
    const pages = readPages([DOCS_INPUT]);
    cached = { pages, facts: readAllPages(pages), model: buildModel(pages) };
  }
  return cached;
}

export function pageFacts(id: string): PageFacts {
  const found = docsInput().facts.find((f) => f.id === id);
  if (!found) throw new Error(`no page ${id} in docs-input`);
  return found;
}

export function method(name: string): Method {
  const found = docsInput().model.methods.find((m) => m.name === name);
  if (!found) throw new Error(`no method ${name} in the model`);
  return found;
}
