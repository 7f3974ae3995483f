/**
 * Pages in, model out: read every page into page facts, read again with what the other pages
 * taught (names and codes that settle glued text), then merge into the model.
 */
import { COMMON_ERRORS } from './catalog/common-errors.ts';
import type { PageFile } from './input/read-pages.ts';
import { mergePages } from './merge/merge.ts';
import type { Model } from './model/types.ts';
import { refuseCollidingNames } from './resolve/method-names.ts';
import { lexiconOf, mergeLexicons, type Lexicon } from './sections/lexicon.ts';
import { readHtmlPage } from './sources/html.ts';
import type { PageFacts } from './facts/page-facts.ts';
import { readGuarded } from './sources/read-guard.ts';
import { readRecord } from './sources/record.ts';
import { readTextPage } from './sources/text.ts';

/**
 * Facts already read in this process, by page: a running generator (--watch) re-reads only the
 * pages whose text changed. Reading is a function of the text and the lexicon, so an entry
 * holds only for the same text read with the same lexicon. A single run keeps nothing: the
 * pages' text is let go once the model is built.
 */
const readBefore = new Map<string, { content: string; known: Lexicon; facts: PageFacts }>();
let remembering = false;

/** From now on, remember the pages read (a running generator calls it once). */
export function rememberPages(): void {
  remembering = true;
}

/** Forgets the pages read before (for tests that read a page anew). */
export function forgetPages(): void {
  readBefore.clear();
}

/** One page's facts; a page too large to read, or whose reading throws, gives an error diagnostic instead. */
export function readPageFile(page: PageFile, known: Lexicon): PageFacts {
  const before = readBefore.get(page.id);
  if (before && before.content === page.content && before.known === known) return before.facts;
  const facts = readPageAnew(page, known);
  if (remembering) readBefore.set(page.id, { content: page.content, known, facts });
  return facts;
}

function readPageAnew(page: PageFile, known: Lexicon): PageFacts {
  return readGuarded(page, () => {
    switch (page.format) {
      case 'html':
        return readHtmlPage(page.id, page.content, known);
      case 'text':
        return readTextPage(page.id, page.content, known);
      case 'record':
        return readRecord(page.id, page.stem, page.content);
    }
  });
}

/** Argument names and codes the facts state for sure (from pages read without guessing). */
export function lexiconOfFacts(facts: readonly PageFacts[]): Lexicon {
  const ids: string[] = [];
  for (const page of facts) {
    if (page.guessed) continue;
    for (const m of page.methods) {
      for (const a of m.args ?? []) ids.push(a.name);
      for (const e of [...(m.errors ?? []), ...(m.warnings ?? [])]) if (e.code) ids.push(e.code);
    }
  }
  return lexiconOf(ids);
}

let catalog: Lexicon | null = null;

/** The catalog's codes, one lexicon for the process: the pages read with it are remembered by it. */
export function catalogLexicon(): Lexicon {
  catalog ??= lexiconOf(COMMON_ERRORS.map((e) => e.code));
  return catalog;
}

export function readAllPages(pages: readonly PageFile[]): PageFacts[] {
  const base = catalogLexicon();
  const first = pages.map((p) => readPageFile(p, base));
  if (!first.some((f) => f.guessed)) return first;
  const learned = mergeLexicons(base, lexiconOfFacts(first));
  return first.map((f, i) => (f.guessed ? readPageFile(pages[i]!, learned) : f));
}

export function buildModel(pages: readonly PageFile[]): Model {
  const facts = readAllPages(pages);
  return refuseCollidingNames(mergePages(facts.map((f, i) => ({ facts: f, stem: pages[i]!.stem }))));
}
