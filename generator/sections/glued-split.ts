/**
 * Text renderings glue a value to the identifier after it (`2141029472.691202649728client_secret`,
 * `authorization_coderefresh_token`). Names are `[a-z][a-z0-9_]*`, so the split point is where
 * a known identifier, a name the description mentions, or a run of known words begins.
 */
import { MAX_NAME_LENGTH } from '../input/limits.ts';
import type { Lexicon } from './lexicon.ts';

export interface GluedSplit {
  /** What came before the identifier (a previous example, the end of a description). */
  head: string;
  name: string;
  /** `true` when no knowledge decided the split, only the shape of the text. */
  guessed: boolean;
}

/** Common words of Slack identifiers, for splitting when the page itself does not help. */
const COMMON_WORDS = new Set(
  `access account accounts action actions active add admin after all allow allowed already and api app apps archive
  archived arg args array as at attachment attachments auth authed authorization bad before block blocks bookmark
  bot bots call calls canvas cant channel channels charset client code codes column comment commands config
  content conversation conversations count create created cursor custom data date default delete deleted denied
  deprecated description display dnd domain email emoji end endpoint enterprise error event exclude expired
  expires external fatal field fields file files form found full grant group groups has hidden history id ids im
  include inclusive info install installed internal invalid invite invited is item items json key latest limit
  limited link links list lookup malformed manifest many max member members message messages metadata method mismatch missing
  name names needed next no not oauth object oldest only org page pin pins post presence private profile public
  purpose query rate ratelimited reaction reactions read reason redirect refresh remind reminder remove reply
  request required resource restricted results revoke scope scopes search secret service set size sort source
  star status subtype team teams test text thread timeout timestamp title token tokens too topic total ts type
  types unfurl unknown update upload uri url user usergroup username users valid validate value verifier view views
  workflow workspace write in on of to by at or up out off any per via`.split(/\s+/),
);

/**
 * Splits `chunk` into the glued head and the identifier it ends with. `hint` is text that
 * mentions the name (its description); `expectHead` is false where nothing is glued before a
 * name (the first row of a table), so a chunk that is one identifier is taken whole.
 */
export function splitGluedName(
  chunk: string,
  hint: string,
  lexicon: Lexicon,
  expectHead: boolean,
): GluedSplit | null {
  const run = /[a-z0-9_]+$/.exec(chunk)?.[0];
  if (!run) return null;
  const runStart = chunk.length - run.length;
  const candidates: number[] = [];
  // A name never starts just after `_`: that would cut a snake_case name in two; nor inside a
  // label and its first character (`Examplefalsenext`: not `xamplefalsenext`). Nor is it longer
  // than MAX_NAME_LENGTH (a longer run is a glued value ending in a name).
  const labelEnd = Math.max(
    ...['Example', 'Default', 'ex:'].map((l) =>
      chunk.includes(l) ? chunk.lastIndexOf(l) + l.length + 1 : 0,
    ),
  );
  const earliest = labelEnd - runStart;
  for (let p = Math.max(0, earliest, run.length - MAX_NAME_LENGTH); p < run.length; p++) {
    if (/[a-z]/.test(run[p]!) && run[p - 1] !== '_') candidates.push(runStart + p);
  }
  if (candidates.length === 0) return null;
  const at = (start: number, guessed: boolean): GluedSplit => ({
    head: chunk.slice(0, start),
    name: chunk.slice(start),
    guessed,
  });
  if (!expectHead && runStart === 0 && /^[a-z]/.test(chunk)) return at(0, false);
  const known = candidates.find((s) => lexicon.identifiers.has(chunk.slice(s)));
  if (known !== undefined) return at(known, false);
  // The longest name the description mentions or that is made of known words
  // (`fullusername`: `username`, not the `name` its description mentions).
  const isWord = (w: string) => lexicon.words.has(w) || COMMON_WORDS.has(w);
  const worded = (s: number) =>
    chunk
      .slice(s)
      .split('_')
      .every((seg) => seg === '' || /^\d+$/.test(seg) || isWord(seg));
  const likely = candidates.find((s) => mentions(hint, chunk.slice(s)) || worded(s));
  if (likely !== undefined) return at(likely, false);
  const afterBoundary = candidates.find((s) => s === 0 || !/[a-z]/.test(chunk[s - 1]!));
  return at(afterBoundary ?? candidates[0]!, true);
}

/**
 * The identifier a run of text starts with, when a value is glued after it
 * (`tokenxxxx-xxxxxxxxx-xxxx`): the longest known identifier, else the longest run of known words.
 */
export function splitGluedPrefix(run: string, lexicon: Lexicon): string {
  const isWord = (w: string) => lexicon.words.has(w) || COMMON_WORDS.has(w);
  const longest = Math.min(run.length, MAX_NAME_LENGTH);
  for (let end = longest; end > 0; end--)
    if (lexicon.identifiers.has(run.slice(0, end))) return run.slice(0, end);
  if (run.length > MAX_NAME_LENGTH) return run;
  // A value a glued name often ends in: `unreadstrue`, `count100`.
  const value = /^([a-z][a-z0-9_]*?[a-z_])(true|false|\d[\d.]*)$/.exec(run);
  if (value && !value[1]!.endsWith('_')) return value[1]!;
  for (let end = run.length; end > 0; end--) {
    const candidate = run.slice(0, end);
    if (!candidate.endsWith('_') && candidate.split('_').every((seg) => isWord(seg))) return candidate;
  }
  return run;
}

/** Whether `text` mentions `name` as a whole word (not inside a longer identifier). */
export function mentions(text: string, name: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(name, from);
    if (i < 0) return false;
    const before = text[i - 1];
    const after = text[i + name.length];
    if (
      (before === undefined || !/[A-Za-z0-9_]/.test(before)) &&
      (after === undefined || !/[A-Za-z0-9_]/.test(after))
    ) {
      return true;
    }
    from = i + 1;
  }
}

/**
 * Puts back the spaces a rendering lost around known snake_case names (`sendingclient_idand`):
 * longest names first, each unless the text already has it as a word of its own, a space goes
 * between the name and a letter glued to it.
 *
 * Names are made of word characters, so each run of them (`sendingclient_idand`) is done on its
 * own: only the names found in the run are tried, and the cost is that of the runs, not of
 * every known name times the text. Runs longer than `LONGEST_RUN` (no words glued together
 * are that long) are left as they are.
 */
export function respaceKnownNames(text: string, lexicon: Lexicon): string {
  const { rank, trie } = respacerOf(lexicon);
  const runs: { start: number; end: number; text: string }[] = [];
  /** How many runs (or parts of runs, once split) are each name standing alone. */
  const alone = new Map<string, number>();
  const found = new Map<string, number[]>();
  const count = (word: string, by: number) => alone.set(word, (alone.get(word) ?? 0) + by);
  for (const m of text.matchAll(WORD_RUN)) {
    const run = m[0];
    if (!run.includes('_')) continue;
    count(run, 1);
    if (run.length > LONGEST_RUN) continue;
    const index = runs.push({ start: m.index, end: m.index + run.length, text: run }) - 1;
    for (const name of namesIn(run, trie)) {
      const list = found.get(name) ?? [];
      if (list[list.length - 1] !== index) list.push(index);
      found.set(name, list);
    }
  }
  if (found.size === 0) return text;
  const names = [...found.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!);
  for (const name of names) {
    if (alone.get(name)) continue;
    const glued = new RegExp(`([A-Za-z])?${name}([A-Za-z])?`, 'g');
    for (const index of found.get(name)!) {
      const run = runs[index]!;
      if (!run.text.includes(name)) continue;
      const respaced = run.text.replace(
        glued,
        (_m, b?: string, a?: string) => `${b ? `${b} ` : ''}${name}${a ? ` ${a}` : ''}`,
      );
      if (respaced === run.text) continue;
      for (const part of run.text.split(' ')) count(part, -1);
      for (const part of respaced.split(' ')) count(part, 1);
      run.text = respaced;
    }
  }
  const parts: string[] = [];
  let from = 0;
  for (const run of runs) {
    parts.push(text.slice(from, run.start), run.text);
    from = run.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Characters a name is made of, and a word boundary is not (as `mentions` has it). */
const WORD_RUN = /[A-Za-z0-9_]+/g;
const NAME = /^[A-Za-z0-9_]*_[A-Za-z0-9_]*$/;
/** Longest run of word characters in which names are looked for. */
const LONGEST_RUN = 4 * MAX_NAME_LENGTH;

/** The names as a trie: node 0 is the root; `next` maps `node * 128 + char code` to the child node. */
interface Trie {
  next: Map<number, number>;
  names: Map<number, string>;
}

interface Respacer {
  /** Order in which names are tried: longest first, then as the lexicon lists them. */
  rank: Map<string, number>;
  trie: Trie;
}

const RESPACERS = new WeakMap<Lexicon, Respacer>();

function respacerOf(lexicon: Lexicon): Respacer {
  const cached = RESPACERS.get(lexicon);
  if (cached) return cached;
  const names = [...lexicon.identifiers]
    .filter((n) => NAME.test(n) && n.length <= MAX_NAME_LENGTH)
    .sort((a, b) => b.length - a.length);
  const trie: Trie = { next: new Map(), names: new Map() };
  let nodes = 1;
  for (const name of names) {
    let node = 0;
    for (let i = 0; i < name.length; i++) {
      const key = node * 128 + name.charCodeAt(i);
      let child = trie.next.get(key);
      if (child === undefined) trie.next.set(key, (child = nodes++));
      node = child;
    }
    trie.names.set(node, name);
  }
  const respacer = { rank: new Map(names.map((n, i) => [n, i])), trie };
  RESPACERS.set(lexicon, respacer);
  return respacer;
}

/** The names of the trie that occur in `run`. */
function namesIn(run: string, trie: Trie): Set<string> {
  const names = new Set<string>();
  for (let s = 0; s < run.length; s++) {
    let node: number | undefined = 0;
    for (let e = s; e < run.length && node !== undefined; e++) {
      node = trie.next.get(node * 128 + run.charCodeAt(e));
      const name = node === undefined ? undefined : trie.names.get(node);
      if (name !== undefined) names.add(name);
    }
  }
  return names;
}
