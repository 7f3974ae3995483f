/**
 * Page facts into the model: pages of one method (from several sources) merge into one method.
 * The better source wins each fact (the current site over older pages, HTML over text); every
 * fact keeps the sources that state it, and disagreements become diagnostics.
 */
import {
  bodyDigest,
  groupKey,
  type ArgFact,
  type CodeFact,
  type MethodFacts,
  type PageFacts,
} from '../facts/page-facts.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { isMethodName } from '../model/method-name.ts';
import { diagnostic } from '../model/diagnostics.ts';
import { catalogDescriptions, recoverCode, type KnownDescription } from './recover-codes.ts';
import { catalogGroup } from '../catalog/arg-groups.ts';
import type {
  Arg,
  ArgGroup,
  ErrorCode,
  Method,
  Model,
  SourceRef,
  UnnamedEntry,
  Warning,
} from '../model/types.ts';

export interface PageOrigin {
  facts: PageFacts;
  /** The file name without its extension: the method name when the page does not say it. */
  stem: string;
}

interface Documented {
  facts: MethodFacts;
  source: SourceRef;
  rank: number;
}

/** The structured records first (the docs site is rendered from them), then pages by site, HTML before text. */
const LAYOUT_RANK: Record<string, number> = {
  'reference-record': 0,
  'docs-site': 1,
  'api-site': 2,
  'api-site-legacy': 3,
  unknown: 4,
  exdoc: 5,
  'recorded-response': 6,
};

function rankOf(page: PageFacts): number {
  return (LAYOUT_RANK[page.layout] ?? 4) * 2 + (page.format === 'text' ? 1 : 0);
}

/** Every page's methods grouped by method name, each page's diagnostics by page id, and the run's own. */
interface Grouped {
  byName: Map<string, Documented[]>;
  pageDiagnostics: Map<string, Diagnostic[]>;
  runDiagnostics: Diagnostic[];
}

function groupByMethod(pages: readonly PageOrigin[]): Grouped {
  const grouped: Grouped = { byName: new Map(), pageDiagnostics: new Map(), runDiagnostics: [] };
  for (const { facts: page, stem } of pages) {
    grouped.pageDiagnostics.set(page.id, page.diagnostics);
    if (page.methods.length === 0) {
      grouped.runDiagnostics.push(...page.diagnostics);
      continue;
    }
    for (const m of page.methods) addMethod(grouped, page, m, stem);
  }
  return grouped;
}

/** Files one method of a page under its name: the page's, else the file's; with neither it is dropped. */
function addMethod(grouped: Grouped, page: PageFacts, m: MethodFacts, stem: string): void {
  const name = m.name && isMethodName(m.name) ? m.name : isMethodName(stem) ? stem : null;
  if (!name) {
    grouped.runDiagnostics.push(
      ...page.diagnostics,
      diagnostic(
        'warning',
        'page/no-method-name',
        page.id,
        '(whole page)',
        `Neither the page nor its file name (${JSON.stringify(stem)}) names a method; name the file after the method, e.g. chat.postMessage.html.`,
      ),
    );
    return;
  }
  if (m.name && page.methods.length === 1 && isMethodName(stem) && stem !== m.name) {
    grouped.runDiagnostics.push(
      diagnostic(
        'info',
        'page/name-differs-from-file',
        page.id,
        '(whole page)',
        `The page documents ${m.name} but its file is named ${stem}; the page wins.`,
      ),
    );
  }
  const source: SourceRef = {
    id: page.id,
    layout: page.layout,
    format: page.format,
    nameFrom: m.name ? m.nameFrom : 'file',
  };
  const list = grouped.byName.get(name) ?? [];
  list.push({ facts: m, source, rank: rankOf(page) });
  grouped.byName.set(name, list);
}

/** A recording completes a documented method; alone it documents nothing, so such methods are dropped. */
function dropRecordingOnly(byName: Map<string, Documented[]>, runDiagnostics: Diagnostic[]): void {
  for (const [name, docs] of byName) {
    if (docs.every((d) => d.source.layout === 'recorded-response')) {
      byName.delete(name);
      runDiagnostics.push(
        diagnostic(
          'info',
          'recording/undocumented-method',
          docs[0]!.source.id,
          '(whole file)',
          `A response is recorded for ${name}, which no page documents; it was not used.`,
        ),
      );
    }
  }
}

/** A number for each page's facts object, so that a merge's inputs can be told apart cheaply. */
const factIds = new WeakMap<object, number>();
let nextFactId = 0;

function factId(facts: object): number {
  let id = factIds.get(facts);
  if (id === undefined) factIds.set(facts, (id = nextFactId++));
  return id;
}

/**
 * Methods merged before in this process, by name, with what they were merged from: a running
 * generator re-reads only changed pages (pipeline.ts) and so gets the same facts objects back
 * for the others; their methods are then the same objects too, which later stages remember.
 */
const mergedBefore = new Map<string, { key: string; method: Method }>();
/** The codes and descriptions of the run the methods above were merged with (they recover lost codes). */
let mergedWith = '';

function mergeOnce(name: string, docs: Documented[], known: KnownDescription[], diags: Diagnostic[]): Method {
  const sources = docs.map((d) => `${factId(d.facts)}:${d.rank}:${JSON.stringify(d.source)}`).join('|');
  const key = `${JSON.stringify(diags)}\0${sources}`;
  const before = mergedBefore.get(name);
  if (before?.key === key) return before.method;
  const method = mergeMethod(name, docs, known, diags);
  mergedBefore.set(name, { key, method });
  return method;
}

export function mergePages(pages: readonly PageOrigin[]): Model {
  const { byName, pageDiagnostics, runDiagnostics } = groupByMethod(pages);
  const known = knownDescriptions(pages);
  const knownKey = JSON.stringify(known);
  if (knownKey !== mergedWith) mergedBefore.clear();
  mergedWith = knownKey;
  dropRecordingOnly(byName, runDiagnostics);
  const methods = [...byName.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, docs]) => {
      docs.sort((a, b) => a.rank - b.rank || (a.source.id < b.source.id ? -1 : 1));
      const ids = new Set(docs.map((d) => d.source.id));
      const diags = [...ids].flatMap((id) => pageDiagnostics.get(id) ?? []);
      return mergeOnce(name, docs, known, diags);
    });
  return { methods, diagnostics: runDiagnostics };
}

/** Codes and descriptions every page of the run documents, then the catalog. */
function knownDescriptions(pages: readonly PageOrigin[]): KnownDescription[] {
  const known: KnownDescription[] = [];
  for (const { facts } of pages) {
    for (const m of facts.methods) {
      for (const kind of ['error', 'warning'] as const) {
        for (const entry of (kind === 'error' ? m.errors : m.warnings) ?? []) {
          if (entry.code && entry.description)
            known.push({ code: entry.code, kind, description: entry.description, from: 'other-page' });
        }
      }
    }
  }
  return [...known, ...catalogDescriptions()];
}

/** Text compared for disagreement: case, spacing and inline-code marks do not count. */
function comparable(value: unknown): string {
  return JSON.stringify(value).toLowerCase().replace(/[\s`]/g, '');
}

type Pick = <T>(fact: string, get: (f: MethodFacts) => T | null) => T | null;

/** Picks each fact from the best source that states it, noting where from and any disagreement. */
function factPicker(
  name: string,
  docs: readonly Documented[],
  diagnostics: Diagnostic[],
  provenance: Record<string, string>,
): Pick {
  return <T>(fact: string, get: (f: MethodFacts) => T | null): T | null => {
    let chosen: { value: T; source: string } | null = null;
    for (const d of docs) {
      const value = get(d.facts);
      if (value === null || value === undefined) continue;
      if (!chosen) {
        chosen = { value, source: d.source.id };
        provenance[fact] = d.source.id;
      } else if (comparable(value) !== comparable(chosen.value)) {
        diagnostics.push(
          diagnostic(
            'warning',
            'merge/disagree',
            d.source.id,
            fact,
            `Sources disagree on ${fact} of ${name}: ${chosen.source} says ${JSON.stringify(chosen.value)}, this page says ${JSON.stringify(value)}; keeping ${chosen.source}.`,
          ),
        );
      }
    }
    return chosen ? chosen.value : null;
  };
}

/** Example responses, notes and response fields of every page, each once (sets keep this linear). */
function collectFromPages(method: Method, docs: readonly Documented[]): void {
  const seenExamples = new Set<string>();
  const seenNotes = new Set<string>();
  const seenFields = new Set<string>();
  for (const d of docs) {
    // A recording, its body not kept, brings that body's digest; the digest stays out of the model.
    for (const { digest, ...r } of d.facts.responses) {
      const key = `${r.kind}:${digest ?? bodyDigest(r.example)}`;
      if (seenExamples.has(key)) continue;
      seenExamples.add(key);
      method.responses.push({ ...r, source: d.source.id });
    }
    for (const n of d.facts.notes)
      if (!seenNotes.has(n.text) && seenNotes.add(n.text)) method.notes.push({ ...n, source: d.source.id });
    for (const f of d.facts.responseFields)
      if (!seenFields.has(f.path) && seenFields.add(f.path))
        method.responseFields.push({ ...f, source: d.source.id });
  }
  method.basicAuth = method.notes.some((n) => n.kind === 'basic-auth');
}

function collectCodes(
  method: Method,
  docs: Documented[],
  known: KnownDescription[],
  diagnostics: Diagnostic[],
): void {
  const errors = mergeCodes('error', docs, known, diagnostics);
  method.errors = errors.entries.map((e) => ({ ...e, hidden: e.hidden }));
  const warnings = mergeCodes('warning', docs, known, diagnostics);
  method.warnings = warnings.entries.map(({ hidden: _hidden, ...w }) => w);
  method.unnamed = [...errors.unnamed, ...warnings.unnamed];
}

function mergeMethod(
  name: string,
  docs: Documented[],
  known: KnownDescription[],
  pageDiags: Diagnostic[],
): Method {
  const diagnostics: Diagnostic[] = [...pageDiags];
  const provenance: Record<string, string> = {};
  const pick = factPicker(name, docs, diagnostics, provenance);
  const http = pick('http', (f) => f.http);
  const contentTypes = pick('contentTypes', (f) => f.contentTypes);
  const scopes = pick('scopes', (f) => f.scopes);
  const method: Method = {
    name,
    description: pick('description', (f) => f.description),
    http: http ?? { method: 'POST', url: `https://slack.com/api/${name}` },
    contentTypes: contentTypes ?? ['application/x-www-form-urlencoded'],
    rateLimit: pick('rateLimit', (f) => f.rateLimit),
    scopes: scopes ?? { bot: [], user: [] },
    deprecated: docs.some((d) => d.facts.deprecated === true),
    args: mergeArgs(name, docs, diagnostics),
    argGroups: [],
    responses: [],
    errors: [],
    warnings: [],
    unnamed: [],
    notes: [],
    responseFields: [],
    responseSchema: pick('responseSchema', (f) => f.responseSchema),
    basicAuth: false,
    docUrl: docUrlOf(name, docs[0]!.source.layout),
    sources: docs.map((d) => d.source),
    provenance,
    diagnostics,
  };
  method.argGroups = mergeGroups(docs);
  if (method.argGroups.length === 0) addCatalogGroup(method);
  if (!http) provenance['http'] = 'derived';
  if (!contentTypes) provenance['contentTypes'] = 'derived';
  if (method.deprecated) provenance['deprecated'] = docs.find((d) => d.facts.deprecated)!.source.id;
  collectFromPages(method, docs);
  collectCodes(method, docs, known, diagnostics);
  return method;
}

/** Older pages live on api.slack.com; everything else is documented on the current site. */
function docUrlOf(name: string, layout: string): string {
  return layout.startsWith('api-site')
    ? `https://api.slack.com/methods/${name}`
    : `https://docs.slack.dev/reference/methods/${name}`;
}

function mergeArgs(name: string, docs: Documented[], diagnostics: Diagnostic[]): Arg[] {
  const merged = new Map<string, { arg: Arg; chosen: Map<keyof ArgFact, string> }>();
  for (const d of docs) {
    for (const a of d.facts.args ?? []) {
      const entry = merged.get(a.name);
      if (!entry) {
        const arg: Arg = {
          name: a.name,
          type: a.type,
          required: a.required ?? false,
          description: a.description,
          example: a.example,
          default: a.default,
          enum: a.enum,
          sources: [d.source.id],
        };
        if (a.typeText) arg.typeText = a.typeText;
        if (a.schema) arg.schema = a.schema;
        if (a.ref) arg.ref = a.ref;
        if (a.jsonEncoded) arg.jsonEncoded = true;
        if (a.required === null) arg.requiredUnstated = true;
        const chosen = new Map<keyof ArgFact, string>();
        for (const k of ['type', 'required', 'description', 'example', 'default', 'enum'] as const)
          if (a[k] !== null) chosen.set(k, d.source.id);
        merged.set(a.name, { arg, chosen });
        continue;
      }
      const { arg, chosen } = entry;
      arg.sources.push(d.source.id);
      for (const k of ['type', 'required', 'description', 'example', 'default', 'enum'] as const) {
        const value = a[k];
        if (value === null) continue;
        const current = k === 'required' ? (arg.requiredUnstated ? null : arg.required) : arg[k];
        if (current === null || current === undefined) {
          (arg as unknown as Record<string, unknown>)[k] = value;
          if (k === 'required') delete arg.requiredUnstated;
          if (k === 'type' && a.typeText) arg.typeText = a.typeText;
          chosen.set(k, d.source.id);
        } else if (comparable(value) !== comparable(current)) {
          diagnostics.push(
            diagnostic(
              'warning',
              'merge/disagree',
              d.source.id,
              'Arguments',
              `Sources disagree on ${k} of argument ${a.name} of ${name}: ${chosen.get(k)} says ${JSON.stringify(current)}, this page says ${JSON.stringify(value)}; keeping ${chosen.get(k)}.`,
            ),
          );
        }
      }
    }
  }
  return [...merged.values()].map((e) => e.arg);
}

/** The groups the sources state, each once with the sources that state it (the records' too). */
function mergeGroups(docs: Documented[]): ArgGroup[] {
  const groups = new Map<string, ArgGroup>();
  for (const d of docs) {
    for (const g of d.facts.argGroups) {
      const same = groups.get(groupKey(g));
      if (same) {
        if (!same.sources.includes(d.source.id)) same.sources.push(d.source.id);
        continue;
      }
      const group: ArgGroup = { kind: g.kind, args: [...g.args], sources: [d.source.id] };
      if (g.when) group.when = { ...g.when };
      groups.set(groupKey(g), group);
    }
  }
  return [...groups.values()];
}

/** A group no source of the run states but the docs' web pages do (generator/catalog/arg-groups.ts). */
function addCatalogGroup(method: Method): void {
  const group = catalogGroup(method.name, new Set(method.args.map((a) => a.name)));
  if (!group) return;
  method.argGroups.push({ kind: group.kind, args: group.args, sources: ['catalog'], docUrl: group.docUrl });
  method.provenance['argGroups'] = 'catalog';
}

function mergeCodes(
  kind: 'error' | 'warning',
  docs: Documented[],
  known: KnownDescription[],
  diagnostics: Diagnostic[],
): { entries: ErrorCode[]; unnamed: UnnamedEntry[] } {
  const entries: ErrorCode[] = [];
  const unnamed: UnnamedEntry[] = [];
  const section = kind === 'error' ? 'Errors' : 'Warnings';
  const add = (code: string, fact: CodeFact, source: string, recoveredFrom?: Warning['recoveredFrom']) => {
    const existing = entries.find((e) => e.code === code);
    if (existing) {
      if (!existing.sources.includes(source)) existing.sources.push(source);
      existing.description ??= fact.description;
      existing.hidden ||= fact.hidden;
      return;
    }
    const entry: ErrorCode = { code, description: fact.description, hidden: fact.hidden, sources: [source] };
    if (recoveredFrom) entry.recoveredFrom = recoveredFrom;
    entries.push(entry);
  };
  // Entries with codes first, so that recovered codes join them rather than precede them.
  for (const d of docs) {
    for (const fact of (kind === 'error' ? d.facts.errors : d.facts.warnings) ?? []) {
      if (fact.code) add(fact.code, fact, d.source.id);
    }
  }
  for (const d of docs) {
    for (const fact of (kind === 'error' ? d.facts.errors : d.facts.warnings) ?? []) {
      if (fact.code || !fact.description) continue;
      const recovery = recoverCode(fact.description, kind, known);
      if (recovery) {
        add(recovery.code, fact, d.source.id, recovery.from);
        diagnostics.push(
          diagnostic(
            'info',
            `${kind}s/code-recovered`,
            d.source.id,
            section,
            `The page lost the code of "${clip(fact.description)}"; recovered as ${recovery.code} from ${recovery.from === 'catalog' ? 'the catalog of common errors' : 'another page'} (similarity ${recovery.score.toFixed(2)}).`,
          ),
        );
      } else {
        unnamed.push({ kind, description: fact.description, source: d.source.id });
        diagnostics.push(
          diagnostic(
            'warning',
            `${kind}s/code-lost`,
            d.source.id,
            section,
            `The page lost the code of "${clip(fact.description)}" and no known ${kind} matches it; it is kept without a code.`,
          ),
        );
      }
    }
  }
  return { entries, unnamed };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
