/**
 * Recovering error and warning codes a page lost, from their descriptions: a description
 * matches a known one (from another page of the run, or from the catalog of common errors)
 * closely and unambiguously, or it stays without a code. Codes are never made up.
 */
import { COMMON_ERRORS } from '../catalog/common-errors.ts';

export interface KnownDescription {
  code: string;
  kind: 'error' | 'warning';
  description: string;
  from: 'other-page' | 'catalog';
}

export interface Recovery {
  code: string;
  from: 'other-page' | 'catalog';
  score: number;
}

/** How close two descriptions must be (word-set similarity) and how far ahead of the next code. */
const THRESHOLD = 0.8;
const MARGIN = 0.1;

export function catalogDescriptions(): KnownDescription[] {
  return COMMON_ERRORS.flatMap((entry) =>
    entry.descriptions.map((description) => ({
      code: entry.code,
      kind: entry.kind,
      description,
      from: 'catalog' as const,
    })),
  );
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[`'"’]/g, '')
    .split(/[^a-z0-9_/\-.]+/)
    .map((w) => w.replace(/^[.\-/]+|[.\-/]+$/g, ''))
    .filter((w) => w.length > 0);
}

/** Jaccard similarity of the two descriptions' word sets. */
export function similarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/**
 * The code of `description`, if one known description matches it well and no description of
 * another code comes close. Pages of the run win over the catalog at equal scores.
 */
export function recoverCode(
  description: string,
  kind: 'error' | 'warning',
  known: readonly KnownDescription[],
): Recovery | null {
  const best = new Map<string, Recovery>();
  for (const k of known) {
    if (k.kind !== kind) continue;
    const score = similarity(description, k.description);
    const prev = best.get(k.code);
    if (!prev || score > prev.score || (score === prev.score && k.from === 'other-page'))
      best.set(k.code, { code: k.code, from: k.from, score });
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const [first, second] = ranked;
  if (!first || first.score < THRESHOLD) return null;
  if (second && first.score - second.score < MARGIN) return null;
  return first;
}
