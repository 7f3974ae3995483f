/** Text renderings of reference pages (innerText or textContent of any layout). */
import type { Lexicon } from '../sections/lexicon.ts';
import type { PageFacts } from '../facts/page-facts.ts';
import { readPage } from './read-page.ts';
import { textToBlocks } from '../documents/text-blocks.ts';

export function readTextPage(id: string, text: string, known: Lexicon): PageFacts {
  return readPage({ id, format: 'text', blocks: textToBlocks(text) }, known);
}
