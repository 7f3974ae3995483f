/**
 * The values an argument accepts, read from its description only when the prose states them
 * exactly: every value code-formatted (`none`, 'full') or a plain list and nothing else
 * ("either ASC or DESC"). Anything less sure is no value set (the argument stays `string`), and
 * the reader says why, so a wrong literal union never reaches the types.
 */
import type { ArgFact } from '../facts/page-facts.ts';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';

/** What a description says about the values an argument accepts. */
export type ValueSetReading =
  /** The prose states no set of values. */
  | { kind: 'none' }
  | { kind: 'values'; values: string[] }
  /** The prose introduces a set but does not state it exactly: why not. */
  | { kind: 'unsure'; why: string };

/** Phrases that introduce a set of values; what follows them, to the end of the sentence, states it. */
const INTRO = new RegExp(
  [
    String.raw`\b(?:acceptable|accepted|allowed|possible|valid|supported) (?:values?|options?)(?:\s*\([^)]*\))?(?: are| include| is)?\s*:?`,
    String.raw`\bmust be one of(?: the following)?\s*:?`,
    String.raw`\bone of the following\s*:?`,
    String.raw`\b(?:accepts|can be|must be|sorted by|is)\s+either\b`,
    String.raw`^\s*either\b`,
  ].join('|'),
  'i',
);

const QUOTED = /`([^`]+)`|'([^']+)'|"([^"]+)"/g;
const VALUE = /^[A-Za-z0-9_\-.:*]+$/;

/** The rest of the sentence after the intro (a `.` followed by a space or the end ends it). */
function sentenceAfter(description: string, intro: RegExpExecArray): string {
  return description.slice(intro.index + intro[0].length).split(/\.(?:\s|$)/)[0] ?? '';
}

function quotedValues(region: string, codes: readonly string[]): string[] {
  const quoted = [...region.matchAll(QUOTED)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  const coded = codes.filter((c) => region.includes(c) && !quoted.includes(c));
  return [...new Set([...quoted, ...coded])];
}

/** `ASC or DESC`, `none, full`: single words separated by commas, `or` or `and`, and nothing else. */
function plainList(region: string): string[] | null {
  const parts = region
    .trim()
    .replace(/^\(|\)$/g, '')
    .split(/\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+/)
    .filter((p) => p !== '');
  return parts.length >= 2 && parts.every((p) => VALUE.test(p)) ? parts : null;
}

/** The value set `description` states, if it states one exactly (see the top of this file). */
export function readValueSet(description: string | null, codes: readonly string[] = []): ValueSetReading {
  if (!description) return { kind: 'none' };
  const intro = INTRO.exec(description);
  if (!intro) return { kind: 'none' };
  const region = sentenceAfter(description, intro);
  const quoted = quotedValues(region, codes);
  if (quoted.length >= 2) {
    return quoted.every((v) => VALUE.test(v))
      ? { kind: 'values', values: quoted }
      : { kind: 'unsure', why: `a quoted value is not a plain word (${quoted.join(', ')})` };
  }
  const plain = quoted.length === 0 ? plainList(region) : null;
  if (plain) return { kind: 'values', values: [...new Set(plain)] };
  return { kind: 'unsure', why: `"${intro[0].trim()}" is not followed by a list of code-formatted values` };
}

/**
 * A note for each argument whose description introduces a set of values it does not state
 * exactly: the argument stays `string`, and a maintainer can see why (`--verbose`).
 */
export function unsureValueSets(
  args: readonly ArgFact[] | null,
  file: string,
  method: string | null,
): Diagnostic[] {
  return (args ?? []).flatMap((a) => {
    if (a.enum !== null && a.enum.length > 0) return [];
    const reading = readValueSet(a.description);
    if (reading.kind !== 'unsure') return [];
    const text = `${method ?? 'The method'}: the values of \`${a.name}\` are not stated exactly (${reading.why}); it stays a string.`;
    return [diagnostic('info', 'args/values-unsure', file, 'Arguments', text)];
  });
}
