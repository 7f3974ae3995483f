/** HTML reference pages (any site, any era): cheerio into blocks, then read by meaning. */
import type { Lexicon } from '../sections/lexicon.ts';
import { htmlToBlocks } from './html-blocks.ts';
import type { PageFacts } from './page-facts.ts';
import { readPage } from './read-page.ts';

export function readHtmlPage(id: string, html: string, known: Lexicon): PageFacts {
  return readPage({ id, format: 'html', blocks: htmlToBlocks(html) }, known);
}
