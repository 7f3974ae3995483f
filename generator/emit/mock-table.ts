/**
 * The test double's part of the package (`testing/`): the hand-written double
 * (templates/testing/) as it is, and, rendered from the resolved model, the table of what it
 * knows of each method (`testing/methods.ts`: documented example, required arguments, groups,
 * codes and the code for each missing argument, tier, paging, wire forms) with the types that
 * key `mock.on` and `mock.fail` by method, and its entry points (`testing/index.ts`, the
 * library; `testing/cli.ts`, the `slack-mock` command's `main`; `testing/bin.ts`, what `bin` runs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../disk/project-root.ts';
import type { ResolvedMethod } from '../model/types.ts';
import { callerArgs, enforcedGroups } from './args-type.ts';
import { COMMON_ERROR_CODE, errorEnumName } from './error-enum.ts';
import { dataLines, type WidthOf } from './final-data.ts';
import { fits } from './final-layout.ts';
import { HEADER as FILE_HEADER } from './render-files.ts';

const TEMPLATES = projectPath('templates', 'testing');
const HEADER = FILE_HEADER.trimEnd();

/** The hand-written double, shipped as it is. */
export function testingTemplateFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(TEMPLATES).sort()) {
    if (name.endsWith('.ts')) files.set(`testing/${name}`, readFileSync(join(TEMPLATES, name), 'utf8'));
  }
  return files;
}

/** The first success example the docs give (not a recording), else `{ ok: true }`. */
function successExample(method: ResolvedMethod): Record<string, unknown> {
  const documented = method.responses.find(
    (r) =>
      r.kind === 'success' &&
      !r.observed &&
      typeof r.example === 'object' &&
      r.example !== null &&
      !Array.isArray(r.example),
  );
  return documented ? { ...(documented.example as Record<string, unknown>), ok: true } : { ok: true };
}

/** One method's facts as the double reads them (`MethodFacts` in templates/testing/facts.ts). */
function methodFacts(method: ResolvedMethod): Record<string, unknown> {
  const checks = method.resolved.checks ?? {};
  const args = callerArgs(method);
  const groups = enforcedGroups(method).map((g) => ({
    kind: g.kind,
    args: g.args,
    ...(g.when ? { when: g.when } : {}),
  }));
  const lists = args.filter((a) => a.commaList).map((a) => a.name);
  const facts: Record<string, unknown> = {
    example: successExample(method),
    required: args.filter((a) => a.required).map((a) => a.name),
    codes: method.errors.map((e) => e.code),
    json: method.contentTypes.includes('application/json'),
  };
  const optional: Record<string, unknown> = {
    groups: groups.length > 0 ? groups : undefined,
    missing: checks.missing,
    groupCodes: checks.groups,
    invalid: checks.invalid,
    tier: method.rateLimit ?? undefined,
    itemsKey: method.resolved.itemsKey ?? undefined,
    commaLists: lists.length > 0 ? lists : undefined,
    basicAuth: method.basicAuth || undefined,
    tokenless: checks.tokenless,
    wire: checks.wire,
    jsonText: checks.jsonText,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) facts[key] = value;
  return facts;
}

/** A method's codes in `MockCodes`, laid out as prettier lays out a long union type member. */
function codesLines(m: ResolvedMethod): string[] {
  const name = errorEnumName(m);
  const documented = `(typeof ${name})[keyof typeof ${name}]`;
  const union = `${documented} | ${COMMON_ERROR_CODE};`;
  const line = `  '${m.name}': ${union}`;
  if (fits(line)) return [line];
  // Too long: the union goes under the key, on one line where it fits there, else a member a line.
  if (fits(`    ${union}`)) return [`  '${m.name}':`, `    ${union}`];
  return [`  '${m.name}':`, `    | ${documented}`, `    | ${COMMON_ERROR_CODE};`];
}

function typeLines(methods: readonly ResolvedMethod[]): string[] {
  const codes = methods.flatMap(codesLines);
  return [
    "/** By method: the codes it documents, and Slack's common codes (what `mock.fail` takes). */",
    'export type MockCodes = {',
    ...codes,
    '};',
    '',
    '/** By method: its arguments, its response, its codes and, where it pages with a cursor, one item. */',
    'export type MockMethods = {',
    '  [M in keyof SlackMethods]: SlackMethods[M] & { code: MockCodes[M] } & (M extends keyof PaginatedMethods',
    "      ? { item: PaginatedMethods[M]['item'] }",
    '      : unknown);',
    '};',
  ];
}

/**
 * Each method's row as first printed, by method object: a running generator resolves an unchanged
 * method into the same object (resolved models are never changed), so only changed rows are printed again.
 */
const rowsBefore = new WeakMap<ResolvedMethod, string[] | null>();

function rowLines(m: ResolvedMethod, widthOf?: WidthOf): string[] | null {
  if (widthOf) return dataLines(methodFacts(m), '    ', `'${m.name}': `, ',', widthOf);
  let lines = rowsBefore.get(m);
  if (lines === undefined)
    rowsBefore.set(m, (lines = dataLines(methodFacts(m), '    ', `'${m.name}': `, ',')));
  return lines;
}

/**
 * The table's rows in prettier's form (generator/emit/final-data.ts); where a row holds what that
 * printer cannot lay out for sure, a line of JSON a row, and prettier lays out the file.
 */
function tableRows(
  methods: readonly ResolvedMethod[],
  widthOf?: WidthOf,
): { rows: string[]; final: boolean } {
  const printed = methods.map((m) => rowLines(m, widthOf));
  if (printed.every((lines): lines is string[] => lines !== null))
    return { rows: printed.flat(), final: true };
  return { rows: methods.map((m) => `    '${m.name}': ${JSON.stringify(methodFacts(m))},`), final: false };
}

/**
 * `testing/methods.ts`: the types, and the table of each method's facts in prettier's form (method
 * names are Slack-shaped by the time they reach code, generator/model/method-name.ts, so they
 * quote as they are); `widthOf` measures lines as prettier does where the printer's own measure
 * cannot (generator/emit/final-data.ts).
 */
export function mockTableTs(methods: readonly ResolvedMethod[], widthOf?: WidthOf): PendingTable {
  const imports = methods.map((m) => `import type { ${errorEnumName(m)} } from '../methods/${m.name}.js';`);
  const { rows, final } = tableRows(methods, widthOf);
  const text = [
    HEADER,
    "import type { PaginatedMethods, SlackMethods } from '../client.js';",
    `import { ${COMMON_ERROR_CODE} } from '../common-errors.js';`,
    ...imports,
    "import type { MockTable } from './facts.js';",
    '',
    ...typeLines(methods),
    '',
    '/** What the double knows of each method, from the docs, and the codes any method may answer with. */',
    'export const TABLE: MockTable = {',
    '  methods: {',
    ...rows,
    '  },',
    `  commonCodes: Object.values(${COMMON_ERROR_CODE}),`,
    '};',
    '',
  ].join('\n');
  return { text, final };
}

/** `testing/methods.ts`: its text, and whether that is prettier's form already or still to be formatted. */
export interface PendingTable {
  text: string;
  final: boolean;
}

/** `testing/index.ts`: the library entry point. */
export function mockIndexTs(): string {
  return `${HEADER}
import { SlackMock, type MockOptions } from './mock.js';
import { TABLE, type MockMethods } from './methods.js';

/** A test double of the Slack Web API, made from the same docs as the client. */
export function createSlackMock(options: MockOptions = {}): SlackMock<MockMethods> {
  return new SlackMock<MockMethods>(TABLE, options);
}

export { SlackMock } from './mock.js';
export type { MockAnswer, MockOptions, PagedMethod, Responder } from './mock.js';
export type { RecordedCall } from './calls.js';
export type { FaultOptions } from './faults.js';
export type { ListenOptions, MockServer } from './server.js';
export type { MockCodes, MockMethods } from './methods.js';
`;
}

/** `testing/cli.ts`: the `slack-mock` command's `main`, without a shebang (the packaging wraps it). */
export function mockCliTs(): string {
  return `${HEADER}
import { createSlackMock } from './index.js';
import { runSlackMock } from './run.js';

/** \`slack-mock --port 0\`: prints \`http://127.0.0.1:<port>/api/\` first, then serves until stopped. */
export function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  return runSlackMock(createSlackMock, argv);
}
`;
}

/** `testing/bin.ts`: what the package's `bin` runs (its build adds the shebang). */
export function mockBinTs(): string {
  return `${HEADER}
import { main } from './cli.js';

void main();
`;
}

/** Every file of `testing/` but the table (`mockTableTs`), which may still need formatting. */
export function testingFiles(): Map<string, string> {
  const files = testingTemplateFiles();
  files.set('testing/index.ts', mockIndexTs());
  files.set('testing/cli.ts', mockCliTs());
  files.set('testing/bin.ts', mockBinTs());
  return files;
}
