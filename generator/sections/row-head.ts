/**
 * The head of an argument row in text: its name, type word and requiredness marker, which a
 * rendering may put in any order, on lines of their own or run together on one. The anchors are
 * closed vocabularies: type words (string, integer, number, boolean, array, object, enum, their
 * plurals and typed arrays) and markers (marker.ts); a name is an identifier.
 */
import { readMarkerAt, readWholeMarker, typeWordAt, type Marker } from './marker.ts';
import { splitGluedName } from './glued-split.ts';
import type { Lexicon } from './lexicon.ts';

const SINGULAR = 'string|integer|number|boolean|array|object|enum|float|double|int|bool|timestamp|token';
const PLURAL = 'strings|integers|numbers|booleans|arrays|objects|enums|floats|ints|timestamps|tokens';
/** A type as a cell of its own: `string`, `string[]`, `strings`, `array of strings`, `array<string>`. */
const TYPE_PHRASE = new RegExp(
  `^(?:(?:${SINGULAR})(?:\\[\\])?|${PLURAL}|(?:an?\\s+)?(?:array|list)\\s+of\\s+(?:${PLURAL}|${SINGULAR})|array\\s*(?:<\\s*(?:${SINGULAR})\\s*>|\\[\\s*(?:${SINGULAR})\\s*\\]))$`,
  'i',
);
const NAME = /^[a-z][a-z0-9_]*/;
/** The longest type phrase a text starts with, followed by a space or its end. */
const TYPE_AT_START = new RegExp(
  `^(?:(?:an?\\s+)?(?:array|list)\\s+of\\s+(?:${PLURAL}|${SINGULAR})|array\\s*(?:<\\s*(?:${SINGULAR})\\s*>|\\[\\s*(?:${SINGULAR})\\s*\\])|(?:${PLURAL})|(?:${SINGULAR})(?:\\[\\])?)(?=\\s|$)`,
  'i',
);
/** A plural type glued after a name (`prioritiesintegers`), and a plural type word alone. */
const PLURAL_GLUED = new RegExp(`^([a-z][a-z0-9_]*?[a-z0-9])(${PLURAL})(?=$|\\s|[A-Z(\`"])`);
const PLURAL_WORD = new RegExp(`^(?:${PLURAL})$`, 'i');
const PLURAL_START = new RegExp(`^(?:${PLURAL})`);

/**
 * `users array of strings …`, `priorities integers`: a name and a type phrase the glued-row
 * matcher does not know (plurals, typed arrays), set apart by spaces; the rest of the line after.
 */
export function spacedTypePhrase(text: string): { name: string; type: string; rest: string } | null {
  // `prioritiesintegers`: a plural glued to the name.
  const plural = PLURAL_GLUED.exec(text);
  if (plural) return { name: plural[1]!, type: plural[2]!, rest: text.slice(plural[0].length) };
  const name = /^([a-z][a-z0-9_]*)\s+/.exec(text);
  if (!name || isTypePhrase(name[1]!)) return null;
  const type = TYPE_AT_START.exec(text.slice(name[0].length));
  // A single type word is the glued-row matcher's; a plural or a phrase of words is read here.
  if (!type || (/^[a-z]+$/i.test(type[0]) && !PLURAL_WORD.test(type[0]))) return null;
  return { name: name[1]!, type: type[0], rest: text.slice(name[0].length + type[0].length) };
}

/** Whether `text` is only a type (a line or cell that is a type word is a type). */
export function isTypePhrase(text: string): boolean {
  return TYPE_PHRASE.test(text.trim());
}

/** What a line standing alone may be in a row's head: its name, its type, its marker, or a pair of them. */
export interface LonePart {
  name: string | null;
  type: string | null;
  marker: Marker | null;
}

/**
 * A line that is only a name, a type or a marker (`token`, `string`, `Optional, default=false`),
 * or a name or a type with a marker beside it (`tokenRequired`, `string Required`); else null.
 */
export function lonePart(text: string): LonePart | null {
  const t = text.trim();
  if (t === '' || t.length > 200) return null;
  const marker = readWholeMarker(t);
  if (marker) {
    const peeled = peelHead(marker);
    const parts = peeled ? headParts(peeled) : null;
    return parts ? { ...parts, marker } : { name: null, type: null, marker };
  }
  if (isTypePhrase(t)) return { name: null, type: t, marker: null };
  const name = NAME.exec(t)?.[0];
  // A name alone, or with its type glued to it (`channelstring`, cells run together).
  if (name && name.length === t.length) return { ...headParts(t)!, marker: null };
  // A marker before or after the name or type: `tokenRequired`, `Required string`, `Optionallimit`.
  const lead = readMarkerAt(t, 0, true);
  const after = lead ? t.slice(lead.length).trim() : '';
  const parts = after !== '' && !/^[,.;(]/.test(after) ? headParts(after) : null;
  if (lead && parts) return { ...parts, marker: lead };
  for (const m of t.matchAll(/Required|Optional|required|optional/g)) {
    const head = t.slice(0, m.index).trim();
    const marker2 = readWholeMarker(t.slice(m.index));
    if (!marker2 || head === '') continue;
    const parts = headParts(head);
    if (parts) return { ...parts, marker: marker2 };
  }
  return null;
}

/**
 * What stands before a marker on a line of its own: a type, a name, or a name and its type glued
 * or apart in either order (`channelstring`, `tokentoken`, `stringparse`, `string parse`).
 */
function headParts(head: string): { name: string | null; type: string | null } | null {
  if (isTypePhrase(head)) return { name: null, type: head };
  const swapped = nameFirst(head);
  if (swapped !== head) {
    const [name, type, more] = swapped.split(/\s+/);
    return name && type && more === undefined && NAME.exec(name)?.[0] === name ? { name, type } : null;
  }
  if (NAME.exec(head)?.[0] !== head) return null;
  for (let i = 1; i < head.length; i++) {
    const type = typeWordAt(head, i);
    // A name not ending in `_` with a type word glued after it.
    if (type && i + type.length === head.length && /[a-z0-9]/.test(head[i - 1]!))
      return { name: head.slice(0, i), type };
  }
  return { name: head, type: null };
}

/**
 * A marker in the head of a row on one line (`tokenRequiredstring…`, `channel string Optional,
 * default=false …`, `Required token string`), taken out of the line, which then reads as a row
 * without one. Only the first three tokens of a line make its head: a marker later on is prose.
 */
export function liftMarker(text: string): { text: string; marker: Marker } | null {
  for (const m of text.matchAll(/Required|Optional|required|optional/g)) {
    const k = m.index;
    // A head is a few words (an example glued before the name aside): a marker far on is prose.
    if (k > MAX_HEAD) return null;
    const head = text.slice(0, k);
    // A type phrase of several words (`array of strings`) is one token of the head.
    const compact = head.replace(/\b(?:an?\s+)?(?:array|list)\s+of\s+[a-z]+/i, 'array');
    const tokens = compact.trim() === '' ? 0 : compact.trim().split(/\s+/).length;
    if (tokens > 2) return null;
    if (!isHeadBefore(compact)) continue;
    // A lower-case word glued to a name is part of it (`is_required`).
    if (/^[ro]/.test(m[0]) && /[A-Za-z0-9_]$/.test(head)) continue;
    // Before the name (nothing or only a type before it), a marker may be glued to the name.
    const marker = readMarkerAt(text, k, k === 0 || isTypePhrase(head));
    if (!marker) continue;
    const peeled =
      k === 0 || isTypePhrase(head) ? peelHead(marker, text.slice(k + marker.length), head) : null;
    const after = (peeled ? `${peeled} ` : '') + text.slice(k + marker.length);
    const spaced = /\s$/.test(head) || /^\s/.test(after);
    return {
      text: `${head.trimEnd()}${spaced && head.trim() !== '' ? ' ' : ''}${after.trimStart()}`,
      marker,
    };
  }
  return null;
}

/**
 * A marker before the name whose condition ran on into the name and type
 * (`Required if the token is org-level string team_id`): the type and name taken back from the
 * condition's end (the marker is changed), or null.
 */
function peelHead(marker: Marker, after = '', before = ''): string | null {
  const isName = (w: string) => NAME.exec(w)?.[0] === w && !isTypePhrase(w);
  // `Required if as_user is false username string`, `string Required if as_user is false
  // username`: the type after the condition or before the marker, the name the condition's last word.
  const one = /^(.*\S)\s+(\S+)$/.exec(marker.condition ?? '');
  if (one && (isTypePhrase(after.trim()) || isTypePhrase(before.trim())) && isName(one[2]!)) {
    marker.condition = one[1]!;
    return one[2]!;
  }
  const m = marker.condition === null ? null : /^(.*\S)\s+(\S+\s+\S+)$/.exec(marker.condition);
  if (!m) return null;
  const words = m[2]!.split(/\s+/);
  const pair =
    (isTypePhrase(words[0]!) && isName(words[1]!)) || (isName(words[0]!) && isTypePhrase(words[1]!));
  if (!pair) return null;
  marker.condition = m[1]!;
  return m[2]!;
}

const MAX_HEAD = 2000;

/** Whether what precedes a marker is a row's head: nothing, a name run, or a name and a type. */
function isHeadBefore(head: string): boolean {
  const tokens = head.trim() === '' ? [] : head.trim().split(/\s+/);
  if (tokens.length <= 1) return tokens.length === 0 || /[a-z0-9_\]]$/.test(tokens[0]!);
  if (tokens.length === 2) return isTypePhrase(tokens[0]!) || isTypePhrase(tokens[1]!);
  return false;
}

/**
 * `string channel …`, `stringchannel…`: a type before the name, put after it so the row reads as
 * usual. Only where the name is not a type word itself (`token string`, `tokenstring`: the name
 * comes first).
 */
export function nameFirst(text: string): string {
  const phrase = TYPE_AT_START.exec(text)?.[0];
  const spaced = phrase ? /^(\s+)([a-z][a-z0-9_]*)(?=\s|$)/.exec(text.slice(phrase.length)) : null;
  if (phrase && spaced && mayBeName(spaced[2]!, phrase))
    return `${spaced[2]}${spaced[1]}${phrase}${text.slice(phrase.length + spaced[0].length)}`;
  const type = typeWordAt(text, 0);
  // A longer type phrase (`integers`) is no type word with a name glued to it (`s`).
  if (!type || (phrase && phrase.length > type.length)) return text;
  const glued = /^([a-z][a-z0-9_]*)(?=\s|$|[A-Z(`"])/.exec(text.slice(type.length));
  if (!glued || !mayBeName(glued[1]!, type)) return text;
  return `${glued[1]} ${type}${text.slice(type.length + glued[1]!.length)}`;
}

/**
 * Whether a word after a type word is the name: any word but a type word, and of the type words
 * those that are also arguments' names (`token`, `timestamp`) after a type that is no name.
 */
function mayBeName(word: string, type: string): boolean {
  if (!isTypePhrase(word)) return true;
  return /^(token|timestamp)$/.test(word) && !/^(token|timestamp)$/.test(type);
}

/**
 * Where rows run together on one line (`…the channel.ExampleC1234usersRequiredstringA list…`),
 * the offsets at which a row after the first starts: a name glued to what precedes it, followed
 * by a marker and a type word (in either order), or by a type word and a capitalised description.
 * The row starts with the run of text its name ends (`ExampleC1234users`): what is glued before
 * the name is the end of the row before, which the row reader gives back to it.
 */
export function rowStartsInLine(text: string, lexicon: Lexicon): number[] {
  const starts: number[] = [];
  let headEnd = 0;
  // The run of text glued before an anchor (what precedes the name, and the name) starts after
  // the last white space before it, found by one scan of the line as anchors come.
  let scanned = 0;
  let runStart = 0;
  // A marker the line starts with (`Required (one of: text, blocks)textstring…`) is the first row's.
  const lead = readMarkerAt(text, 0, true)?.length ?? 0;
  for (const m of text.matchAll(ANCHOR_WORDS)) {
    const at = m.index;
    for (; scanned < at; scanned++) if (/\s/.test(text[scanned]!)) runStart = scanned + 1;
    if (at < headEnd || runStart < lead) continue;
    // `…usernames.stringparseOptional…`, `…message toRequiredstringuserExample…`: a head that
    // starts with a type or a marker, the name after it, starts the row.
    const first = at > 0 ? Math.max(typeFirstHeadEnd(text, at), markerFirstHeadEnd(text, at)) : -1;
    if (first > 0 && (at > runStart || markerFirstHeadEnd(text, at) > 0)) {
      starts.push(at);
      headEnd = first;
      continue;
    }
    if (!/[a-z0-9_]/.test(text[at - 1] ?? '')) continue;
    const end = headEndAt(text, at);
    if (end < 0) continue;
    const s = runStart;
    headEnd = end;
    if (s === 0 || at - s > 2000) continue;
    const split = splitGluedName(text.slice(s, at), text.slice(end, end + 200), lexicon, true);
    if (!split || split.head === '') continue;
    // After a label, what is glued before the name ends the label's value (`ExampleHello
    // worldblocks…`): the row starts at the name. Else it is the example before the name, which
    // starts the run (`…sent).http://example.comgrant_type…`).
    const from = starts[starts.length - 1] ?? 0;
    starts.push(
      endsInLabel(text.slice(Math.max(from, s - 300), s + split.head.length)) ? s + split.head.length : s,
    );
  }
  return starts;
}

/**
 * Where a head that starts with a type word ends, or -1: the name then a marker
 * (`stringparseOptional`), or a marker then the name (`arrayRequired (one of …)blocksA JSON…`).
 */
function typeFirstHeadEnd(text: string, at: number): number {
  const type = typeWordAt(text, at);
  if (!type) return -1;
  const from = at + type.length;
  const markerFirst = readMarkerAt(text, from, true);
  if (markerFirst) {
    const after = from + markerFirst.length;
    const name = /^[a-z][a-z0-9_]*(?=[A-Z]|\s|$)/.exec(text.slice(after, after + 100));
    return name && !isTypePhrase(name[0]) ? after + name[0].length : -1;
  }
  const name = /^[a-z][a-z0-9_]*?(?=Required|Optional)/.exec(text.slice(from, from + 100));
  if (!name || typeWordAt(name[0], 0) === name[0]) return -1;
  const marker = readMarkerAt(text, from + name[0].length);
  return marker ? from + name[0].length + marker.length : -1;
}

/** Where a head that starts with a marker, then a type and a name glued (`Requiredstringuser`), ends, or -1. */
function markerFirstHeadEnd(text: string, at: number): number {
  const marker = readMarkerAt(text, at, true);
  if (!marker) return -1;
  const rest = text.slice(at + marker.length, at + marker.length + 120);
  const type = PLURAL_START.exec(rest)?.[0] ?? typeWordAt(rest, 0);
  const name = type
    ? /^[a-z][a-z0-9_]*?(?=[A-Z]|\s|$)/.exec(rest.slice(type.length))
    : /^([a-z][a-z0-9_]*?)(?=(?:string|integer|number|boolean|array|object)(?:[A-Z]|\s|$))/.exec(rest);
  if (!name || name[0] === '') return -1;
  const length = name[0].length + (type?.length ?? typeWordAt(rest, name[0].length)!.length);
  return at + marker.length + length;
}

/** Whether `text` ends in a label and its value: a label with no sentence end after it. */
function endsInLabel(text: string): boolean {
  const at = Math.max(...['Example', 'Default', 'ex:'].map((l) => text.lastIndexOf(l)));
  return at >= 0 && !/[.!?]\s/.test(text.slice(at));
}

const ANCHOR_WORDS = /Required|Optional|string|integer|number|boolean|array|object/g;

/**
 * Where a row's head that starts at `at` ends, or -1: a marker then a type word, a type word then
 * a marker, or a type word and a capitalised description.
 */
function headEndAt(text: string, at: number): number {
  const marker = readMarkerAt(text, at);
  if (marker) {
    const type = typeWordAt(text, at + marker.length);
    return type ? at + marker.length + type.length : -1;
  }
  const type = typeWordAt(text, at);
  if (!type) return -1;
  const after = at + type.length;
  const then = readMarkerAt(text, after);
  if (then) return after + then.length;
  return /^[A-Z][a-z]/.test(text.slice(after, after + 2)) ? after : -1;
}

/**
 * Rows of the oldest table run together (`…Authentication token.channelC1234567890Required…`):
 * each row after the first starts with the name before an example and a marker, after the
 * sentence that ends the description before it (or after a space).
 */
export function legacyRowStarts(text: string): number[] {
  const starts: number[] = [];
  let scanned = 0;
  let runStart = 0;
  for (const m of text.matchAll(/Required|Optional/g)) {
    const k = m.index;
    for (; scanned < k; scanned++) if (/\s/.test(text[scanned]!)) runStart = scanned + 1;
    if (/[a-z]/.test(text[k + 8] ?? '') || k - runStart > 2000) continue;
    const run = text.slice(runStart, k);
    const afterSentence = /[.!?)](?=[a-z])/.exec(run);
    const start = afterSentence ? runStart + afterSentence.index + 1 : runStart;
    if (start > (starts[starts.length - 1] ?? 0) && /^[a-z]/.test(text.slice(start, start + 1)))
      starts.push(start);
  }
  return starts;
}
