/**
 * How faithful the response types are to real responses: every key path of a recorded response
 * (arrays by their element) checked against the generated type — declared or not, and whether
 * the declared type admits the JSON kind seen there. Below a type of `@slack/types` (a
 * message's blocks, attachments, metadata), every path counts as declared, by that package:
 * its declarations are not read here, only that the value is an object.
 */
import { RECORDER_KEYS } from '../catalog/recorder-keys.ts';
import { sharedObjectKind } from '../catalog/shared-objects.ts';
import type { ResolvedMethod, ResolvedModel, TypeNode } from '../model/types.ts';

export type JsonKind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';

export interface MethodFidelity {
  method: string;
  observed: number;
  /** Declared with a specific type. */
  declared: number;
  /** Under an open type (a shared object's other fields, `unknown`): allowed, typed `unknown`. */
  open: number;
  missing: number;
  mismatched: number;
  /** A few paths, for the report. */
  missingPaths: string[];
  mismatchedPaths: string[];
}

export interface FidelityTotals {
  methods: number;
  observed: number;
  declared: number;
  open: number;
  missing: number;
  mismatched: number;
  /** Declared or open, over observed. */
  coverage: number;
  fields: number;
  requiredFields: number;
  unknownFields: number;
}

export function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : (typeof value as 'string' | 'number' | 'boolean');
}

interface Context {
  shared: ReadonlyMap<string, TypeNode>;
  result: MethodFidelity;
}

function admits(node: TypeNode, kind: JsonKind): boolean {
  switch (node.kind) {
    case 'unknown':
      return true;
    case 'union':
      return node.options.some((o) => admits(o, kind));
    case 'ref': {
      const k = sharedObjectKind(node.name);
      return k === 'string' ? kind === 'string' : k === 'array' ? kind === 'array' : kind === 'object';
    }
    case 'integer':
    case 'number':
      return kind === 'number';
    case 'file':
      return false;
    case 'map':
    case 'ecosystem':
      return kind === 'object';
    default:
      return node.kind === kind;
  }
}

/** The property `key` of the object(s) a node may be: its type, `open` for open objects, or `null`. */
function propertyOf(node: TypeNode, key: string, ctx: Context): TypeNode | 'open' | null {
  switch (node.kind) {
    case 'unknown':
      return 'open';
    case 'map':
      return node.values;
    case 'object': {
      const p = node.properties.find((x) => x.name === key);
      if (p) return p.type;
      return node.properties.length === 0 ? 'open' : null;
    }
    case 'ref': {
      const shared = ctx.shared.get(node.name);
      const found = shared ? propertyOf(shared, key, ctx) : null;
      return found && found !== 'open' ? found : 'open';
    }
    case 'union': {
      let open = false;
      for (const o of node.options) {
        const found = propertyOf(o, key, ctx);
        if (found === 'open') open = true;
        else if (found) return found;
      }
      return open ? 'open' : null;
    }
    default:
      return null;
  }
}

/** A type in a few words, for the report (`integer`, `string | null`, `message`). */
export function describeType(node: TypeNode): string {
  switch (node.kind) {
    case 'union':
      return node.options.map(describeType).join(' | ');
    case 'ref':
    case 'ecosystem':
      return node.name;
    case 'array':
      return `${describeType(node.items)}[]`;
    case 'map':
      return `map of ${describeType(node.values)}`;
    default:
      return node.kind;
  }
}

function elementOf(node: TypeNode): TypeNode | null {
  if (node.kind === 'array') return node.items;
  if (node.kind === 'unknown') return node;
  if (node.kind === 'union') {
    const arrays = node.options.filter((o) => o.kind === 'array' || o.kind === 'unknown');
    return arrays.length > 0 ? elementOf(arrays[0]!) : null;
  }
  return null;
}

function countAll(value: unknown, path: string, ctx: Context, how: 'declared' | 'open' | 'missing'): void {
  const visit = (v: unknown, p: string) => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, `${p}[]`));
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const child = `${p}.${k}`;
        ctx.result.observed++;
        ctx.result[how]++;
        if (how === 'missing' && ctx.result.missingPaths.length < 5) ctx.result.missingPaths.push(child);
        visit(x, child);
      }
    }
  };
  visit(value, path);
}

function walk(value: unknown, node: TypeNode, path: string, ctx: Context): void {
  if (node.kind === 'ecosystem') return countAll(value, path, ctx, 'declared');
  if (Array.isArray(value)) {
    const element = elementOf(node);
    for (const item of value) if (element) walk(item, element, `${path}[]`, ctx);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (path === '' && RECORDER_KEYS.has(key)) continue;
    const childPath = path ? `${path}.${key}` : key;
    const declared = propertyOf(node, key, ctx);
    ctx.result.observed++;
    if (declared === null) {
      ctx.result.missing++;
      if (ctx.result.missingPaths.length < 5) ctx.result.missingPaths.push(childPath);
      countAll(child, childPath, ctx, 'missing');
      continue;
    }
    if (declared === 'open') {
      ctx.result.open++;
      countAll(child, childPath, ctx, 'open');
      continue;
    }
    ctx.result.declared++;
    if (!admits(declared, kindOf(child))) {
      ctx.result.mismatched++;
      if (ctx.result.mismatchedPaths.length < 5)
        ctx.result.mismatchedPaths.push(
          `${childPath}: declared ${describeType(declared)}, seen ${kindOf(child)}`,
        );
    }
    walk(child, declared, childPath, ctx);
  }
}

/** The shared objects' types as the package declares them (fields from recordings, where the model has them). */
export function sharedTypes(model: ResolvedModel): Map<string, TypeNode> {
  return new Map(model.shared.flatMap((s) => (s.observed ? [[s.name, s.observed] as const] : [])));
}

/** One recording against the response type the model resolved (the one the package declares). */
export function measureMethod(
  method: ResolvedMethod,
  recording: unknown,
  shared: ReadonlyMap<string, TypeNode>,
): MethodFidelity {
  const result: MethodFidelity = {
    method: method.name,
    observed: 0,
    declared: 0,
    open: 0,
    missing: 0,
    mismatched: 0,
    missingPaths: [],
    mismatchedPaths: [],
  };
  walk(recording, method.resolved.response, '', { shared, result });
  return result;
}

function fieldStats(model: ResolvedModel): { fields: number; requiredFields: number; unknownFields: number } {
  const stats = { fields: 0, requiredFields: 0, unknownFields: 0 };
  const visit = (node: TypeNode) => {
    if (node.kind === 'object') {
      for (const p of node.properties) {
        stats.fields++;
        if (p.required) stats.requiredFields++;
        if (p.type.kind === 'unknown') stats.unknownFields++;
        visit(p.type);
      }
    } else if (node.kind === 'array') visit(node.items);
    else if (node.kind === 'union') node.options.forEach(visit);
  };
  for (const m of model.methods) visit(m.resolved.response);
  return stats;
}

/** The totals of a run: path counts summed over its methods, beside its field counts. */
export function totalsOf(
  methods: readonly MethodFidelity[],
  fields: { fields: number; requiredFields: number; unknownFields: number },
): FidelityTotals {
  const sum = (k: 'observed' | 'declared' | 'open' | 'missing' | 'mismatched') =>
    methods.reduce((n, m) => n + m[k], 0);
  const observed = sum('observed');
  return {
    methods: methods.length,
    observed,
    declared: sum('declared'),
    open: sum('open'),
    missing: sum('missing'),
    mismatched: sum('mismatched'),
    coverage: observed === 0 ? 1 : (sum('declared') + sum('open')) / observed,
    ...fields,
  };
}

export function measureModel(
  model: ResolvedModel,
  recordings: ReadonlyMap<string, unknown>,
): { methods: MethodFidelity[]; totals: FidelityTotals } {
  const shared = sharedTypes(model);
  const methods = model.methods
    .filter((m) => recordings.has(m.name))
    .map((m) => measureMethod(m, recordings.get(m.name), shared));
  return { methods, totals: totalsOf(methods, fieldStats(model)) };
}
