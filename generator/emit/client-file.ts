/**
 * `SlackClient`: the methods in namespaces that mirror their names (`client.oauth.v2.access`),
 * each a thin call of the standalone function with the client's transport.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { Method } from '../model/types.ts';
import { argsOptional, argsTypeName } from './args-type.ts';
import { functionName, propertyName } from './names.ts';
import { isPaginated, itemsKey, methodDocs, specName } from './method-file.ts';
import { responseTypeName } from './response-type.ts';

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

function callText(m: Method): string {
  const args = argsOptional(m) ? `args: ${argsTypeName(m)} = {}` : `args: ${argsTypeName(m)}`;
  return `(${args}, options?: CallOptions): Promise<${responseTypeName(m)}> => ${functionName(m.name)}(this.transport, args, options)`;
}

function doc(m: Method): string {
  return `/**\n${methodDocs(m).split('\n').map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`;
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
const CLASS_MEMBERS = new Set(['transport', 'constructor', 'prototype', 'paginate', 'items', 'close']);

/** The map from paginated method names to their types and specs, for `paginate` and `items`. */
function paginatedStatements(methods: readonly Method[]): StatementStructures[] {
  const paginated = methods.filter(isPaginated);
  const entry = (m: Method) => {
    const key = itemsKey(m);
    const item = key ? `NonNullable<${responseTypeName(m)}[${JSON.stringify(key)}]>[number]` : 'never';
    return `${JSON.stringify(m.name)}: { args: ${argsTypeName(m)}; response: ${responseTypeName(m)}; item: ${item} }`;
  };
  return [
    {
      kind: StructureKind.TypeAlias,
      name: 'PaginatedMethods',
      isExported: true,
      docs: ['Methods that page with `cursor`: their arguments, page type and item type.'],
      type: `{\n${paginated.map(entry).join(';\n')}\n}`,
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{
        name: 'PAGINATED',
        type: '{ readonly [M in keyof PaginatedMethods]: MethodSpec<PaginatedMethods[M]["response"], unknown> }',
        initializer: `{\n${paginated.map((m) => `${JSON.stringify(m.name)}: ${specName(m)}`).join(',\n')}\n}`,
      }],
    },
  ];
}

export function clientStatements(methods: readonly Method[]): StatementStructures[] {
  const root = tree(methods);
  const imports = methods.map((m) => ({
    kind: StructureKind.ImportDeclaration as const,
    moduleSpecifier: `./methods/${m.name}.js`,
    namedImports: [
      functionName(m.name),
      ...(isPaginated(m) ? [specName(m)] : []),
      { name: argsTypeName(m), isTypeOnly: true },
      { name: responseTypeName(m), isTypeOnly: true },
    ],
  }));
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/index.js',
      namedImports: [
        'SlackTransport',
        'paginateItems',
        'paginatePages',
        { name: 'CallOptions', isTypeOnly: true },
        { name: 'ClientOptions', isTypeOnly: true },
        { name: 'MethodSpec', isTypeOnly: true },
        { name: 'PaginateOptions', isTypeOnly: true },
      ],
    },
    ...imports,
    ...paginatedStatements(methods),
    {
      kind: StructureKind.Class,
      name: 'SlackClient',
      isExported: true,
      docs: ['A Slack Web API client: every documented method, in namespaces that mirror its name.'],
      properties: [
        { name: 'transport', isReadonly: true, type: 'SlackTransport', docs: ['Sends the calls; shared by every method of this client.'] },
        ...[...root.children.entries()].map(([key, child]) => ({
          name: CLASS_MEMBERS.has(key) ? `${key}_` : propertyName(key),
          isReadonly: true,
          initializer: child.children.size === 0 && child.method ? callText(child.method) : nodeText(child),
        })),
      ],
      ctors: [{ parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }], statements: ['this.transport = new SlackTransport(options);'] }],
      methods: [
        {
          name: 'paginate',
          docs: ['The pages of a method that pages with `cursor`, following `response_metadata.next_cursor` until it is empty.'],
          typeParameters: [{ name: 'M', constraint: 'keyof PaginatedMethods' }],
          parameters: [
            { name: 'method', type: 'M' },
            { name: 'args', type: "PaginatedMethods[M]['args']" },
            { name: 'options', type: 'PaginateOptions', initializer: '{}' },
          ],
          returnType: "AsyncGenerator<PaginatedMethods[M]['response'], void, undefined>",
          statements: ['return paginatePages(this.transport, PAGINATED[method], args, options);'],
        },
        {
          name: 'items',
          docs: ["The items of a paginated method's pages, one by one (`channels` of `conversations.list`)."],
          typeParameters: [{ name: 'M', constraint: 'keyof PaginatedMethods' }],
          parameters: [
            { name: 'method', type: 'M' },
            { name: 'args', type: "PaginatedMethods[M]['args']" },
            { name: 'options', type: 'PaginateOptions', initializer: '{}' },
          ],
          returnType: "AsyncGenerator<PaginatedMethods[M]['item'], void, undefined>",
          statements: ["return paginateItems<PaginatedMethods[M]['response'], PaginatedMethods[M]['item']>(this.transport, PAGINATED[method], args, options);"],
        },
        {
          name: 'close',
          docs: ["Closes the client's connections."],
          returnType: 'Promise<void>',
          statements: ['return this.transport.close();'],
        },
      ],
    },
  ];
}
