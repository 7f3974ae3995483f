/**
 * The same measure for the official @slack/web-api response types (a devDependency), read from
 * its declarations with ts-morph's own compiler: `any` counts as open, like our `unknown`.
 */
import { createRequire } from 'node:module';
import { Project, SyntaxKind, type Type } from 'ts-morph';
import { RECORDER_KEYS } from '../catalog/recorder-keys.ts';
import { typePrefix } from '../resolve/names.ts';
import { kindOf, totalsOf, type FidelityTotals, type JsonKind, type MethodFidelity } from './measure.ts';

export interface OfficialFidelity {
  methods: MethodFidelity[];
  totals: FidelityTotals;
  /** Methods with a recording but no response type in the official package. */
  untyped: string[];
}

/** Fields as the official declarations write them: every property signature of its response types. */
function declarationCounts(project: Project): {
  fields: number;
  requiredFields: number;
  unknownFields: number;
} {
  const counts = { fields: 0, requiredFields: 0, unknownFields: 0 };
  for (const file of project.getSourceFiles()) {
    if (!/[\\/]types[\\/]response[\\/]/.test(file.getFilePath())) continue;
    for (const prop of file.getDescendantsOfKind(SyntaxKind.PropertySignature)) {
      counts.fields++;
      if (!prop.hasQuestionToken()) counts.requiredFields++;
      if (/\bany\b/.test(prop.getTypeNode()?.getText() ?? '')) counts.unknownFields++;
    }
  }
  return counts;
}

function loadResponseTypes(): { project: Project; types: Map<string, Type> } {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@slack/web-api/dist/types/response/index.d.ts');
  const project = new Project({
    compilerOptions: { strict: true, skipLibCheck: true },
    skipAddingFilesFromTsConfig: true,
  });
  const file = project.addSourceFileAtPath(entry);
  project.resolveSourceFileDependencies();
  const types = new Map<string, Type>();
  for (const [name, decls] of file.getExportedDeclarations())
    if (name.endsWith('Response') && decls[0]) types.set(name, decls[0].getType());
  return { project, types };
}

function members(t: Type): Type[] {
  return (t.isUnion() ? t.getUnionTypes() : [t]).filter((x) => !x.isUndefined() && !x.isNull());
}

function admits(t: Type, kind: JsonKind): boolean {
  if (t.isAny() || t.isUnknown()) return true;
  if (t.isUnion()) return t.getUnionTypes().some((x) => admits(x, kind));
  switch (kind) {
    case 'null':
      return t.isNull();
    case 'string':
      return t.isString() || t.isStringLiteral() || t.isTemplateLiteral();
    case 'number':
      return t.isNumber() || t.isNumberLiteral();
    case 'boolean':
      return t.isBoolean() || t.isBooleanLiteral();
    case 'array':
      return t.isArray() || t.isTuple();
    case 'object':
      return t.isObject() && !t.isArray();
  }
}

/** A property as measured: its declared type, `open` under `any` or an open index signature, or `null` where undeclared. */
type OfficialProperty = Type | 'open' | null;

/** The property `key` of the type(s) a value may be. */
function propertyOfType(t: Type, key: string): OfficialProperty {
  let found: OfficialProperty = null;
  for (const m of members(t)) {
    if (m.isAny() || m.isUnknown()) {
      found = 'open';
      continue;
    }
    const prop = m.getProperty(key);
    const decl = prop?.getValueDeclaration() ?? prop?.getDeclarations()[0];
    if (prop && decl) {
      const pt = prop.getTypeAtLocation(decl);
      found = pt.isAny() ? 'open' : pt;
      break;
    }
    const index = m.getStringIndexType();
    if (index) found = index.isAny() || index.isUnknown() ? 'open' : index;
  }
  return found;
}

/** `propertyOfType` remembered by type and key: the recordings ask about the same shared types again and again. */
function cachedPropertyOf(): (t: Type, key: string) => OfficialProperty {
  const cache = new Map<Type, Map<string, OfficialProperty>>();
  return (t, key) => {
    let byKey = cache.get(t);
    if (!byKey) cache.set(t, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, propertyOfType(t, key));
    return byKey.get(key)!;
  };
}

/** The element type of the array(s) a type may be (`any` is its own element). */
function elementType(t: Type): Type | undefined {
  return members(t)
    .map((m) => m.getArrayElementType() ?? (m.isAny() ? m : undefined))
    .find((x) => x);
}

/** What a method's walk carries: its counts, and the shared property lookup. */
interface Context {
  result: MethodFidelity;
  propertyOf: (t: Type, key: string) => OfficialProperty;
}

/** Every path under a field counted as open or missing, like the field itself. */
function countRest(value: unknown, how: 'open' | 'missing', result: MethodFidelity): void {
  if (Array.isArray(value)) value.forEach((x) => countRest(x, how, result));
  else if (value && typeof value === 'object')
    for (const x of Object.values(value)) {
      result.observed++;
      result[how]++;
      countRest(x, how, result);
    }
}

/** One observed field against its declaration, then the fields under it. */
function measureField(child: unknown, declared: OfficialProperty, childPath: string, ctx: Context): void {
  const { result } = ctx;
  result.observed++;
  if (declared === null) {
    result.missing++;
    if (result.missingPaths.length < 5) result.missingPaths.push(childPath);
    countRest(child, 'missing', result);
  } else if (declared === 'open') {
    result.open++;
    countRest(child, 'open', result);
  } else {
    result.declared++;
    if (!admits(declared, kindOf(child))) {
      result.mismatched++;
      if (result.mismatchedPaths.length < 5) result.mismatchedPaths.push(`${childPath}: ${kindOf(child)}`);
    }
    measureValue(child, declared, childPath, ctx);
  }
}

/** A recorded value against a type: arrays by their elements, objects field by field (the recorder's keys skipped at the top). */
function measureValue(value: unknown, t: Type, path: string, ctx: Context): void {
  if (Array.isArray(value)) {
    const element = elementType(t);
    for (const item of value) if (element) measureValue(item, element, `${path}[]`, ctx);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (path === '' && RECORDER_KEYS.has(key)) continue;
    measureField(child, ctx.propertyOf(t, key), path ? `${path}.${key}` : key, ctx);
  }
}

export function measureOfficial(recordings: ReadonlyMap<string, unknown>): OfficialFidelity {
  const { project, types } = loadResponseTypes();
  const propertyOf = cachedPropertyOf();
  const methods: MethodFidelity[] = [];
  const untyped: string[] = [];
  for (const [name, recording] of [...recordings.entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    const root = types.get(`${typePrefix(name)}Response`);
    if (!root) {
      untyped.push(name);
      continue;
    }
    const result: MethodFidelity = {
      method: name,
      observed: 0,
      declared: 0,
      open: 0,
      missing: 0,
      mismatched: 0,
      missingPaths: [],
      mismatchedPaths: [],
    };
    measureValue(recording, root, '', { result, propertyOf });
    methods.push(result);
  }
  return { methods, untyped, totals: totalsOf(methods, declarationCounts(project)) };
}
