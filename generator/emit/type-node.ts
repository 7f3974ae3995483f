/**
 * Type nodes as TypeScript: objects with properties become named interfaces (named after the
 * path to them), shared objects the docs name become one named type each, types of the Slack
 * SDK's `@slack/types` (Block Kit, attachments, views, metadata) are imported from it, never
 * declared, and anything the docs do not describe is `unknown`, never `any`.
 */
import {
  StructureKind,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type PropertySignatureStructure,
  type StatementStructures,
} from 'ts-morph';
import { ECOSYSTEM_PACKAGE } from '../catalog/ecosystem-types.ts';
import { sharedObjectKind } from '../catalog/shared-objects.ts';
import type { ResolvedMethod, SharedObject, TypeNode } from '../model/types.ts';
import { docComment } from './jsdoc.ts';
import { nestedTypeName, propertyName, typePrefix } from '../resolve/names.ts';

/**
 * What rendering one file's types collects: the interfaces it declares, the shared types and the
 * types of `@slack/types` it uses.
 */
export interface TypeContext {
  interfaces: InterfaceDeclarationStructure[];
  /** The names the file declares or imports: no interface it declares may take one. */
  taken: Set<string>;
  shared: Set<string>;
  /** The types of `@slack/types` the file uses: the name it exports → the name the file imports it as. */
  ecosystem: Map<string, string>;
  /** Descriptions by dotted path, from a field guide. */
  fieldDocs: Map<string, string>;
}

export function newTypeContext(taken: Iterable<string>, fieldDocs = new Map<string, string>()): TypeContext {
  return { interfaces: [], taken: new Set(taken), shared: new Set(), ecosystem: new Map(), fieldDocs };
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
    case 'ecosystem':
      return ecosystemTypeName(node.name, ctx);
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

/**
 * The name a type of `@slack/types` goes by in a file: its own (`KnownBlock`), or `Slack…` where
 * the file declares or imports a type of that name itself (the package's `View`, the `view`
 * object of the docs, beside the SDK's `View`).
 */
function ecosystemTypeName(name: string, ctx: TypeContext): string {
  let local = ctx.ecosystem.get(name);
  if (local === undefined) {
    local = ctx.taken.has(name) ? uniqueName(`Slack${name}`, ctx) : name;
    ctx.taken.add(local);
    ctx.ecosystem.set(name, local);
  }
  return local;
}

/** `import type { KnownBlock, View as SlackView } from '@slack/types'`: what the file used of it, if anything. */
export function ecosystemImports(ctx: TypeContext): ImportDeclarationStructure[] {
  if (ctx.ecosystem.size === 0) return [];
  const namedImports = [...ctx.ecosystem.keys()].sort().map((name) => {
    const local = ctx.ecosystem.get(name)!;
    return local === name ? name : { name, alias: local };
  });
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: ECOSYSTEM_PACKAGE,
      namedImports,
    },
  ];
}

/** `true` when a type names a type of `@slack/types`: the resolve stage typed the structured value. */
export function namesEcosystemType(node: TypeNode | undefined): boolean {
  switch (node?.kind) {
    case 'ecosystem':
      return true;
    case 'array':
      return namesEcosystemType(node.items);
    case 'union':
      return node.options.some(namesEcosystemType);
    case 'object':
      return node.properties.some((p) => namesEcosystemType(p.type));
    case 'map':
      return namesEcosystemType(node.values);
    default:
      return false;
  }
}

/** The shared objects a type names (those the package declares), anywhere in it. */
function sharedRefs(node: TypeNode, into: Set<string>): void {
  switch (node.kind) {
    case 'ref':
      if (sharedObjectKind(node.name) === 'object') into.add(node.name);
      return;
    case 'array':
      return sharedRefs(node.items, into);
    case 'union':
      return node.options.forEach((o) => sharedRefs(o, into));
    case 'object':
      return node.properties.forEach((p) => sharedRefs(p.type, into));
    case 'map':
      return sharedRefs(node.values, into);
    default:
  }
}

/** The names of the shared types a method's file imports: taken before its types are rendered. */
export function sharedTypeNamesOf(method: ResolvedMethod): string[] {
  const refs = new Set<string>();
  for (const a of method.args) if (a.schema) sharedRefs(a.schema, refs);
  sharedRefs(method.resolved.response, refs);
  return [...refs].map(sharedTypeName);
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
 * The statements of shared.ts: one declaration per shared object a package uses, open (any other
 * field reads as `unknown`), documented, never `any`; with the fields recorded responses show, as
 * optional members; after the import of the `@slack/types` types they use.
 */
export function sharedStatements(
  names: Iterable<string>,
  shared: readonly SharedObject[],
): StatementStructures[] {
  const sorted = [...new Set(names)].sort();
  const ctx = newTypeContext(sorted.map(sharedTypeName));
  const declarations = sharedInterfaces(sorted, shared, ctx);
  return [...ecosystemImports(ctx), ...declarations];
}

function sharedInterfaces(
  sorted: readonly string[],
  shared: readonly SharedObject[],
  ctx: TypeContext,
): InterfaceDeclarationStructure[] {
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
