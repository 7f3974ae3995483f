/**
 * The response interface of a method, from the shape of its success examples: nested objects
 * become named interfaces, arrays of objects merge their elements, `unknown` where nothing is known.
 */
import { StructureKind, type InterfaceDeclarationStructure, type PropertySignatureStructure } from 'ts-morph';
import { mergeSamples, type ObjectShape, type Shape } from '../infer/shape.ts';
import type { Method } from '../model/types.ts';
import { docComment } from './jsdoc.ts';
import { nestedTypeName, propertyName, typePrefix } from './names.ts';

export function responseTypeName(method: Method): string {
  return `${typePrefix(method.name)}Response`;
}

interface Context {
  interfaces: InterfaceDeclarationStructure[];
  taken: Set<string>;
  fieldDocs: Map<string, string>;
}

/** The response interface and the named interfaces nested in it, outermost first. */
export function responseInterfaces(method: Method): InterfaceDeclarationStructure[] {
  const samples = method.responses.filter((r) => r.kind === 'success').map((r) => r.example);
  const shape = mergeSamples(samples);
  const ctx: Context = {
    interfaces: [],
    taken: new Set([responseTypeName(method)]),
    fieldDocs: new Map(method.responseFields.map((f) => [f.path, f.description])),
  };
  const root = objectInterface(responseTypeName(method), shape.object ?? { samples: 0, fields: new Map() }, '', ctx, true);
  root.docs = [docComment(samples.length > 0
    ? `Success response of \`${method.name}\`, inferred from the ${samples.length} example${samples.length === 1 ? '' : 's'} in its reference.`
    : `Success response of \`${method.name}\`: its reference shows no example, so only \`ok\` is known.`)];
  return [root, ...ctx.interfaces];
}

function objectInterface(name: string, object: ObjectShape, path: string, ctx: Context, root: boolean): InterfaceDeclarationStructure {
  const properties: PropertySignatureStructure[] = [];
  if (root) properties.push({ kind: StructureKind.PropertySignature, name: 'ok', type: 'true' });
  for (const [key, field] of [...object.fields.entries()]) {
    if (root && key === 'ok') continue;
    const fieldPath = path ? `${path}.${key}` : key;
    const doc = ctx.fieldDocs.get(fieldPath);
    properties.push({
      kind: StructureKind.PropertySignature,
      name: propertyName(key),
      type: typeOf(field.shape, name, key, fieldPath, ctx),
      hasQuestionToken: field.seen < object.samples,
      ...(doc ? { docs: [docComment(doc)] } : {}),
    });
  }
  return { kind: StructureKind.Interface, name, isExported: true, properties };
}

function typeOf(shape: Shape, parent: string, key: string, path: string, ctx: Context, element = false): string {
  const parts: string[] = [];
  if (shape.object) {
    const name = uniqueName(nestedTypeName(parent, key, element), ctx);
    ctx.interfaces.push(objectInterface(name, shape.object, path, ctx, false));
    parts.push(name);
  }
  if (shape.array) {
    const el = shape.array.element;
    const inner = el ? typeOf(el, parent, key, path, ctx, true) : 'unknown';
    parts.push(/^[A-Za-z0-9_]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`);
  }
  for (const p of ['string', 'number', 'boolean'] as const) if (shape.primitives.has(p)) parts.push(p);
  // Nothing but null (or nothing at all) was seen: the type is not known.
  if (parts.length === 0) return 'unknown';
  if (shape.primitives.has('null')) parts.push('null');
  return parts.join(' | ');
}

function uniqueName(base: string, ctx: Context): string {
  let name = base;
  for (let n = 2; ctx.taken.has(name); n++) name = `${base}${n}`;
  ctx.taken.add(name);
  return name;
}
