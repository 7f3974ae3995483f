/**
 * Requiredness markers as pages write them: the word (`Required`, `Optional`) and what may follow
 * it in the same cell or line. A default (`Optional, default=false`, `Optional. Default: 20`,
 * `Optional (default: 0)`, `Optional Default: true`), a group (`Required (one of text, blocks)`)
 * or a condition (`Required if the token is org-level`). A requirement that holds only on a
 * condition, or only as one of a group, is not a requirement of the argument itself: it reads as
 * optional, the condition or group kept beside it.
 *
 * Cells may be glued (`Optional, default=falsebooleanSet to…`, `Required if org-levelThe…`):
 * a value or condition ends where a type word or a capitalised sentence is glued to it.
 */
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { uniqueGroups, type ArgGroupFact } from '../facts/page-facts.ts';
import { groupKind } from './notes.ts';
import { TYPE_WORDS } from './row-match.ts';

export interface Marker {
  required: boolean;
  default: string | null;
  /** `if the token is org-level`: the requirement holds only then. */
  condition: string | null;
  /** `one of text, blocks, attachments`: the argument is one of a group (the names it lists, maybe none). */
  oneOf: { kind: 'one-of' | 'at-least-one-of'; names: string[] } | null;
  /** The characters of the text the marker takes, from where it starts. */
  length: number;
}

const WORD = /^(?:required|optional)/i;
const LOWER = /[a-z]/;
const UPPER = /[A-Z]/;
const DEFAULT_LABEL =
  /^\s*(?:(?<sep>[,;.(]|\s)\s*)?(?<open>\()?\s*(?:default(?:\s+value)?\s*[=:]\s*|default\s+(?=\S)|(?<=[,;(]\s*)defaults?\s+(?:is|to)\s+)/i;
const GROUP = /^\s*[,;]?\s*\(\s*(?:(?<how>at least|exactly|only)\s+)?one of:?\s*(?<names>[^)]*)\)/i;
const CONDITION = /^\s*[,;]?\s*(?<open>\()?\s*(?:only\s+)?(?:if|when|unless)\b/i;

/** The type word glued at `i` (`string`, `integer`, …), if one starts there. */
export function typeWordAt(text: string, i: number): string | null {
  for (const w of TYPE_WORDS) if (text.startsWith(w, i)) return w;
  return null;
}

/**
 * The marker that starts at `from` in `text`, or null. The word stands alone (`Required`, not
 * `Requirements`), or is glued to a type word (`Requiredstring`), a capitalised word, or (where
 * `gluedToName` says a name may follow, at the start of a row) a name.
 */
export function readMarkerAt(text: string, from = 0, gluedToName = false): Marker | null {
  const word = WORD.exec(text.slice(from, from + 8))?.[0];
  if (!word) return null;
  let p = from + word.length;
  if (LOWER.test(text[p] ?? '') && !typeWordAt(text, p) && !(gluedToName && UPPER.test(word[0]!)))
    return null;
  const marker: Marker = {
    required: word.toLowerCase() === 'required',
    default: null,
    condition: null,
    oneOf: null,
    length: 0,
  };
  for (let guard = 0; guard < 3; guard++) {
    const next = readExtra(text, p, marker);
    if (next === p) break;
    p = next;
  }
  if (marker.condition !== null || marker.oneOf !== null) marker.required = false;
  marker.length = p - from;
  return marker;
}

/** The whole of `text` read as a marker (a cell, a line of its own), or null if more is there. */
export function readWholeMarker(text: string): Marker | null {
  const t = text.trim();
  const m = readMarkerAt(t);
  return m && t.slice(m.length).replace(/^[\s.,;]+/, '') === '' ? m : null;
}

/** One extra after the marker word (a default, a group, a condition); returns where it ends. */
function readExtra(text: string, p: number, marker: Marker): number {
  const rest = text.slice(p, p + 400);
  const def = marker.default === null ? DEFAULT_LABEL.exec(rest) : null;
  if (def) {
    const value = valueAt(text, p + def[0].length);
    if (value) {
      marker.default = value.value;
      let end = value.end;
      if (def.groups?.['open'] || def.groups?.['sep'] === '(') end = closeParen(text, end);
      return end;
    }
  }
  const group = marker.oneOf === null ? GROUP.exec(rest) : null;
  if (group) {
    const names = [...(group.groups?.['names'] ?? '').matchAll(/[a-z][a-z0-9_]*/g)].map((m) => m[0]);
    marker.oneOf = { kind: groupKind(group.groups?.['how'] ?? ''), names };
    return p + group[0].length;
  }
  const cond = marker.condition === null ? CONDITION.exec(rest) : null;
  if (cond) {
    const start = p + cond[0].length - /(?:if|when|unless)$/i.exec(cond[0])![0].length;
    const end = cond.groups?.['open'] ? text.indexOf(')', start) : conditionEnd(text, start);
    const stop = end < 0 ? text.length : end;
    marker.condition = text.slice(start, stop).trim();
    return cond.groups?.['open'] && end >= 0 ? end + 1 : stop;
  }
  return p;
}

function closeParen(text: string, p: number): number {
  const m = /^\s*\)/.exec(text.slice(p, p + 40));
  return m ? p + m[0].length : p;
}

/**
 * A default's value from `p`: quoted, or a run of characters up to a space, a comma, a closing
 * parenthesis, a sentence end, or what is glued after it (a type word, a capitalised word).
 */
function valueAt(text: string, p: number): { value: string; end: number } | null {
  const quote = text[p];
  const limit = Math.min(text.length, p + MAX_VALUE);
  if (quote === '"' || quote === '`' || quote === "'") {
    const close = text.indexOf(quote, p + 1);
    if (close > p + 1 && close < limit) return { value: text.slice(p + 1, close), end: close + 1 };
  }
  let e = p;
  while (e < limit && !/[\s,;)]/.test(text[e]!)) e++;
  let end = gluedEnd(text, p, e);
  // A sentence end after the value is not part of it (`Default: 20.`).
  while (end > p + 1 && /[.]/.test(text[end - 1]!) && (end === text.length || /\s/.test(text[end] ?? '')))
    end--;
  return end > p ? { value: text.slice(p, end), end } : null;
}

/** Where a run from `p` to `e` ends if something is glued to its end: a type word, a marker, a capitalised word. */
function gluedEnd(text: string, p: number, e: number): number {
  for (let i = p + 1; i < e; i++) {
    const type = typeWordAt(text, i);
    if (
      type &&
      (i + type.length >= e || UPPER.test(text[i + type.length]!) || nameAfter(text, i + type.length))
    )
      return i;
    if (/[a-z0-9]/.test(text[i - 1]!) && UPPER.test(text[i]!) && LOWER.test(text[i + 1] ?? '')) return i;
  }
  return e;
}

/** Whether a name glued after a type word ends a cell there (`booleaninclude_locale`, `stringteam_idThe…`). */
function nameAfter(text: string, i: number): boolean {
  return /^[a-z][a-z0-9_]*(?=$|[\s\t]|[A-Z])/.test(text.slice(i, i + 100));
}

/**
 * Where a condition in running text ends: at a tab or line end, a sentence end, a type word glued
 * to it (`org-levelstring`), or a capitalised sentence glued to it (`org-levelThe workspace`).
 */
function conditionEnd(text: string, from: number): number {
  // A condition is a few words: the scan is bounded (a hostile line may be one long run).
  const limit = Math.min(text.length, from + MAX_CONDITION);
  for (let i = from + 1; i < limit; i++) {
    const c = text[i]!;
    if (c === '\t' || c === '\n') return i;
    if (/[.;]/.test(c) && /\s/.test(text[i + 1] ?? '')) return i;
    const type = typeWordAt(text, i);
    const ends =
      type !== null && (!LOWER.test(text[i + type.length] ?? '') || nameAfter(text, i + type.length));
    if (ends && /[a-z0-9)-]/.test(text[i - 1]!)) return i;
    // A type word after a space ends a condition only where it ends the line or a cell.
    const cellEnd = /^(?:\[\])?(?:\t|$)/.test(
      text.slice(i + (type?.length ?? 0), i + (type?.length ?? 0) + 3),
    );
    if (type && /\s/.test(text[i - 1]!) && cellEnd) return i;
    if (/[a-z0-9)-]/.test(text[i - 1]!) && UPPER.test(c) && LOWER.test(text[i + 1] ?? '')) return i;
  }
  return limit;
}

/** Most characters a condition (`if the token is org-level`) or a default value is read over. */
const MAX_CONDITION = 300;
const MAX_VALUE = 200;

/** What a marker says of an argument beyond required or optional, for groups and diagnostics. */
export interface MarkNote {
  arg: string;
  condition: string | null;
  oneOf: Marker['oneOf'];
  /** The section the argument is listed in (a marker that lists no names groups the arguments of its section). */
  section?: string;
}

export function markNote(arg: string, marker: Marker | null): MarkNote | null {
  if (!marker || (marker.condition === null && marker.oneOf === null)) return null;
  return { arg, condition: marker.condition, oneOf: marker.oneOf };
}

/**
 * The groups markers state: `Required (one of text, blocks, attachments)` on each member makes
 * the group of the names it lists (the argument itself among them), when all are arguments of
 * the method; a marker that lists none (`Required (one of these)`) groups the arguments marked so
 * in its section. What makes no group is returned to be reported.
 */
export function groupsOfMarks(
  marks: readonly MarkNote[],
  argNames: ReadonlySet<string>,
): { groups: ArgGroupFact[]; unread: MarkNote[] } {
  const groups: ArgGroupFact[] = [];
  const unread: MarkNote[] = [];
  const unnamed = new Map<string, MarkNote[]>();
  for (const mark of marks) {
    if (!mark.oneOf) continue;
    if (mark.oneOf.names.length === 0) {
      const key = `${mark.section ?? ''}:${mark.oneOf.kind}`;
      unnamed.set(key, [...(unnamed.get(key) ?? []), mark]);
      continue;
    }
    const names = mark.oneOf.names.includes(mark.arg) ? mark.oneOf.names : [mark.arg, ...mark.oneOf.names];
    if (names.length >= 2 && names.every((n) => argNames.has(n)))
      groups.push({ kind: mark.oneOf.kind, args: names });
    else unread.push(mark);
  }
  for (const members of unnamed.values()) {
    if (members.length >= 2) groups.push({ kind: members[0]!.oneOf!.kind, args: members.map((m) => m.arg) });
    else unread.push(...members);
  }
  return { groups: uniqueGroups(groups), unread };
}

/** What a marker said that the model keeps no fact of: a condition, or a group that could not be made. */
export function markDiagnostic(mark: MarkNote, method: string, file: string, section: string): Diagnostic {
  const said = mark.condition !== null ? `required ${mark.condition}` : `required as one of a group`;
  const why =
    mark.condition !== null
      ? 'it is read as optional'
      : 'it is read as optional, and no group was made of it (the arguments it names are not all arguments of the method)';
  return diagnostic(
    'info',
    mark.condition !== null ? 'args/required-if' : 'args/group-unclear',
    file,
    section,
    `${method}: ${mark.arg} is marked ${JSON.stringify(said)}; ${why}.`,
  );
}
