/**
 * `SlackClient`: the methods in namespaces that mirror their names (`client.oauth.v2.access`),
 * each a thin call of the standalone function with the client's transport. Each top-level family
 * (`chat`, `admin`) is a file of its own under client/, so that a change to one method's docs
 * re-emits one small file, not the whole client.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type ClassDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type PropertyDeclarationStructure,
  type StatementStructures,
} from 'ts-morph';
import type { Method, ResolvedMethod } from '../model/types.ts';
import { apiCallMethod, methodMapStatements } from './api-call.ts';
import { argsOptional, argsTypeName } from './args-type.ts';
import { familyFunctionText, type FamilyMember } from './family-final.ts';
import { withFinalText } from './final-form.ts';
import { typeMapText } from './final-maps.ts';
import { clientClassText } from './client-class-final.ts';
import { docBlock } from './jsdoc.ts';
import { propertyName } from '../resolve/names.ts';
import { methodDocs, specName } from './method-file.ts';
import { responseTypeName } from './response-type.ts';
import { uploadFilesMethod, uploadRuntimeImports, uploadSpecsStatements } from './upload-files.ts';

interface Node {
  method: Method | null;
  children: Map<string, Node>;
}

function tree(methods: readonly Method[]): Node {
  const root: Node = { method: null, children: new Map() };
  for (const m of methods) {
    let node = root;
    for (const segment of m.name.split('.')) {
      let child = node.children.get(segment);
      if (!child) {
        child = { method: null, children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.method = m;
  }
  return root;
}

/** A member calls the transport with the method's spec, not the standalone function: the main entry then bundles no function per method. */
function callBody(m: Method): string {
  return `transport.call(${specName(m)}, args, options)`;
}

function callText(m: Method): string {
  const args = argsOptional(m) ? `args: ${argsTypeName(m)} = {}` : `args: ${argsTypeName(m)}`;
  return `(${args}, options?: CallOptions): Promise<${responseTypeName(m)}> => ${callBody(m)}`;
}

function doc(m: Method): string {
  return docBlock(methodDocs(m));
}

/** The namespace's members for the final-form printer (family-final.ts). */
function familyMembers(node: Node): FamilyMember[] {
  return [...node.children.entries()].map(([key, child]) => {
    const m = child.method;
    const call = m && {
      params: [`args: ${argsTypeName(m)}${argsOptional(m) ? ' = {}' : ''}`, 'options?: CallOptions'],
      returns: `: Promise<${responseTypeName(m)}>`,
      body: callBody(m),
    };
    return { key, doc: m ? methodDocs(m) : null, call, members: familyMembers(child) };
  });
}

/** A namespace as an object literal; a name that is both a method and a namespace is a callable with members. */
function nodeText(node: Node): string {
  const members = [...node.children.entries()].map(([key, child]) => {
    const value = child.children.size === 0 && child.method ? callText(child.method) : nodeText(child);
    return `${child.method ? doc(child.method) : ''}${propertyName(key)}: ${value}`;
  });
  const object = `{\n${members.join(',\n')}\n}`;
  return node.method ? `Object.assign(${callText(node.method)}, ${object})` : object;
}

/** Class members the namespaces must not shadow. */
const CLASS_MEMBERS = new Set([
  'transport',
  'constructor',
  'prototype',
  'paginate',
  'items',
  'close',
  'apiCall',
  'uploadFiles',
]);

/** The map from paginated method names to their types and specs, for `paginate` and `items`. */
function paginatedStatements(methods: readonly ResolvedMethod[]): StatementStructures[] {
  const paginated = methods.filter((m) => m.resolved.paginated);
  const members = (m: ResolvedMethod) => {
    const key = m.resolved.itemsKey;
    // The items field may also admit non-arrays (examples disagree): its array members give the item.
    const item = key
      ? `Extract<NonNullable<${responseTypeName(m)}[${JSON.stringify(key)}]>, readonly unknown[]>[number]`
      : 'never';
    return [`args: ${argsTypeName(m)}`, `response: ${responseTypeName(m)}`, `item: ${item}`];
  };
  const docs = ['Methods that page with `cursor`: their arguments, page type and item type.'];
  const entry = (m: ResolvedMethod) => `${JSON.stringify(m.name)}: { ${members(m).join('; ')} }`;
  return [
    withFinalText(
      {
        kind: StructureKind.TypeAlias,
        name: 'PaginatedMethods',
        isExported: true,
        docs,
        type: `{\n${paginated.map(entry).join(';\n')}\n}`,
      },
      typeMapText(
        docs,
        'PaginatedMethods',
        paginated.map((m) => [m.name, members(m)]),
      ),
    ),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: 'PAGINATED',
          type: '{ readonly [M in keyof PaginatedMethods]: MethodSpec<PaginatedMethods[M]["response"], unknown> }',
          initializer: `{\n${paginated.map((m) => `${JSON.stringify(m.name)}: ${specName(m)}`).join(',\n')}\n}`,
        },
      ],
    },
  ];
}

/** `paginate` and `items`: a method name, its arguments and options in; pages or items out. */
function iteratorMethod(
  name: string,
  docs: string,
  yields: 'response' | 'item',
  call: string,
): MethodDeclarationStructure {
  return {
    kind: StructureKind.Method,
    name,
    docs: [docs],
    typeParameters: [{ name: 'M', constraint: 'keyof PaginatedMethods' }],
    parameters: [
      { name: 'method', type: 'M' },
      { name: 'args', type: "PaginatedMethods[M]['args']" },
      { name: 'options', type: 'PaginateOptions', initializer: '{}' },
    ],
    returnType: `AsyncGenerator<PaginatedMethods[M]['${yields}'], void, undefined>`,
    statements: [`return ${call};`],
  };
}

/** The top-level families of the methods, in order, each with its methods. */
export function families(methods: readonly Method[]): Map<string, Method[]> {
  const out = new Map<string, Method[]>();
  for (const m of methods) {
    const family = m.name.split('.')[0]!;
    out.set(family, [...(out.get(family) ?? []), m]);
  }
  return out;
}

/** `chat` → `chatMethods`: the factory of a family's namespace. */
export function familyFactoryName(family: string): string {
  const words = family.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const base =
    words
      .map((w, i) =>
        i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
      )
      .join('') || 'family';
  return `${/^[0-9]/.test(base) ? `_${base}` : base}Methods`;
}

export function familyFilePath(family: string): string {
  return `client/${family.replace(/[^A-Za-z0-9_.-]/g, '_')}.ts`;
}

/** One family's namespace: a factory that binds its methods to a transport. */
export function familyStatements(family: string, methods: readonly Method[]): StatementStructures[] {
  const node = tree(methods).children.get(family)!;
  const imports = methods.map((m) => ({
    kind: StructureKind.ImportDeclaration as const,
    moduleSpecifier: `../methods/${m.name}.js`,
    namedImports: [
      specName(m),
      { name: argsTypeName(m), isTypeOnly: true },
      { name: responseTypeName(m), isTypeOnly: true },
    ],
  }));
  const value = node.children.size === 0 && node.method ? callText(node.method) : nodeText(node);
  const factory: StatementStructures = {
    kind: StructureKind.Function,
    isExported: true,
    name: familyFactoryName(family),
    docs: [`The \`${family}.*\` methods, bound to a transport.`],
    parameters: [{ name: 'transport', type: 'SlackCaller' }],
    statements: [`return ${value};`],
  };
  const final =
    node.method === null
      ? familyFunctionText(familyFactoryName(family), factory.docs![0] as string, familyMembers(node))
      : null;
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../runtime/index.js',
      namedImports: ['CallOptions', 'SlackCaller'],
    },
    ...imports,
    withFinalText(factory, final),
  ];
}

/** The runtime, the family factories and the specs and types of the methods, imported by the client file. */
function clientImports(
  families: readonly string[],
  methods: readonly ResolvedMethod[],
): StatementStructures[] {
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/index.js',
      namedImports: [
        'SlackTransport',
        'paginateItems',
        'paginatePages',
        'warningsOncePerMethod',
        ...uploadRuntimeImports(methods),
        { name: 'CallOptions', isTypeOnly: true },
        { name: 'ClientOptions', isTypeOnly: true },
        { name: 'MethodSpec', isTypeOnly: true },
        { name: 'PaginateOptions', isTypeOnly: true },
      ],
    },
    ...families.map((family) => ({
      kind: StructureKind.ImportDeclaration as const,
      moduleSpecifier: `./${familyFilePath(family).replace(/\.ts$/, '.js')}`,
      namedImports: [familyFactoryName(family)],
    })),
    ...methods.map((m) => ({
      kind: StructureKind.ImportDeclaration as const,
      moduleSpecifier: `./methods/${m.name}.js`,
      namedImports: [
        specName(m),
        { name: argsTypeName(m), isTypeOnly: true },
        { name: responseTypeName(m), isTypeOnly: true },
      ],
    })),
  ];
}

/** The client property of a family: its name, or with `_` after it where a class member has that name. */
function familyMemberName(family: string): string {
  return CLASS_MEMBERS.has(family) ? `${family}_` : propertyName(family);
}

/** `this.chat = chatMethods(this.transport);`: a quoted member name is assigned by index. */
function familyAssignment(family: string): string {
  const name = familyMemberName(family);
  return `${name.startsWith('"') ? `this[${name}]` : `this.${name}`} = ${familyFactoryName(family)}(this.transport);`;
}

/** `SlackClient`: the transport, a property per family, and `paginate`, `items`, `apiCall`, `uploadFiles` and `close`. */
function clientClass(families: readonly string[], methods: readonly Method[]): ClassDeclarationStructure {
  const upload = uploadFilesMethod(methods);
  const structure = clientClassStructure(families, upload);
  const members = families.map((family) => ({
    name: familyMemberName(family),
    factory: familyFactoryName(family),
    doc: `The \`${family}.*\` methods.`,
  }));
  const uploadDocs = (upload.docs ?? []).filter((d): d is string => typeof d === 'string');
  return withFinalText(
    structure,
    clientClassText(structure.docs as string[], members, {
      docs: uploadDocs,
      returnType: String(upload.returnType),
    }),
  );
}

/** The transport, the options, and a member per family, each documented. */
function clientProperties(families: readonly string[]): OptionalKind<PropertyDeclarationStructure>[] {
  return [
    {
      name: 'transport',
      isReadonly: true,
      type: 'SlackTransport',
      docs: ['Sends the calls; shared by every method of this client.'],
    },
    {
      name: '#options',
      isReadonly: true,
      type: 'ClientOptions',
      docs: ['The options the client was made with (the upload helper reads them).'],
    },
    ...families.map((family) => ({
      name: familyMemberName(family),
      isReadonly: true,
      type: `ReturnType<typeof ${familyFactoryName(family)}>`,
      docs: [`The \`${family}.*\` methods.`],
    })),
  ];
}

function clientClassStructure(
  families: readonly string[],
  upload: MethodDeclarationStructure,
): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: 'SlackClient',
    isExported: true,
    docs: ['A Slack Web API client: every documented method, in namespaces that mirror its name.'],
    properties: clientProperties(families),
    ctors: [
      {
        parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
        statements: [
          'this.transport = new SlackTransport(warningsOncePerMethod(options));',
          'this.#options = options;',
          ...families.map(familyAssignment),
        ],
      },
    ],
    methods: [
      iteratorMethod(
        'paginate',
        'The pages of a method that pages with `cursor`, following `response_metadata.next_cursor` until it is empty.',
        'response',
        'paginatePages(this.transport, PAGINATED[method], args, options)',
      ),
      iteratorMethod(
        'items',
        "The items of a paginated method's pages, one by one (`channels` of `conversations.list`).",
        'item',
        "paginateItems<PaginatedMethods[M]['response'], PaginatedMethods[M]['item']>(this.transport, PAGINATED[method], args, options)",
      ),
      apiCallMethod(),
      upload,
      {
        name: 'close',
        docs: ["Closes the client's connections."],
        returnType: 'Promise<void>',
        statements: ['return this.transport.close();'],
      },
    ],
  };
}

/** client.ts: its imports, the map of methods, the paginated methods' map and the `SlackClient` class. */
export function clientStatements(methods: readonly ResolvedMethod[]): StatementStructures[] {
  const names = [...families(methods).keys()];
  return [
    ...clientImports(names, methods),
    ...methodMapStatements(methods),
    ...paginatedStatements(methods),
    ...uploadSpecsStatements(methods),
    clientClass(names, methods),
  ];
}
