/**
 * `SlackClient`: the methods in namespaces that mirror their names (`client.oauth.v2.access`),
 * each a thin call of the standalone function with the client's transport.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import type { Method } from '../model/types.ts';
import { argsOptional, argsTypeName } from './args-type.ts';
import { functionName, propertyName } from './names.ts';
import { methodDocs } from './method-file.ts';
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
const CLASS_MEMBERS = new Set(['transport', 'constructor', 'prototype']);

export function clientStatements(methods: readonly Method[]): StatementStructures[] {
  const root = tree(methods);
  const imports = methods.map((m) => ({
    kind: StructureKind.ImportDeclaration as const,
    moduleSpecifier: `./methods/${m.name}.js`,
    namedImports: [functionName(m.name), { name: argsTypeName(m), isTypeOnly: true }, { name: responseTypeName(m), isTypeOnly: true }],
  }));
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/index.js',
      namedImports: ['SlackTransport', { name: 'CallOptions', isTypeOnly: true }, { name: 'ClientOptions', isTypeOnly: true }],
    },
    ...imports,
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
    },
  ];
}
