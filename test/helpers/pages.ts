/** Reading the project's own pages (docs-input/) the way the CLI does. */
import { fileURLToPath } from 'node:url';
import { readPages, type PageFile } from '../../generator/input/read-pages.ts';
import { buildModel, readAllPages } from '../../generator/pipeline.ts';
import type { Method, Model, ResolvedModel } from '../../generator/model/types.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import type { PageFacts } from '../../generator/facts/page-facts.ts';

export const DOCS_INPUT = fileURLToPath(new URL('../../docs-input', import.meta.url));

/** The pages, their facts, the model they build, and that model resolved (what the emitter takes). */
interface DocsInput {
  pages: PageFile[];
  facts: PageFacts[];
  model: Model;
  resolved: ResolvedModel;
}

let cached: DocsInput | null = null;

export function docsInput(): DocsInput {
  if (!cached) {
    const pages = readPages([DOCS_INPUT]);
    const model = buildModel(pages);
    cached = { pages, facts: readAllPages(pages), model, resolved: resolveModel(model) };
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
