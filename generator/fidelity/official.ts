/**
 * The same measure for the official @slack/web-api response types (a devDependency), read from
 * its declarations with ts-morph's own compiler: `any` counts as open, like our `unknown`.
 */
import { createRequire } from 'node:module';
import { Project, SyntaxKind, type Type } from 'ts-morph';
import { typePrefix } from '../resolve/names.ts';
import { kindOf, totalsOf, type FidelityTotals, type JsonKind, type MethodFidelity } from './measure.ts';

const RECORDER_KEYS = new Set(['ok', 'error', 'warning', 'needed', 'provided']);

export interface OfficialFidelity {
  methods: MethodFidelity[];
  totals: FidelityTotals;
  /** Methods with a recording but no response type in the official package. */
  untyped: string[];
}

/** Fields as the official declarations write them: every property signature of its response types. */
function declarationCounts(project: Project): { fields: number; requiredFields: number; unknownFields: number } {
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
  const project = new Project({ compilerOptions: { strict: true, skipLibCheck: true }, skipAddingFilesFromTsConfig: true });
  const file = project.addSourceFileAtPath(entry);
  project.resolveSourceFileDependencies();
  const types = new Map<string, Type>();
  for (const [name, decls] of file.getExportedDeclarations()) if (name.endsWith('Response') && decls[0]) types.set(name, decls[0].getType());
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

export function measureOfficial(recordings: ReadonlyMap<string, unknown>): OfficialFidelity {
  const { project, types } = loadResponseTypes();
  const methods: MethodFidelity[] = [];
  const untyped: string[] = [];
  const propertyCache = new Map<Type, Map<string, Type | 'open' | null>>();
  const propertyOf = (t: Type, key: string): Type | 'open' | null => {
    let cache = propertyCache.get(t);
    if (!cache) propertyCache.set(t, (cache = new Map()));
    if (cache.has(key)) return cache.get(key)!;
    let found: Type | 'open' | null = null;
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
    cache.set(key, found);
    return found;
  };
  for (const [name, recording] of [...recordings.entries()].sort()) {
    const root = types.get(`${typePrefix(name)}Response`);
    if (!root) {
      untyped.push(name);
      continue;
    }
    const r: MethodFidelity = { method: name, observed: 0, declared: 0, open: 0, missing: 0, mismatched: 0, missingPaths: [], mismatchedPaths: [] };
    const countRest = (v: unknown, how: 'open' | 'missing') => {
      if (Array.isArray(v)) v.forEach((x) => countRest(x, how));
      else if (v && typeof v === 'object') for (const x of Object.values(v)) {
        r.observed++;
        r[how]++;
        countRest(x, how);
      }
    };
    const walk = (v: unknown, t: Type, path: string) => {
      if (Array.isArray(v)) {
        const el = members(t).map((m) => m.getArrayElementType() ?? (m.isAny() ? m : undefined)).find((x) => x);
        for (const item of v) if (el) walk(item, el, `${path}[]`);
        return;
      }
      if (!v || typeof v !== 'object') return;
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        if (path === '' && RECORDER_KEYS.has(k)) continue;
        r.observed++;
        const p = propertyOf(t, k);
        const childPath = path ? `${path}.${k}` : k;
        if (p === null) {
          r.missing++;
          if (r.missingPaths.length < 5) r.missingPaths.push(childPath);
          countRest(child, 'missing');
        } else if (p === 'open') {
          r.open++;
          countRest(child, 'open');
        } else {
          r.declared++;
          if (!admits(p, kindOf(child))) {
            r.mismatched++;
            if (r.mismatchedPaths.length < 5) r.mismatchedPaths.push(`${childPath}: ${kindOf(child)}`);
          }
          walk(child, p, childPath);
        }
      }
    };
    walk(recording, root, '');
    methods.push(r);
  }
  return { methods, untyped, totals: totalsOf(methods, declarationCounts(project)) };
}
