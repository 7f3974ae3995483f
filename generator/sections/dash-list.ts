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

const ANCHOR = /(\S+?)\s?[-–—](?:\s+|$)/g;
/** `name - description`, or `name -` with an empty description. */
const ENTRY_START = /^[a-z][a-z0-9_]*\s?[-–—](?:\s|$)/;

export function looksLikeDashList(text: string): boolean {
  return ENTRY_START.test(text.trim());
}

/**
 * The entries of a line. A list item (`single`) is one entry whatever its text holds (`app
 * manifest schema - read our guide` is a description). In a line of text, an entry after the
 * first starts with a name glued to the entry before it (`…ex:weeklyteam_id- …`), or right after
 * an entry with an empty description (`team_id - user - Who…`): a name after a space is a word of
 * the description.
 */
export function splitDashList(text: string, lexicon: Lexicon, single = false): DashEntry[] {
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
    // After `ex: ` a value must come: it is glued before the name (`ex: truenext_arg`).
    const prevEnd = anchors[anchors.length - 1]?.end;
    const valueFirst = exAt < 0 && prevEnd !== undefined && /\bex:\s*$/.test(t.slice(prevEnd, m.index));
    const split = valueFirst
      ? withoutLabel(splitGluedName(`ex:${chunk}`, hint, lexicon, true))
      : splitGluedName(chunk, hint, lexicon, anchors.length > 0);
    if (!split) return;
    if (anchors.length === 0 && (split.head !== '' || exAt >= 0 || m.index !== 0)) return;
    if (anchors.length > 0) {
      const afterEmpty = anchors[anchors.length - 1]!.end === m.index;
      if (single || (split.head === '' && exAt < 0 && !afterEmpty)) return;
    }
    const head = (exAt >= 0 ? m[1]!.slice(0, exAt + 3) : '') + split.head;
    anchors.push({ start: m.index, end, head, name: split.name, guessed: split.guessed });
  });
  return anchors.map((a, i) => {
    const next = anchors[i + 1];
    const body = t.slice(a.end, next ? next.start : t.length) + (next ? next.head : '');
    return { name: a.name, text: body.replace(/\s+/g, ' ').trim(), guessed: a.guessed };
  });
}

function withoutLabel(split: ReturnType<typeof splitGluedName>): ReturnType<typeof splitGluedName> {
  return split && { ...split, head: split.head.slice(3) };
}
