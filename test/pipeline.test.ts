/**
 * A running generator remembers the facts of the pages it read (it re-reads only what changed): the same text read with the same lexicon gives back the same facts, a changed text is
 * read anew, and the model built again from the same pages is the model built the first time.
 */
import { describe, expect, it } from 'vitest';
import { readPages } from '../generator/input/read-pages.ts';
import {
  buildModel,
  catalogLexicon,
  forgetPages,
  readPageFile,
  rememberPages,
} from '../generator/pipeline.ts';
import { DOCS_INPUT } from './helpers/pages.ts';

describe('pages read again in a running generator', () => {
  rememberPages();

  it('give back the facts they gave, for the same text and lexicon', () => {
    const page = readPages([DOCS_INPUT]).find((p) => p.format === 'html')!;
    const first = readPageFile(page, catalogLexicon());
    expect(readPageFile({ ...page }, catalogLexicon())).toBe(first);
  });

  it('are read anew where their text changed', () => {
    const page = readPages([DOCS_INPUT]).find((p) => p.stem === 'conversations.history')!;
    const before = readPageFile(page, catalogLexicon());
    const changed = { ...page, content: page.content.replace(/<h1>/, '<h1>Changed ') };
    expect(readPageFile(changed, catalogLexicon())).not.toBe(before);
  });

  it('build the model they built from a fresh read', () => {
    const pages = readPages([DOCS_INPUT]);
    forgetPages();
    const fresh = JSON.stringify(buildModel(pages));
    expect(JSON.stringify(buildModel(readPages([DOCS_INPUT])))).toBe(fresh);
  });
});
