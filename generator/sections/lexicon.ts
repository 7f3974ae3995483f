/**
 * What the reader already knows when it splits glued text: identifiers (argument names, error
 * codes) known to be real, and words known to be words. Built from the page itself, from the
 * catalog of common errors, and (on a second pass) from the other pages of the run.
 */
import { isSnakeCase } from '../model/snake-case.ts';

export interface Lexicon {
  /** Identifiers known to exist: argument names, error and warning codes. */
  identifiers: ReadonlySet<string>;
  /** Lower-case words known to be words (segments of identifiers are checked against these). */
  words: ReadonlySet<string>;
}

export const EMPTY_LEXICON: Lexicon = { identifiers: new Set(), words: new Set() };

/** Words of running text: whitespace-separated tokens that are plain lower-case words or snake_case names. */
export function wordsOfProse(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(/^[("'`[]+|[)"'`\],.;:!?]+$/g, '');
    // Only tokens that are plainly words: glued runs (`tokenstringOptionalThe`) would teach junk.
    if (/^[A-Z]?[a-z]+$/.test(token)) words.push(token.toLowerCase());
    else if (/^[a-z]+(?:_[a-z0-9]+)+$/.test(token))
      words.push(...token.split('_').filter((w) => /^[a-z]+$/.test(w)));
  }
  return words;
}

/** Identifiers standing alone in text: whole tokens with an underscore, or inline code. */
export function identifiersOfProse(text: string, codes: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(/^[("'`[]+|[)"'`\],.;:!?]+$/g, '');
    if (isSnakeCase(token) && token.includes('_')) found.push(token);
  }
  for (const code of codes) if (isSnakeCase(code)) found.push(code);
  return found;
}

export function mergeLexicons(...lexicons: Lexicon[]): Lexicon {
  const identifiers = new Set<string>();
  const words = new Set<string>();
  for (const l of lexicons) {
    l.identifiers.forEach((i) => identifiers.add(i));
    l.words.forEach((w) => words.add(w));
  }
  return { identifiers, words };
}

export function lexiconOf(identifiers: Iterable<string>, words: Iterable<string> = []): Lexicon {
  const ids = new Set(identifiers);
  const ws = new Set(words);
  for (const id of ids) for (const seg of id.split('_')) if (/^[a-z]+$/.test(seg)) ws.add(seg);
  return { identifiers: ids, words: ws };
}
