/**
 * Prose that changes how a method must be called: HTTP Basic auth for client credentials,
 * which bodies are accepted, and rules about arguments ("at least one of `text`, `blocks` or
 * `attachments` is required").
 */
import type { Note } from '../model/types.ts';
import type { ArgGroupFact } from '../facts/page-facts.ts';

export type NoteFact = Omit<Note, 'source'>;

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z`"(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const BASIC_AUTH = /\bHTTP Basic\b/i;
const CONTENT_TYPE =
  /present arguments as parameters|\baccepts? application\/json\b|\bnot (currently )?accept application\/json\b|\bcontent[- ]type\b.*\bmust\b/i;
const USAGE_RULE =
  /\b(must|required if|is required|are required|avoid|do not|don't|never|only (be )?used|cannot|can't|should)\b/i;

/** Notes in some prose; `usageRules` also keeps general rules (for usage sections, not descriptions). */
export function readNotes(prose: readonly string[], usageRules: boolean): NoteFact[] {
  const notes: NoteFact[] = [];
  for (const paragraph of prose) {
    for (const sentence of sentencesOf(paragraph)) {
      if (BASIC_AUTH.test(sentence)) notes.push({ kind: 'basic-auth', text: sentence });
      else if (CONTENT_TYPE.test(sentence)) notes.push({ kind: 'content-type', text: sentence });
      else if (usageRules && USAGE_RULE.test(sentence)) notes.push({ kind: 'usage', text: sentence });
    }
  }
  return notes;
}

const GROUP_RULE =
  /\b(at least one|exactly one|one) of ((?:`?[a-z][a-z0-9_]*`?(?:,\s*|,?\s+or\s+|,?\s+and\s+))+`?[a-z][a-z0-9_]*`?)[,]?\s+(?:is|are|must be|should be)\s+(?:required|supplied|provided|given|passed)/i;

/** Argument groups stated in prose, keeping only names that are arguments of the method. */
export function readGroupRules(prose: readonly string[], argNames: ReadonlySet<string>): ArgGroupFact[] {
  const groups: ArgGroupFact[] = [];
  for (const paragraph of prose) {
    for (const m of paragraph.matchAll(new RegExp(GROUP_RULE, 'gi'))) {
      const names = [...m[2]!.matchAll(/[a-z][a-z0-9_]*/g)]
        .map((x) => x[0])
        .filter((n) => n !== 'or' && n !== 'and' && argNames.has(n));
      if (names.length >= 2)
        groups.push({ kind: /at least/i.test(m[1]!) ? 'at-least-one-of' : 'one-of', args: names });
    }
  }
  return groups;
}
