/**
 * `name - description` lists (ExDoc's params and errors), whole or run together in one line:
 * `client_id- Issued … ex:2141029472.691202649728client_secret- Issued …`. The anchors are an
 * identifier followed by `- `; what is glued before an identifier belongs to the entry before.
 */
import { splitGluedName } from './glued-split.ts';
import type { Lexicon } from './lexicon.ts';

export interface DashEntry {
  name: string;
  /** The entry's text after `- ` (description, maybe ending in `ex: value`). */
  text: string;
  guessed: boolean;
}

const ANCHOR = /(\S+?)\s?[-–—]\s+/g;
const ENTRY_START = /^[a-z][a-z0-9_]*\s?[-–—]\s/;

export function looksLikeDashList(text: string): boolean {
  return ENTRY_START.test(text.trim());
}

export function splitDashList(text: string, lexicon: Lexicon): DashEntry[] {
  const t = text.trim();
  const raw = [...t.matchAll(ANCHOR)].filter((m) => /[a-z0-9_]$/.test(m[1]!));
  interface Anchor {
    start: number;
    end: number;
    /** Text glued before the name (`ex:` and the previous example, or a sentence end). */
    head: string;
    name: string;
    guessed: boolean;
  }
  const anchors: Anchor[] = [];
  raw.forEach((m, i) => {
    const end = m.index + m[0].length;
    const hint = t.slice(end, raw[i + 1]?.index ?? t.length);
    const exAt = m[1]!.lastIndexOf('ex:');
    const chunk = exAt >= 0 ? m[1]!.slice(exAt + 3) : m[1]!;
    const split = splitGluedName(chunk, hint, lexicon, anchors.length > 0);
    if (!split) return;
    if (anchors.length === 0 && (split.head !== '' || exAt >= 0 || m.index !== 0)) return;
    const head = (exAt >= 0 ? m[1]!.slice(0, exAt + 3) : '') + split.head;
    anchors.push({ start: m.index, end, head, name: split.name, guessed: split.guessed });
  });
  return anchors.map((a, i) => {
    const next = anchors[i + 1];
    const body = t.slice(a.end, next ? next.start : t.length) + (next ? next.head : '');
    return { name: a.name, text: body.replace(/\s+/g, ' ').trim(), guessed: a.guessed };
  });
}
