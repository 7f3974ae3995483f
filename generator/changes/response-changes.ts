/**
 * What changed in a method's success response between two resolved models, field by field (nested
 * fields by path: `message.blocks`, array elements as `channels[].id`). For a caller reading the
 * response, a field removed, changed in type, or no longer always there breaks code that relied
 * on it; a field added, or now always there, does not.
 */
import type { ObjectNode, TypeNode } from '../model/types.ts';
import { codeSpan } from './markdown.ts';

export interface FieldChange {
  text: string;
  breaking: boolean;
  bump: 'major' | 'minor';
}

interface Field {
  /** The type without the fields of its objects (those are fields of their own). */
  type: string;
  required: boolean;
}

/** A type in a few words, its objects' fields left out: `string | null`, `object[]`, `message`. */
function shallowType(node: TypeNode): string {
  switch (node.kind) {
    case 'integer':
    case 'number':
      // Both are `number` in the package: a change between them changes no caller's code.
      return node.enum?.length ? node.enum.map((v) => JSON.stringify(v)).join(' | ') : 'number';
    case 'string':
    case 'boolean':
      return node.enum?.length ? node.enum.map((v) => JSON.stringify(v)).join(' | ') : node.kind;
    case 'array':
      return `${shallowType(node.items)}[]`;
    case 'map':
      return `map of ${shallowType(node.values)}`;
    case 'union':
      return [...new Set(node.options.map(shallowType))].sort().join(' | ');
    case 'ref':
    case 'ecosystem':
      return node.name;
    default:
      return node.kind;
  }
}

/** Every field under a type, by path, parents before their children (the first of a path wins). */
function collectFields(node: TypeNode, path: string, into: Map<string, Field>): void {
  switch (node.kind) {
    case 'object':
      for (const p of node.properties) {
        const child = path ? `${path}.${p.name}` : p.name;
        if (!into.has(child)) into.set(child, { type: shallowType(p.type), required: p.required });
        collectFields(p.type, child, into);
      }
      return;
    case 'array':
      return collectFields(node.items, `${path}[]`, into);
    case 'map':
      return collectFields(node.values, `${path}.*`, into);
    case 'union':
      return node.options.forEach((o) => collectFields(o, path, into));
    default:
  }
}

/** The response's fields by path; the root's `ok` is left out (the package always declares `ok: true`). */
function responseFields(response: ObjectNode): Map<string, Field> {
  const fields = new Map<string, Field>();
  collectFields({ ...response, properties: response.properties.filter((p) => p.name !== 'ok') }, '', fields);
  return fields;
}

function fieldChange(path: string, old: Field | undefined, now: Field | undefined): FieldChange | null {
  const field = `response field ${codeSpan(path)}`;
  if (!old) return { text: `${field} added`, breaking: false, bump: 'minor' };
  if (!now) return { text: `${field} removed`, breaking: true, bump: 'major' };
  if (old.type !== now.type)
    return {
      text: `${field} changed type from ${codeSpan(old.type)} to ${codeSpan(now.type)}`,
      breaking: true,
      bump: 'major',
    };
  if (old.required && !now.required)
    return { text: `${field} changed from required to optional`, breaking: true, bump: 'major' };
  if (!old.required && now.required)
    return { text: `${field} changed from optional to required`, breaking: false, bump: 'minor' };
  return null;
}

/** Whether a path lies under a field reported as a whole (added, removed or retyped). */
function under(path: string, whole: readonly string[]): boolean {
  return whole.some((w) => path.startsWith(`${w}.`) || path.startsWith(`${w}[]`));
}

/** The changes of one response in path order (a parent sorts before its fields); nothing under a field added, removed or retyped is repeated. */
export function responseChanges(before: ObjectNode, after: ObjectNode): FieldChange[] {
  const old = responseFields(before);
  const now = responseFields(after);
  const whole: string[] = [];
  const out: FieldChange[] = [];
  for (const path of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    if (under(path, whole)) continue;
    const [o, n] = [old.get(path), now.get(path)];
    const change = fieldChange(path, o, n);
    if (!change) continue;
    out.push(change);
    if (!o || !n || o.type !== n.type) whole.push(path);
  }
  return out;
}
