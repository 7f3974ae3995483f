/**
 * The structured reference records behind the current docs site (`<method>.json`): the same
 * page facts as a page gives, plus precise types (unions, array items, the output schema).
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import { diagnostic } from '../model/diagnostics.ts';
import type { ArgType, PropertyNode, TypeNode } from '../model/types.ts';
import { sharedObjectKind } from '../catalog/shared-objects.ts';
import { isSnakeCase } from '../model/snake-case.ts';
import { RECORDER_KEYS } from '../catalog/recorder-keys.ts';
import { readEnum } from '../sections/argument-details.ts';
import { readArgGroups, readGroupRules, readNotes, unclearGroup } from '../sections/notes.ts';
import { jsonDepthExceeds } from '../sections/json-example.ts';
import { MAX_EXAMPLE_FIELDS, MAX_JSON_DEPTH, MAX_OBJECT_KEYS } from '../input/limits.ts';
import { ExampleBudget, tooMuch, type Verdict } from '../sections/example-budget.ts';
import { PRIMITIVE, shapeSize, shapeWithin, unwritten, type Shape } from '../model/shape.ts';
import type {
  ArgFact,
  ArgGroupFact,
  CodeFact,
  MethodFacts,
  PageFacts,
  ResponseFact,
} from '../facts/page-facts.ts';
import { bodyDigest, capLists, emptyMethodFacts, uniqueGroups } from '../facts/page-facts.ts';
import { unsureValueSets } from '../sections/value-set.ts';

type Json = Record<string, unknown>;

const TIERS: Record<string, string> = {
  t1: 'Tier 1',
  t2: 'Tier 2',
  t3: 'Tier 3',
  t4: 'Tier 4',
  t5: 'Special',
};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A record file's facts; `stem` is its method name (records do not repeat it). */
export function readRecord(id: string, stem: string, content: string): PageFacts {
  const parsed = parseRecord(id, content);
  if ('error' in parsed) return recordPage(id, [], [parsed.error]);
  const record = parsed.record;
  // Every method record has `desc`; a recorded response has `ok` (api.test's even has `args`).
  if (isObject(record) && record['desc'] === undefined && 'ok' in record) {
    return readRecording(id, stem, record);
  }
  if (!isObject(record) || (record['desc'] === undefined && record['args'] === undefined)) {
    const notAMethod = diagnostic(
      'warning',
      'record/not-a-method',
      id,
      '(whole record)',
      'This JSON file is not a method record (no `desc` or `args`); it was skipped.',
    );
    return recordPage(id, [], [notAMethod]);
  }
  const diagnostics: Diagnostic[] = [];
  // What the reader walks recursively (schemas, examples) must not nest without end.
  dropTooMuch(record, id, diagnostics);
  const facts = methodFactsOf(record, stem, id, diagnostics);
  for (const d of capLists(facts, id)) diagnostics.push(d);
  for (const d of unsureValueSets(facts.args, id, facts.name)) diagnostics.push(d);
  return recordPage(id, [facts], diagnostics);
}

function recordPage(id: string, methods: MethodFacts[], diagnostics: Diagnostic[]): PageFacts {
  return { id, format: 'record', layout: 'reference-record', methods, diagnostics, guessed: false };
}

/** The record's JSON, or the diagnostic saying it is not JSON. */
function parseRecord(id: string, content: string): { record: unknown } | { error: Diagnostic } {
  try {
    return { record: JSON.parse(content) as unknown };
  } catch (err) {
    return {
      error: diagnostic(
        'error',
        'record/not-json',
        id,
        '(whole record)',
        `The record is not valid JSON: ${(err as Error).message}`,
      ),
    };
  }
}

/** The facts a method record gives. */
function methodFactsOf(record: Json, stem: string, id: string, diagnostics: Diagnostic[]): MethodFacts {
  const facts = emptyMethodFacts();
  facts.name = stem;
  facts.nameFrom = 'file';
  facts.description = str(record['desc']);
  const verb = str(record['http_method']);
  facts.http = { method: (verb ?? 'POST').toUpperCase(), url: `https://slack.com/api/${stem}` };
  facts.contentTypes = [
    'application/x-www-form-urlencoded',
    ...(record['json_input_supported'] === true ? ['application/json'] : []),
  ];
  const tier = str(record['rate_limits']);
  // A limit outside the tiers is kept as the record words it ("1200 requests per minute…").
  facts.rateLimit = tier ? (TIERS[tier] ?? tier) : null;
  const scope = isObject(record['scope']) ? record['scope'] : {};
  facts.scopes = { bot: stringList(scope['bot']), user: stringList(scope['user']) };
  facts.deprecated =
    record['deprecated'] === true || /\bdeprecated\b/i.test(facts.description ?? '') ? true : null;
  facts.args = readArgs(record['args'], id, diagnostics);
  if (facts.args.some((a) => a.schema?.kind === 'file')) facts.contentTypes.push('multipart/form-data');
  facts.responses = readExamples(record['examples']);
  facts.errors = codeFactsOf(record['errors']);
  facts.warnings = codeFactsOf(record['warnings']);
  facts.responseSchema = isObject(record['output']) ? typeOf(record['output']) : null;
  // Rules stated in argument descriptions ("supply the Client ID and Client Secret using HTTP Basic").
  facts.notes = readNotes([facts.description ?? '', ...facts.args.map((a) => a.description ?? '')], false);
  facts.argGroups = readGroups(facts, id, diagnostics);
  return facts;
}

/**
 * Argument groups: the records state them only in descriptions ("Either `view_id` or
 * `external_id` is required."). Wording that ties an argument to others but that no rule reads
 * gives no group, only a note naming the method and the argument.
 */
function readGroups(facts: MethodFacts, id: string, diagnostics: Diagnostic[]): ArgGroupFact[] {
  const args = facts.args ?? [];
  const reading = readArgGroups(args);
  for (const { arg, sentence } of reading.unclear)
    diagnostics.push(unclearGroup(facts.name ?? id, arg, sentence, id, 'args'));
  const stated = readGroupRules([facts.description ?? ''], new Set(args.map((a) => a.name)));
  return uniqueGroups([...reading.groups, ...stated]);
}

/**
 * A recorded real response (`<method>.json` of ../shared/slack-responses): an observed success
 * whose fields complete the documented type as optional members, never as required ones. It is
 * reduced to its shape as it is read: the body itself is not kept.
 */
function readRecording(id: string, stem: string, recording: Json): PageFacts {
  const shape = shapeWithin(recording, MAX_JSON_DEPTH);
  if (shape === null) return unusedRecording(id, 'too-deep');
  const verdict = budgetVerdict(shape, recording);
  if (verdict !== 'ok') return unusedRecording(id, verdict);
  const facts = emptyMethodFacts();
  facts.name = stem;
  facts.nameFrom = 'file';
  // `ok` is `false` in every recording whatever the call returned; the recorder's keys are no answer.
  const answer: Json = { ok: true };
  for (const [k, v] of Object.entries(recording)) if (!RECORDER_KEYS.has(k)) answer[k] = v;
  facts.responses = [
    {
      kind: 'success',
      description: 'Recorded response (anonymised, merged).',
      example: null,
      observed: true,
      shape: unwritten(answerShape(answer, shape)),
      digest: bodyDigest(answer),
    },
  ];
  return {
    id,
    format: 'record',
    layout: 'recorded-response',
    methods: [facts],
    diagnostics: [],
    guessed: false,
  };
}

/** A recording over a limit: not used, with the diagnostic saying which. */
function unusedRecording(id: string, verdict: Exclude<Verdict, 'ok'> | 'too-deep'): PageFacts {
  const what =
    verdict === 'too-deep' ? `nests objects and arrays more than ${MAX_JSON_DEPTH} deep` : tooMuch(verdict);
  const diagnostics = [
    diagnostic(
      'warning',
      verdict === 'too-deep' ? 'responses/too-deep' : 'responses/too-large',
      id,
      '(whole file)',
      `The recorded response ${what}; it was not used.`,
    ),
  ];
  return { id, format: 'record', layout: 'recorded-response', methods: [], diagnostics, guessed: false };
}

/**
 * What the example budget (example-budget.ts) says of the recording, read off its shape: the
 * budget merges fields as shapes do, so it admits the recording exactly when its shape is within
 * the limits. Only a recording over them is walked again, for which limit it passes first.
 */
function budgetVerdict(shape: Shape, recording: Json): Verdict {
  const { fields, widest } = shapeSize(shape);
  if (fields <= MAX_EXAMPLE_FIELDS && widest <= MAX_OBJECT_KEYS) return 'ok';
  return new ExampleBudget().admit(recording);
}

/** The answer's shape, from the recording's: `answer` holds its keys, in order, and `ok: true`. */
function answerShape(answer: Json, recorded: Shape): Shape {
  const fieldOf = (key: string) =>
    key === 'ok'
      ? { shape: { primitives: PRIMITIVE.boolean, object: null, array: null }, seen: 1 }
      : recorded.object!.fields.get(key)!;
  const fields = new Map(Object.keys(answer).map((key) => [key, fieldOf(key)]));
  return { primitives: 0, object: { samples: 1, fields }, array: null };
}

/**
 * Removes from a record the parts nested deeper than `MAX_JSON_DEPTH` or too large to make a
 * type of (see example-budget.ts), each with a diagnostic naming it: an example response, the
 * output schema, an argument (and its schema). The rest of the record is read as usual.
 */
function dropTooMuch(record: Json, id: string, diagnostics: Diagnostic[]): void {
  const examples = record['examples'];
  if (isObject(examples)) {
    const budget = new ExampleBudget();
    for (const [name, raw] of Object.entries(examples)) {
      const example = isObject(raw) ? raw['example'] : undefined;
      const verdict = jsonDepthExceeds(raw, MAX_JSON_DEPTH) ? 'too-deep' : budget.admit(example);
      if (verdict === 'ok') continue;
      delete examples[name];
      const what =
        verdict === 'too-deep'
          ? `nests objects and arrays more than ${MAX_JSON_DEPTH} deep`
          : `${tooMuch(verdict)}, with the examples before it`;
      diagnostics.push(
        diagnostic(
          'warning',
          verdict === 'too-deep' ? 'responses/too-deep' : 'responses/too-large',
          id,
          `examples.${name}`,
          `The example response ${JSON.stringify(name)} ${what}; it was skipped.`,
        ),
      );
    }
  }
  const output = schemaVerdict(record['output']);
  if (output !== 'ok') {
    delete record['output'];
    diagnostics.push(
      diagnostic(
        'warning',
        `schema/${output}`,
        id,
        'output',
        `The response schema ${schemaProblem(output)}; the response type is built from the examples alone.`,
      ),
    );
  }
  const args = record['args'];
  if (isObject(args)) {
    const properties = isObject(args['properties']) ? args['properties'] : args;
    for (const [name, raw] of Object.entries(properties)) {
      const verdict = schemaVerdict(raw);
      if (verdict === 'ok') continue;
      delete properties[name];
      diagnostics.push(
        diagnostic(
          'warning',
          `schema/${verdict}`,
          id,
          `args.${name}`,
          `The schema of the argument ${JSON.stringify(name)} ${schemaProblem(verdict)}; the argument was skipped.`,
        ),
      );
    }
  }
}

function schemaVerdict(schema: unknown): 'ok' | 'too-deep' | 'too-large' {
  if (jsonDepthExceeds(schema, MAX_JSON_DEPTH)) return 'too-deep';
  return new ExampleBudget().admit(schema) === 'ok' ? 'ok' : 'too-large';
}

function schemaProblem(verdict: 'too-deep' | 'too-large'): string {
  return verdict === 'too-deep'
    ? `nests more than ${MAX_JSON_DEPTH} deep`
    : `has more than ${MAX_OBJECT_KEYS} properties in one object or ${MAX_EXAMPLE_FIELDS} in all`;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

const JSON_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object', 'null']);

const JSON_ENCODED = /\bJSON\b|URL-encoded string/;

/**
 * Arguments as a JSON Schema object (`properties`, `required`), or, in older records (the ones
 * SDKs vendored), a plain map of name → `{ type, required, example, desc }`.
 */
function readArgs(args: unknown, id: string, diagnostics: Diagnostic[]): ArgFact[] {
  if (!isObject(args)) return [];
  const schemaShaped = isObject(args['properties']);
  const properties = schemaShaped ? (args['properties'] as Json) : args;
  const required = new Set(
    schemaShaped
      ? stringList(args['required'])
      : Object.keys(args).filter((k) => isObject(args[k]) && args[k]['required'] === true),
  );
  return Object.entries(properties)
    .filter(([, raw]) => isObject(raw))
    .map(([name, raw]) => {
      const p = raw as Json;
      // Older records name shared objects in `type` (`"type": "channel"`); the schema's `type` is a JSON type.
      const schema =
        !schemaShaped && typeof p['type'] === 'string' && !JSON_TYPES.has(p['type'])
          ? typeOf({ ...p, type: undefined, schema: p['type'] })
          : typeOf(p);
      const description = str(p['desc']);
      const fact: ArgFact = {
        name,
        type: argTypeOf(schema),
        required: required.has(name),
        description,
        example: valueText(p['example']),
        default: valueText(p['default']),
        enum: Array.isArray(p['enum']) ? p['enum'].map(String) : readEnum(description),
      };
      if (needsSchema(schema)) fact.schema = schema;
      const ref = str(p['schema']) ?? (schema.kind === 'ref' ? schema.name : null);
      if (ref !== null) fact.ref = ref;
      if (argTypeOf(schema) === 'string' && description && JSON_ENCODED.test(description))
        fact.jsonEncoded = true;
      if (!isSnakeCase(name)) {
        diagnostics.push(
          diagnostic(
            'info',
            'args/unusual-name',
            id,
            'args',
            `The argument name ${JSON.stringify(name)} is not snake_case; it is quoted in code.`,
          ),
        );
      }
      return fact;
    });
}

/** An example or default as text: an object or array as its JSON, anything else as written. */
function valueText(v: unknown): string | null {
  if (v === undefined) return null;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : JSON.stringify(v);
}

/** The type word of an argument: a union without `null` keeps its first member's word. */
function argTypeOf(node: TypeNode): ArgType | null {
  switch (node.kind) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'object':
    case 'array':
      return node.kind;
    case 'union': {
      const first = node.options.find((o) => o.kind !== 'null');
      return first ? argTypeOf(first) : null;
    }
    case 'ref':
      return sharedObjectKind(node.name) === 'object'
        ? 'object'
        : sharedObjectKind(node.name) === 'array'
          ? 'array'
          : 'string';
    default:
      return null;
  }
}

/** A plain type word says it all for strings, numbers and booleans; anything richer keeps its schema. */
function needsSchema(node: TypeNode): boolean {
  return !(['string', 'integer', 'number', 'boolean'].includes(node.kind) && !('enum' in node && node.enum));
}

/** A JSON Schema node of the records as a type node. */
export function typeOf(node: unknown): TypeNode {
  if (!isObject(node)) return { kind: 'unknown' };
  const description = str(node['desc']) ?? str(node['description']) ?? undefined;
  const withDoc = <T extends TypeNode>(t: T): T => (description ? { ...t, description } : t);
  const ref = str(node['schema']);
  if (ref !== null && node['type'] === undefined && node['anyOf'] === undefined) {
    if (ref === '') return withDoc({ kind: 'unknown' });
    if (ref === 'post_file') return withDoc({ kind: 'file' });
    return withDoc({ kind: 'ref', name: ref });
  }
  const options = Array.isArray(node['anyOf'])
    ? node['anyOf']
    : Array.isArray(node['oneOf'])
      ? node['oneOf']
      : null;
  if (options) return withDoc(union(options.map(typeOf)));
  const type: unknown = node['type'] ?? (holdsInlineProperties(node) ? 'object' : undefined);
  if (Array.isArray(type))
    return withDoc(union(type.map((t) => typeOf({ ...node, type: t, desc: undefined }))));
  const values = Array.isArray(node['enum'])
    ? (node['enum'] as unknown[]).filter((v): v is string | number | boolean =>
        ['string', 'number', 'boolean'].includes(typeof v),
      )
    : undefined;
  switch (type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'null':
      return withDoc(values && values.length > 0 ? { kind: type, enum: values } : { kind: type });
    case 'array':
      return withDoc({
        kind: 'array',
        items: node['items'] === undefined ? { kind: 'unknown' } : typeOf(node['items']),
      });
    case 'object': {
      const required = new Set(stringList(node['required']));
      const props = isObject(node['properties'])
        ? node['properties']
        : node['type'] === undefined // the inline form, see holdsInlineProperties
          ? node
          : {};
      const properties: PropertyNode[] = Object.entries(props).map(([name, p]) => {
        const t = typeOf(p);
        const prop: PropertyNode = { name, type: t, required: required.has(name) };
        if (t.description) prop.description = t.description;
        return prop;
      });
      return withDoc({ kind: 'object', properties, additional: node['additionalProperties'] !== false });
    }
    default:
      return withDoc({ kind: 'unknown' });
  }
}

/** Words of JSON Schema itself: a node holding any of them is a schema, not a map of fields. */
const SCHEMA_WORDS = new Set([
  'type',
  'properties',
  'patternProperties',
  'items',
  'enum',
  'desc',
  'description',
]);

/**
 * A node with no `type` whose every key names a field schema: some records drop the
 * `type`/`properties` wrapper and list an object's fields directly (search.all's `files`).
 */
function holdsInlineProperties(node: Json): boolean {
  const keys = Object.keys(node);
  return (
    keys.length > 0 &&
    keys.every((k) => !SCHEMA_WORDS.has(k) && isObject(node[k])) &&
    node['schema'] === undefined
  );
}

function union(options: TypeNode[]): TypeNode {
  const flat = options.flatMap((o) => (o.kind === 'union' ? o.options : [o]));
  const unique: TypeNode[] = [];
  const seen = new Set<string>();
  for (const o of flat) {
    const key = JSON.stringify(o);
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(o);
    }
  }
  return unique.length === 1 ? unique[0]! : { kind: 'union', options: unique };
}

function readExamples(examples: unknown): ResponseFact[] {
  if (!isObject(examples)) return [];
  return Object.entries(examples).flatMap(([name, raw]) => {
    if (!isObject(raw) || raw['example'] === undefined) return [];
    const example = raw['example'];
    const failed = isObject(example) && example['ok'] === false;
    return [
      {
        kind: failed || /error/i.test(name) ? 'error' : 'success',
        description: str(raw['description']),
        example,
      } satisfies ResponseFact,
    ];
  });
}

function codeFactsOf(codes: unknown): CodeFact[] | null {
  if (!isObject(codes)) return null;
  return Object.entries(codes).map(([code, raw]) => {
    // `code: { desc, hidden }`, or in older records `code: "description"`.
    if (typeof raw === 'string') return { code, description: raw, hidden: false };
    const entry = isObject(raw) ? raw : {};
    return { code, description: str(entry['desc']), hidden: entry['hidden'] === true };
  });
}
