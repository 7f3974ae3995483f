/** HTML reference pages (any site, any era): cheerio into blocks, then read by meaning. */
import { MAX_HTML_DEPTH } from '../input/limits.ts';
import { diagnostic } from '../model/diagnostics.ts';
import type { Lexicon } from '../sections/lexicon.ts';
import { htmlToBlocks } from '../documents/html-blocks.ts';
import type { PageFacts } from '../facts/page-facts.ts';
import { readPage } from './read-page.ts';

export function readHtmlPage(id: string, html: string, known: Lexicon): PageFacts {
  const { blocks, tooDeep } = htmlToBlocks(html);
  const facts = readPage({ id, format: 'html', blocks }, known);
  if (tooDeep) {
    facts.diagnostics.unshift(
      diagnostic(
        'warning',
        'page/too-deep',
        id,
        tooDeep.section ?? '(whole page)',
        `${tooDeep.elements} element${tooDeep.elements === 1 ? ' is' : 's are'} nested more than ${MAX_HTML_DEPTH} deep; ` +
          'what they hold was read as plain text of the element at that depth.',
        tooDeep.line,
      ),
    );
  }
  return facts;
}
