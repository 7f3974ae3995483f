/**
 * Type nodes as TypeScript: objects with properties become named interfaces (named after the
 * path to them), shared objects the docs name become one named type each, and anything the docs
 * do not describe is `unknown`, never `any`.
 */
import { StructureKind, type InterfaceDeclarationStructure, type PropertySignatureStructure } from 'ts-morph';
import { sharedObjectKind } from '../catalog/shared-objects.ts';
import type { SharedObject, TypeNode } from '../model/types.ts';
import { docComment } from './jsdoc.ts';
import { nestedTypeName, propertyName, typePrefix } from '../resolve/names.ts';

/** What rendering one file's types collects: the interfaces it declares and the shared types it uses. */
export interface TypeContext {
  interfaces: InterfaceDeclarationStructure[];
  taken: Set<string>;
  shared: Set<string>;
  /** Descriptions by dotted path, from a field guide. */
  fieldDocs: Map<string, string>;
}

export function newTypeContext(taken: Iterable<string>, fieldDocs = new Map<string, string>()): TypeContext {
  return { interfaces: [], taken: new Set(taken), shared: new Set(), fieldDocs };
}

/** `message` → `Message`, `team-summary` → `TeamSummary`: the shared type a reference names. */
export function sharedTypeName(ref: string): string {
  return typePrefix(ref.replace(/[-_]/g, '.')) || 'SharedObject';
}

export function renderType(node: TypeNode, name: string, path: string, ctx: TypeContext): string {
  switch (node.kind) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean': {
      if (node.enum && node.enum.length > 0) return node.enum.map(literalType).join(' | ');
      return node.kind === 'integer' ? 'number' : node.kind;
    }
    case 'null':
      return 'null';
    case 'unknown':
      return 'unknown';
    case 'file':
      return 'Blob | Uint8Array';
    case 'ref': {
      const kind = sharedObjectKind(node.name);
      if (kind === 'string') return 'string';
      if (kind === 'array') return 'unknown[]';
      ctx.shared.add(node.name);
      return sharedTypeName(node.name);
    }
    case 'map':
      return `Record<string, ${renderType(node.values, name, `${path}.*`, ctx)}>`;
    case 'array': {
      const inner = renderType(node.items, name, `${path}[]`, ctx);
      return /^[A-Za-z0-9_]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
    }
    case 'union': {
      const parts = [...new Set(node.options.map((o) => renderType(o, name, path, ctx)))];
      if (parts.includes('unknown')) return 'unknown';
      return parts.join(' | ');
    }
    case 'object': {
      if (node.properties.length === 0) return 'Record<string, unknown>';
      const iface = uniqueName(name, ctx);
      ctx.interfaces.push(interfaceOf(iface, node, path, ctx, false));
      return iface;
    }
  }
}

/** An object node as a named interface; the root of a response also says `ok: true`. */
export function interfaceOf(
  name: string,
  node: Extract<TypeNode, { kind: 'object' }>,
  path: string,
  ctx: TypeContext,
  isResponseRoot: boolean,
): InterfaceDeclarationStructure {
  const properties: PropertySignatureStructure[] = [];
  if (isResponseRoot) properties.push({ kind: StructureKind.PropertySignature, name: 'ok', type: 'true' });
  for (const p of node.properties) {
    if (isResponseRoot && p.name === 'ok') continue;
    const fieldPath = path ? `${path}.${p.name}` : p.name;
    const element =
      p.type.kind === 'array' || (p.type.kind === 'union' && p.type.options.some((o) => o.kind === 'array'));
    const doc = docComment(p.description ?? ctx.fieldDocs.get(fieldPath.replace(/\[\]/g, '')) ?? null);
    properties.push({
      kind: StructureKind.PropertySignature,
      name: propertyName(p.name),
      type: renderType(p.type, nestedTypeName(name, p.name, element), fieldPath, ctx),
      hasQuestionToken: !p.required,
      ...(doc ? { docs: [doc] } : {}),
    });
  }
  // Every declaration is documented: by the docs where they describe the object, else by where it sits.
  const where = path.endsWith('[]') ? `An element of \`${path.slice(0, -2)}\`.` : `The \`${path}\` object.`;
  const doc = docComment(node.description ?? (path ? where : null));
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    properties,
    ...(doc ? { docs: [doc] } : {}),
  };
}

function uniqueName(base: string, ctx: TypeContext): string {
  let name = base;
  for (let n = 2; ctx.taken.has(name); n++) name = `${base}${n}`;
  ctx.taken.add(name);
  return name;
}

/** The shared object a package uses, as the resolve stage resolved it (generator/resolve/shared-objects.ts). */
function sharedObject(ref: string, shared: readonly SharedObject[]): SharedObject {
  const found = shared.find((s) => s.name === ref);
  if (!found)
    throw new Error(
      `the shared object ${ref} was not resolved (generator/resolve/shared-objects.ts misses a place it is named)`,
    );
  return found;
}

/**
 * One declaration per shared object a package uses: open (any other field reads as `unknown`),
 * documented, never `any`; with the fields recorded responses show, as optional members.
 */
export function sharedInterfaces(
  names: Iterable<string>,
  shared: readonly SharedObject[],
): InterfaceDeclarationStructure[] {
  const sorted = [...new Set(names)].sort();
  const ctx = newTypeContext(sorted.map(sharedTypeName));
  const out: InterfaceDeclarationStructure[] = [];
  for (const ref of sorted) {
    const name = sharedTypeName(ref);
    const { observed } = sharedObject(ref, shared);
    const iface: InterfaceDeclarationStructure =
      observed?.kind === 'object' && observed.properties.length > 0
        ? interfaceOf(name, observed, '', ctx, false)
        : { kind: StructureKind.Interface, name, isExported: true, properties: [] };
    iface.docs = [
      docComment(
        observed
          ? `A \`${ref}\` object, as the Slack reference names it. The reference records do not define it; its fields here are those recorded responses show (all optional), and any other field reads as \`unknown\`.`
          : `A \`${ref}\` object, as the Slack reference names it. The reference records do not list its fields, so each is readable as \`unknown\` until you narrow it.`,
      ),
    ];
    iface.indexSignatures = [{ keyName: 'field', keyType: 'string', returnType: 'unknown' }];
    out.push(iface, ...ctx.interfaces.splice(0));
  }
  return out;
}

/** An enum value as a literal type; a value no literal type can spell (an object, NaN) admits its kind. */
export function literalType(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'number';
  if (typeof value === 'boolean' || value === null) return String(value);
  return 'unknown';
}
