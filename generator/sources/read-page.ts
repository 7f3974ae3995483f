/**
 * A page's blocks into page facts: find the methods it documents (one, or one per ExDoc
 * function), split each into sections by meaning, and hand each section to its reader.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import { diagnostic } from '../model/diagnostics.ts';
import { isSnakeCase } from '../model/snake-case.ts';
import { readArgumentLines } from '../sections/argument-lines.ts';
import { readArgumentTable, tableShape, type TableShape } from '../sections/argument-table.ts';
import { isChrome } from '../sections/chrome.ts';
import { readCodes } from '../sections/codes.ts';
import {
  isDeprecationNotice,
  methodFromUrl,
  readContentTypes,
  readDeprecated,
  readHttp,
  readRateLimit,
  readScopes,
} from '../sections/facts.ts';
import { readFieldGuide } from '../sections/field-guide.ts';
import { respaceKnownNames } from '../sections/glued-split.ts';
import {
  identifiersOfProse,
  lexiconOf,
  mergeLexicons,
  wordsOfProse,
  type Lexicon,
} from '../sections/lexicon.ts';
import {
  familyFromModule,
  functionOfSignature,
  methodOfFunctionPage,
  methodSegmentFromFunction,
  METHOD_NAME,
  nameFromHeadings,
} from '../sections/method-name.ts';
import { groupsOfMarks, markDiagnostic, type MarkNote } from '../sections/marker.ts';
import { readArgGroups, readGroupRules, readNotes, unclearGroup } from '../sections/notes.ts';
import { ExampleBudget } from '../sections/example-budget.ts';
import { readResponses } from '../sections/responses.ts';
import { isArgumentSection, sectionize } from '../sections/sectionize.ts';
import type { Block, Section } from '../documents/document.ts';
import { blockText } from '../documents/document.ts';
import type { ArgFact, ArgGroupFact, CodeFact, MethodFacts, PageFacts } from '../facts/page-facts.ts';
import { capLists, emptyMethodFacts, uniqueGroups } from '../facts/page-facts.ts';
import { unsureValueSets } from '../sections/value-set.ts';
import { inSection } from './read-guard.ts';

export interface PageInput {
  id: string;
  format: 'html' | 'text';
  blocks: Block[];
}

interface Unit {
  /** The method name the unit's structure gives (ExDoc module + function), if any. */
  name: string | null;
  blocks: Block[];
}

export function readPage(page: PageInput, known: Lexicon): PageFacts {
  const diagnostics: Diagnostic[] = [];
  const lexicon = mergeLexicons(known, lexiconOfPage(page.blocks));
  const family = page.blocks
    .map((b) => (b.kind === 'heading' || b.kind === 'text' ? familyFromModule(b.text) : null))
    .find((f) => f);
  const layout = family ? 'exdoc' : detectLayout(page.blocks);
  const functionPage = page.blocks
    .map((b) => (b.kind === 'heading' || b.kind === 'text' ? methodOfFunctionPage(b.text) : null))
    .find((f) => f);
  const units = functionPage
    ? [{ name: functionPage, blocks: [...page.blocks] }]
    : family
      ? exdocUnits(page.blocks, family)
      : methodHeadingUnits(page.blocks);
  let guessed = false;
  const methods = units.map((unit) => {
    const r = readUnit(unit, page.id, lexicon, page.format === 'text');
    append(diagnostics, r.diagnostics);
    guessed ||= r.guessed;
    return r.facts;
  });
  return { id: page.id, format: page.format, layout, methods, diagnostics, guessed };
}

/** What the page itself teaches the splitter: its inline code, its snake_case names, its words. */
function lexiconOfPage(blocks: readonly Block[]): Lexicon {
  const ids: string[] = [];
  const words: string[] = [];
  for (const b of blocks) {
    const text = blockText(b);
    const codes =
      b.kind === 'text' || b.kind === 'item'
        ? b.codes
        : b.kind === 'table'
          ? b.rows.flat().flatMap((c) => c.codes)
          : [];
    if (b.kind !== 'code') {
      const inCode = new Set(codes);
      for (const i of identifiersOfProse(text, codes)) if (inCode.has(i) || b.kind === 'table') ids.push(i);
      append(words, wordsOfProse(text));
    }
  }
  return lexiconOf(ids, words);
}

function detectLayout(blocks: readonly Block[]): string {
  const texts = blocks.filter((b) => b.kind === 'heading' || b.kind === 'text').map(blockText);
  if (texts.some((t) => /^(facts|method access|common successful response)$/i.test(t))) return 'docs-site';
  if (
    texts.some((t) => /^Argument\s*Example\s*Required\s*Description$/.test(t)) ||
    blocks.some(
      (b) =>
        b.kind === 'table' &&
        /^argument$/i.test(b.rows[0]?.[0]?.text ?? '') &&
        /^example$/i.test(b.rows[0]?.[1]?.text ?? ''),
    )
  ) {
    return 'api-site-legacy';
  }
  if (
    texts.some(
      (t) => /^(preferred http method|accepted content types)$/i.test(t) || /^(Required|Optional)$/.test(t),
    )
  )
    return 'api-site';
  return 'unknown';
}

/** An ExDoc module page: one unit per documented function, named by module and function. */
function exdocUnits(blocks: readonly Block[], family: string): Unit[] {
  // The summary lists every function before the details do: the last mention starts the details.
  const lastStart = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading' && b.kind !== 'text') return;
    const fn = functionOfSignature(b.text);
    if (fn) lastStart.set(fn, i);
  });
  const starts = [...lastStart.entries()].sort((a, b) => a[1] - b[1]);
  if (starts.length === 0) return [{ name: null, blocks: [...blocks] }];
  return starts.map(([fn, start], k) => ({
    name: `${family}.${methodSegmentFromFunction(fn)}`,
    blocks: blocks.slice(start + 1, starts[k + 1]?.[1] ?? blocks.length),
  }));
}

/** A page with a heading per method (`<h2>reminders.add</h2>`, `<h2>reminders.list</h2>`): one unit each. */
function methodHeadingUnits(blocks: readonly Block[]): Unit[] {
  const starts = blocks
    .map((b, i) => (b.kind === 'heading' && b.level >= 1 && METHOD_NAME.test(b.text.trim()) ? i : -1))
    .filter((i) => i >= 0);
  const names = new Set(starts.map((i) => blockText(blocks[i]!).trim()));
  if (names.size < 2) return [{ name: null, blocks: [...blocks] }];
  return starts.map((start, k) => ({
    name: blockText(blocks[start]!).trim(),
    blocks: blocks.slice(start + 1, starts[k + 1] ?? blocks.length),
  }));
}

function readUnit(
  unit: Unit,
  file: string,
  lexicon: Lexicon,
  isText: boolean,
): { facts: MethodFacts; diagnostics: Diagnostic[]; guessed: boolean } {
  const diagnostics: Diagnostic[] = [];
  const sections = sectionize(unit.blocks);
  const facts = emptyMethodFacts();
  let guessed = false;

  facts.http = readHttp(sections);
  const named = readName(unit, facts.http, file, diagnostics);
  if (named) [facts.name, facts.nameFrom] = [named.name, named.nameFrom];
  facts.description = readDescription(sections, facts.name);
  facts.contentTypes = readContentTypes(sections);
  facts.rateLimit = readRateLimit(sections);
  facts.scopes = readScopeFacts(sections, file, diagnostics);
  facts.deprecated = readDeprecated(sections);

  const prose: string[] = [];
  const usageProse: string[] = [];
  const args = readArguments(sections, lexicon, file, diagnostics, facts.name);
  if (args) {
    facts.args = args.args;
    append(facts.argGroups, args.groups);
    append(prose, args.prose);
    guessed ||= args.guessed;
    if (isText) respaceArgDescriptions(facts.args, lexicon);
  }
  readRules(sections, prose, usageProse, facts);
  readGroups([...usageProse, ...prose], facts, file, diagnostics);
  readAllResponses(sections, file, facts, diagnostics);
  guessed = readCodeLists(sections, lexicon, isText, facts) || guessed;
  facts.responseFields = readFieldGuide(sections);
  append(diagnostics, capLists(facts, file));
  append(diagnostics, unsureValueSets(facts.args, file, facts.name));
  append(diagnostics, missingSections(facts, file));
  append(diagnostics, oddCodes(facts, file));

  return { facts, diagnostics, guessed };
}

/** The method's name and where it comes from: the unit's structure, its headings, else its URL. */
function readName(
  unit: Unit,
  http: MethodFacts['http'],
  file: string,
  diagnostics: Diagnostic[],
): { name: string; nameFrom: MethodFacts['nameFrom'] } | null {
  const fromHeadings = nameFromHeadings(unit.blocks);
  const fromUrl = methodFromUrl(http);
  if (fromHeadings && fromUrl && fromHeadings !== fromUrl) {
    diagnostics.push(
      diagnostic(
        'warning',
        'page/name-conflict',
        file,
        'Method access',
        `The page's heading names ${fromHeadings} but its URL names ${fromUrl}; using the heading.`,
      ),
    );
  }
  if (unit.name) return { name: unit.name, nameFrom: 'page' };
  if (fromHeadings) return { name: fromHeadings, nameFrom: 'page' };
  if (fromUrl) return { name: fromUrl, nameFrom: 'url' };
  return null;
}

/** The scopes the page lists, if any; scopes it gives no token type are reported. */
function readScopeFacts(
  sections: readonly Section[],
  file: string,
  diagnostics: Diagnostic[],
): MethodFacts['scopes'] {
  const scopes = readScopes(sections);
  if (!scopes) return null;
  if (scopes.unlabelled && scopes.scopes.bot.length > 0) {
    diagnostics.push(
      diagnostic(
        'info',
        'scopes/token-type-unstated',
        file,
        'Scopes',
        'The page lists scopes without saying which token type they are for; they are recorded for both bot and user tokens.',
      ),
    );
  }
  return scopes.scopes;
}

/** Notes the page's prose states, and its prose gathered into `prose` and `usageProse` (which hold the argument sections' own). */
function readRules(
  sections: readonly Section[],
  prose: string[],
  usageProse: string[],
  facts: MethodFacts,
): void {
  for (const s of sections) {
    if (s.kind === 'errors' || s.kind === 'warnings' || isArgumentSection(s.kind)) continue;
    const texts = s.blocks
      .filter((b) => b.kind === 'text' || b.kind === 'item')
      .map(blockText)
      .filter((t) => !isChrome(t));
    if (s.kind === 'usage' || s.kind === 'function') append(usageProse, texts);
    else
      append(
        prose,
        texts.filter((t) => t !== facts.description),
      );
  }
  // Argument descriptions carry rules too ("supply the Client ID and Client Secret using HTTP Basic").
  const argProse = (facts.args ?? []).map((a) => a.description ?? '');
  facts.notes = uniqueNotes([...readNotes([...prose, ...argProse], false), ...readNotes(usageProse, true)]);
}

/**
 * Argument groups: those the argument section lists, then those its prose and the arguments' own
 * descriptions state ("Either `view_id` or `external_id` is required."); wording that ties an
 * argument to others but that no rule reads is noted, never guessed.
 */
function readGroups(
  prose: readonly string[],
  facts: MethodFacts,
  file: string,
  diagnostics: Diagnostic[],
): void {
  const args = facts.args ?? [];
  const reading = readArgGroups(args);
  for (const { arg, sentence } of reading.unclear)
    diagnostics.push(unclearGroup(facts.name ?? file, arg, sentence, file, 'Arguments'));
  const stated = readGroupRules(prose, new Set(args.map((a) => a.name)));
  facts.argGroups = uniqueGroups([...facts.argGroups, ...stated, ...reading.groups]);
}

/** The example responses of every section, within one budget for the method. */
function readAllResponses(
  sections: readonly Section[],
  file: string,
  facts: MethodFacts,
  diagnostics: Diagnostic[],
): void {
  const budget = new ExampleBudget();
  for (const s of sections) {
    const responses = inSection(s.title, () => readResponses([s], file, budget));
    append(facts.responses, responses.responses);
    append(diagnostics, responses.diagnostics);
  }
}

/** The error and warning lists; returns whether some glued text was split by a guess. */
function readCodeLists(
  sections: readonly Section[],
  lexicon: Lexicon,
  isText: boolean,
  facts: MethodFacts,
): boolean {
  let guessed = false;
  for (const kind of ['errors', 'warnings'] as const) {
    const found = sections.filter((s) => s.kind === kind);
    if (found.length === 0) continue;
    const entries: CodeFact[] = [];
    for (const s of found) {
      const r = inSection(s.title, () => readCodes(s.blocks, lexicon));
      append(entries, r.entries);
      guessed ||= r.guessed;
    }
    if (isText) respaceCodeDescriptions(entries, facts.args ?? [], lexicon);
    facts[kind] = entries;
  }
  return guessed;
}

/** What a reference page should have and this one lacks. */
function missingSections(facts: MethodFacts, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const nothing = !facts.description && !facts.args && !facts.errors && facts.responses.length === 0;
  if (nothing) {
    out.push(
      diagnostic(
        'warning',
        'page/nothing-read',
        file,
        '(whole page)',
        'Nothing on this page reads as a reference page: no description, arguments, example or errors were found.',
      ),
    );
    return out;
  }
  if (!facts.args) {
    out.push(
      diagnostic(
        'warning',
        'page/no-arguments-section',
        file,
        'Arguments',
        'No arguments section was found (a heading such as "Arguments" or "Optional Params", or an Argument table); the method gets no arguments.',
      ),
    );
  }
  if (!facts.errors)
    out.push(
      diagnostic(
        'info',
        'page/no-errors-section',
        file,
        'Errors',
        'No errors section was found; the error-code enum is empty.',
      ),
    );
  return out;
}

/** Codes that are not identifiers still go into code (quoted or renamed by rule), but a maintainer should know. */
function oddCodes(facts: MethodFacts, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [section, entries] of [
    ['Errors', facts.errors],
    ['Warnings', facts.warnings],
  ] as const) {
    for (const e of entries ?? []) {
      if (e.code !== null && !isSnakeCase(e.code)) {
        out.push(
          diagnostic(
            'warning',
            'codes/not-identifier',
            file,
            section,
            `The code ${JSON.stringify(e.code)} is not a snake_case identifier; its enum member is named by rule and its value kept as written.`,
          ),
        );
      }
    }
  }
  return out;
}

function uniqueNotes(notes: MethodFacts['notes']): MethodFacts['notes'] {
  const seen = new Set<string>();
  return notes.filter((n) => !seen.has(n.text) && Boolean(seen.add(n.text)));
}

/** `target.push(...items)` for lists of any length (spreading a long list overflows the stack). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The first sentence-like paragraph before the first section that is not furniture or a notice. */
function readDescription(sections: readonly Section[], name: string | null): string | null {
  const first = sections[0];
  if (!first || first.kind !== 'preamble') return null;
  // What precedes the heading that names the method is site furniture (breadcrumbs, banners).
  const titleAt = first.blocks.findIndex(
    (b) => b.kind === 'heading' && b.level >= 1 && name !== null && b.text.trim().startsWith(name),
  );
  for (const b of first.blocks.slice(titleAt + 1)) {
    if (b.kind !== 'text') continue;
    const t = b.text.trim();
    if (
      isChrome(t) ||
      t === name ||
      METHOD_NAME.test(t) ||
      familyFromModule(t) ||
      methodOfFunctionPage(t) ||
      isDeprecationNotice(t)
    )
      continue;
    if (/^(rate[- ]?limits?|scopes?|content types?)\s*:/i.test(t) || /^https?:\/\//.test(t)) continue;
    if (t.split(/\s+/).length >= 3) return t;
  }
  return null;
}

interface ArgumentsRead {
  args: ArgFact[];
  groups: ArgGroupFact[];
  prose: string[];
  /** What requiredness markers said beyond required or optional (`Required if …`). */
  marks: MarkNote[];
  guessed: boolean;
}

/** What reading an arguments section needs, and where it puts what it reads. */
interface ArgumentReading {
  lexicon: Lexicon;
  file: string;
  diagnostics: Diagnostic[];
  result: ArgumentsRead;
}

function readArguments(
  sections: readonly Section[],
  lexicon: Lexicon,
  file: string,
  diagnostics: Diagnostic[],
  method: string | null,
): ArgumentsRead | null {
  const argSections = sections.filter((s) => isArgumentSection(s.kind));
  if (argSections.length === 0) return null;
  const result: ArgumentsRead = { args: [], groups: [], prose: [], marks: [], guessed: false };
  const reading: ArgumentReading = { lexicon, file, diagnostics, result };
  for (const s of argSections) {
    const before = result.marks.length;
    inSection(s.title, () => readArgumentSection(s, reading));
    for (const mark of result.marks.slice(before)) mark.section = s.title;
  }
  result.args = firstOfEachName(result.args, file, diagnostics);
  const marked = groupsOfMarks(result.marks, new Set(result.args.map((a) => a.name)));
  append(result.groups, marked.groups);
  for (const mark of result.marks)
    if (mark.condition !== null || marked.unread.includes(mark))
      diagnostics.push(markDiagnostic(mark, method ?? file, file, mark.section ?? 'Arguments'));
  return result;
}

/** One arguments section: its argument tables when it has some, else its lines. */
function readArgumentSection(s: Section, reading: ArgumentReading): void {
  const defaultRequired =
    s.kind === 'required-arguments' ? true : s.kind === 'optional-arguments' ? false : null;
  const tables = s.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  const argTables = tables
    .map((t) => ({ t, shape: tableShape(t.rows) }))
    .filter((x) => x.shape?.roles.includes('name'));
  if (argTables.length > 0) {
    readArgumentTables(s, argTables, defaultRequired, reading);
    return;
  }
  if (tables.length > 0 && !s.blocks.some((b) => b.kind === 'text' || b.kind === 'item')) {
    reading.diagnostics.push(
      diagnostic(
        'warning',
        'args/no-name-column',
        reading.file,
        s.title,
        'This arguments table has no column headed Argument, Name or Parameter; its rows were not read.',
      ),
    );
  }
  readArgumentSectionLines(s, defaultRequired, reading);
}

/** A section with argument tables: the tables give the arguments; the rest of it, prose and groups. */
function readArgumentTables(
  s: Section,
  argTables: { t: Extract<Block, { kind: 'table' }>; shape: TableShape | null }[],
  defaultRequired: boolean | null,
  { lexicon, file, diagnostics, result }: ArgumentReading,
): void {
  for (const { t, shape } of argTables) {
    if (shape && shape.roles.includes('type') === false && shape.roles.includes('description') === false) {
      diagnostics.push(
        diagnostic(
          'warning',
          'args/table-shape',
          file,
          s.title,
          'An argument table has neither a type nor a description column.',
        ),
      );
    }
    append(result.args, readArgumentTable(t.rows, shape!, defaultRequired, result.marks));
  }
  const rest = readArgumentLines(
    s.blocks.filter((b) => b.kind !== 'table'),
    defaultRequired,
    lexicon,
  );
  append(result.prose, rest.prose);
  append(result.groups, rest.groups);
  append(result.marks, rest.marks);
}

/** A section without argument tables: arguments as lines of text; one with none is reported. */
function readArgumentSectionLines(
  s: Section,
  defaultRequired: boolean | null,
  { lexicon, file, diagnostics, result }: ArgumentReading,
): void {
  const r = readArgumentLines(s.blocks, defaultRequired, lexicon);
  append(result.args, r.args);
  append(result.groups, r.groups);
  append(result.prose, r.prose);
  append(result.marks, r.marks);
  for (const text of r.unplaced ?? []) diagnostics.push(unplacedFact(text, file, s));
  result.guessed ||= r.guessed;
  if (
    r.args.length === 0 &&
    s.blocks.some((b) => b.kind === 'text' && !/no arguments|takes no|none/i.test(b.text))
  ) {
    diagnostics.push(
      diagnostic(
        'warning',
        'args/unreadable',
        file,
        s.title,
        'This section reads as arguments but no argument row (a name with a type, optionality or dash) was found in it.',
        s.line,
      ),
    );
  }
}

/** A line that reads as an argument's fact (`string`, `Optional, default=0`, `Example`) that no argument took. */
function unplacedFact(text: string, file: string, s: Section): Diagnostic {
  return diagnostic(
    'info',
    'args/unplaced',
    file,
    s.title,
    `The line ${JSON.stringify(text.slice(0, 80))} reads as a fact of an argument (a type, a marker or a label), but no argument row was found for it; it was left out.`,
    s.line,
  );
}

/** The first listing of each argument name; a later one is reported and dropped. */
function firstOfEachName(args: readonly ArgFact[], file: string, diagnostics: Diagnostic[]): ArgFact[] {
  const seen = new Set<string>();
  return args.filter((a) => {
    if (!seen.has(a.name)) return seen.add(a.name);
    diagnostics.push(
      diagnostic(
        'warning',
        'args/duplicate',
        file,
        'Arguments',
        `The argument ${a.name} is listed twice; the first listing is kept.`,
      ),
    );
    return false;
  });
}

/** Text renderings lose the spaces around inline code (`avoid sendingclient_idand…`): put back those the lexicon knows. */
function respaceArgDescriptions(args: ArgFact[], lexicon: Lexicon): void {
  const names = namesToRespace(args, lexicon);
  for (const a of args) if (a.description) a.description = respaceKnownNames(a.description, names);
}

function respaceCodeDescriptions(entries: CodeFact[], args: readonly ArgFact[], lexicon: Lexicon): void {
  const names = namesToRespace(args, lexicon);
  for (const e of entries) if (e.description) e.description = respaceKnownNames(e.description, names);
}

function namesToRespace(args: readonly ArgFact[], lexicon: Lexicon): Lexicon {
  return lexiconOf([...args.map((a) => a.name), ...[...lexicon.identifiers].filter((i) => i.includes('_'))]);
}
