/**
 * The facts about a method as a whole: HTTP verb and URL, content types, rate limit, scopes,
 * deprecation. Each reader takes the sections and returns `null` when the page does not say.
 */
import type { HttpFacts, Scopes } from '../model/types.ts';
import type { Block, Section } from '../documents/document.ts';
import { blockText } from '../documents/document.ts';
import { isArgumentSection } from './sectionize.ts';

const VERB_URL = /\b(GET|POST|PUT|PATCH|DELETE)\s*(https?:\/\/[^\s"'<>]+)/;
const URL_RUN = /[^\s"'<>]+/g;
const API_PATH = /\/api\/([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)/g;

/**
 * The first API URL in a text and the method it names: what
 * `/https?:\/\/[^\s"'<>]*\/api\/([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)/.exec(text)` gives
 * (`[url, method]`), in one pass: that regex rescans the rest of a run from every `http` in it.
 * Within a run of URL characters, the first `http://` before the last `/api/<method>` wins.
 */
export function apiUrlOf(text: string): [string, string] | null {
  if (!text.includes('/api/')) return null;
  for (const run of text.matchAll(URL_RUN)) {
    const r = run[0];
    if (!r.includes('/api/')) continue;
    let last: RegExpExecArray | null = null;
    API_PATH.lastIndex = 0;
    for (let m = API_PATH.exec(r); m; m = API_PATH.exec(r)) last = m;
    if (!last) continue;
    const scheme = /https?:\/\//.exec(r);
    if (!scheme || scheme.index + scheme[0].length > last.index) continue;
    return [r.slice(scheme.index, last.index + last[0].length), last[1]!];
  }
  return null;
}
const MIME = /\b(application\/x-www-form-urlencoded|application\/json|multipart\/form-data|text\/plain)\b/g;

/** Sections that describe the method rather than its arguments, errors or examples. */
function factSections(sections: readonly Section[]): Section[] {
  return sections.filter(
    (s) => !isArgumentSection(s.kind) && !['errors', 'warnings', 'responses', 'field-guide'].includes(s.kind),
  );
}

function textsOf(blocks: readonly Block[]): string[] {
  return blocks.filter((b) => b.kind !== 'code' && b.kind !== 'blank').map(blockText);
}

export function readHttp(sections: readonly Section[]): HttpFacts | null {
  const texts = factSections(sections).flatMap((s) => [s.title, ...textsOf(s.blocks)]);
  for (const t of texts) {
    const m = VERB_URL.exec(t);
    if (m) return { method: m[1]!, url: m[2]!.replace(/[.,;)]+$/, '') };
  }
  const access = sections.filter((s) => s.kind === 'method-access').flatMap((s) => textsOf(s.blocks));
  const url = texts.map((t) => apiUrlOf(t)?.[0]).find((u) => u !== undefined);
  const verb = [...access, ...texts]
    .map((t) => /^(GET|POST|PUT|PATCH|DELETE)$/.exec(t.trim())?.[1])
    .find((v) => v !== undefined);
  if (url) return { method: verb ?? 'POST', url };
  return null;
}

/** The method named by an API URL on the page (`https://slack.com/api/oauth.v2.access`). */
export function methodFromUrl(http: HttpFacts | null): string | null {
  return http ? (apiUrlOf(http.url)?.[1] ?? null) : null;
}

export function readContentTypes(sections: readonly Section[]): string[] | null {
  const declared = sections.filter((s) => s.kind === 'content-types' || s.kind === 'facts');
  const found = new Set<string>();
  for (const s of declared)
    for (const t of textsOf(s.blocks)) for (const m of t.matchAll(MIME)) found.add(m[1]!);
  if (found.size > 0) return [...found];
  // Older pages say it in prose only: "Present arguments as parameters in application/x-www-form-urlencoded…".
  for (const s of sections) {
    for (const t of textsOf(s.blocks)) {
      const present = /present arguments as parameters in ([a-z/\-+]+)/i.exec(t);
      if (present) found.add(present[1]!);
      if (
        /\baccepts? application\/json\b/i.test(t) &&
        !/\bnot (currently )?accept application\/json/i.test(t)
      )
        found.add('application/json');
    }
  }
  return found.size > 0 ? [...found] : null;
}

export function readRateLimit(sections: readonly Section[]): string | null {
  const candidates: string[] = [];
  for (const s of sections) {
    if (s.kind === 'rate-limits') candidates.push(s.title, ...textsOf(s.blocks));
    else if (!isArgumentSection(s.kind) && s.kind !== 'errors' && s.kind !== 'warnings') {
      // `Rate limit: Tier 2`, or a heading run into its value (`Rate limitingTier 3`).
      candidates.push(
        ...textsOf(s.blocks).filter((t) =>
          /^rate[- ]?limit(s|ing)?( tier)?\s*:|^rate[- ]?limit(s|ing)?\s*(tier\s*[1-4]|special)/i.test(t),
        ),
      );
    }
  }
  for (const t of candidates) {
    const tier = /tier\s*([1-4])\b/i.exec(t);
    if (tier) return `Tier ${tier[1]}`;
    if (/\bspecial\b/i.test(t)) return 'Special';
  }
  return null;
}

const SCOPE = /(?<![\w.:-])[a-z][a-z0-9_.-]*:[a-z0-9_.:-]*[a-z0-9](?![\w:-])/g;
const BARE_SCOPES = new Set([
  'bot',
  'identify',
  'commands',
  'incoming-webhook',
  'client',
  'admin',
  'post',
  'read',
]);
const SCOPES_LINE = /\b(?:required )?scopes?\s*:/i;

/**
 * Scopes, by token type. Words that name a token type (`Bot tokens`, `user:`) label the scopes
 * after them, or a parenthesis after a scope labels it (`reminders:write (user token)`); scopes
 * with no label apply to both (the page does not say).
 */
export function readScopes(sections: readonly Section[]): { scopes: Scopes; unlabelled: boolean } | null {
  const lines = scopeLines(sections);
  return lines ? labelScopes(lines) : null;
}

interface ScopeLine {
  text: string;
  codes: string[];
}

/** The lines that list scopes: a scopes section's, and `Scopes:` lines elsewhere; `null` when the page names none. */
function scopeLines(sections: readonly Section[]): ScopeLine[] | null {
  const lines: ScopeLine[] = [];
  let said = false;
  for (const s of sections) {
    if (s.kind === 'scopes') {
      said = true;
      lines.push(...scopeSectionLines(s.blocks));
    } else if (
      !isArgumentSection(s.kind) &&
      s.kind !== 'errors' &&
      s.kind !== 'warnings' &&
      s.kind !== 'responses'
    ) {
      const found = scopesColonLines(s.blocks);
      if (found.length > 0) said = true;
      lines.push(...found);
    }
  }
  return said ? lines : null;
}

/** Every line of a scopes section: table rows, text, items and headings. */
function scopeSectionLines(blocks: readonly Block[]): ScopeLine[] {
  const lines: ScopeLine[] = [];
  for (const b of blocks) {
    if (b.kind === 'table')
      for (const row of b.rows)
        lines.push({ text: row.map((c) => c.text).join(' '), codes: row.flatMap((c) => c.codes) });
    else if (b.kind === 'text' || b.kind === 'item') lines.push({ text: b.text, codes: b.codes });
    else if (b.kind === 'heading') lines.push({ text: b.text, codes: [] });
  }
  return lines;
}

/** What follows `Scopes:` in the text and items of another section. */
function scopesColonLines(blocks: readonly Block[]): ScopeLine[] {
  const lines: ScopeLine[] = [];
  for (const b of blocks) {
    if (b.kind !== 'text' && b.kind !== 'item') continue;
    const m = SCOPES_LINE.exec(b.text);
    if (m) lines.push({ text: b.text.slice(m.index + m[0].length), codes: b.codes });
  }
  return lines;
}

/** The scopes of the lines by token type, each once, in the order listed. */
function labelScopes(lines: readonly ScopeLine[]): { scopes: Scopes; unlabelled: boolean } {
  const scopes: Scopes = { bot: [], user: [] };
  const listed = { bot: new Set<string>(), user: new Set<string>() };
  let label: 'bot' | 'user' | null = null;
  let unlabelled = false;
  const add = (scope: string, to: 'bot' | 'user' | null) => {
    if (!to) unlabelled = true;
    for (const t of to ? [to] : (['bot', 'user'] as const)) {
      if (listed[t].has(scope)) continue;
      listed[t].add(scope);
      scopes[t].push(scope);
    }
  };
  for (const { text, codes } of lines) {
    const bare = codes.filter((c) => BARE_SCOPES.has(c));
    const tokens = [...text.matchAll(new RegExp(`\\b(bot|user)\\b|${SCOPE.source}`, 'gi'))];
    tokens.forEach((t, i) => {
      const word = t[1]?.toLowerCase();
      if (word === 'bot' || word === 'user') {
        // A token-type word right after a scope, in parentheses, labels that scope only.
        if (!inParenthesesAfter(text, tokens[i - 1], t)) label = word;
        return;
      }
      add(t[0], ownLabel(text, t) ?? label);
    });
    for (const scope of bare) add(scope, label);
  }
  return { scopes, unlabelled };
}

/** Whether a token sits just inside a parenthesis opened after the token before it. */
function inParenthesesAfter(
  text: string,
  previous: RegExpMatchArray | undefined,
  t: RegExpMatchArray,
): boolean {
  return /^\s*\($/.test(text.slice((previous?.index ?? 0) + (previous?.[0].length ?? 0), t.index));
}

/** The token type a parenthesis right after a scope gives it (`reminders:write (user token)`). */
function ownLabel(text: string, t: RegExpMatchArray): 'bot' | 'user' | null {
  const after = /^\s*\(([^)]*)\)/.exec(text.slice(t.index! + t[0].length));
  if (!after) return null;
  return /\bbot\b/i.test(after[1]!) ? 'bot' : /\buser\b/i.test(after[1]!) ? 'user' : null;
}

const DEPRECATED =
  /\b(this|the) (api )?(method|endpoint) (is|has been|was|will be) (now )?(deprecated|retired)|^deprecated\b|\bis deprecated\b|\bdeprecated:/i;

export function readDeprecated(sections: readonly Section[]): boolean | null {
  for (const s of factSections(sections)) {
    if (
      s.kind !== 'preamble' &&
      s.kind !== 'usage' &&
      s.kind !== 'facts' &&
      s.kind !== 'function' &&
      s.kind !== 'other'
    )
      continue;
    if (DEPRECATED.test(s.title)) return true;
    for (const t of textsOf(s.blocks)) if (DEPRECATED.test(t)) return true;
  }
  return null;
}

export function isDeprecationNotice(text: string): boolean {
  return DEPRECATED.test(text);
}
