/**
 * One file per method: its arguments interface, response interfaces, error-code enum, the spec
 * the runtime needs, and the standalone (tree-shakable) request function.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ArgGroup, Method, ResolvedMethod } from '../model/types.ts';
import { argsDeclarations, argsOptional, argsTypeName, callerArgs, enforcedGroups } from './args-type.ts';
import { COMMON_ERROR_CODE, errorEnum, errorEnumName } from './error-enum.ts';
import { docComment } from './jsdoc.ts';
import { functionName } from '../resolve/names.ts';
import { responseInterfaces, responseTypeName } from './response-type.ts';
import { ecosystemImports, newTypeContext, sharedTypeName, sharedTypeNamesOf } from './type-node.ts';

export function specName(method: Method): string {
  return `${functionName(method.name)}Spec`;
}

export function methodFilePath(method: Method): string {
  return `methods/${method.name}.ts`;
}

function specInitializer(method: ResolvedMethod, json: boolean): string {
  const fields = [`method: ${JSON.stringify(method.name)}`, `json: ${json}`];
  if (method.basicAuth) fields.push('basicAuth: true');
  if (method.rateLimit) fields.push(`tier: ${JSON.stringify(method.rateLimit)}`);
  const items = method.resolved.itemsKey;
  if (items) fields.push(`itemsKey: ${JSON.stringify(items)}`);
  const groups = enforcedGroups(method);
  if (groups.length > 0) fields.push(`groups: [${groups.map(groupRule).join(', ')}]`);
  const lists = callerArgs(method).filter((a) => a.commaList);
  if (lists.length > 0) fields.push(`commaLists: ${JSON.stringify(lists.map((a) => a.name))}`);
  if (method.resolved.write) fields.push('write: true');
  return `{ ${fields.join(', ')} }`;
}

/** A group as the runtime checks it (`ArgGroupRule`). */
function groupRule(group: ArgGroup): string {
  const fields = [`kind: ${JSON.stringify(group.kind)}`, `args: ${JSON.stringify(group.args)}`];
  if (group.when) fields.push(`when: ${JSON.stringify(group.when)}`);
  return `{ ${fields.join(', ')} }`;
}

/** Methods Slack has retired, whatever their pages say, and what to use instead. */
const RETIRED: Readonly<Record<string, string>> = {
  'files.upload':
    'Slack retired `files.upload` (closed to new apps in May 2024 and to all apps in November 2025): use `client.uploadFiles()` (`files.getUploadURLExternal`, the upload, then `files.completeUploadExternal`).',
};

/** The method's own documentation: description, rules from the prose, rate limit, scopes, links. */
export function methodDocs(method: Method): string {
  const paragraphs = [method.description ?? `Calls \`${method.name}\`.`];
  for (const note of method.notes) if (note.kind !== 'usage') paragraphs.push(note.text);
  const facts: string[] = [];
  if (method.rateLimit) facts.push(`Rate limit: ${method.rateLimit}.`);
  const scopes = [
    method.scopes.bot.length > 0 ? `bot token: ${method.scopes.bot.join(', ')}` : null,
    method.scopes.user.length > 0 ? `user token: ${method.scopes.user.join(', ')}` : null,
  ].filter(Boolean);
  facts.push(scopes.length > 0 ? `Scopes: ${scopes.join('; ')}.` : 'Scopes: none listed.');
  paragraphs.push(facts.join(' '));
  return docComment(paragraphs.join('\n\n'), [
    [
      'deprecated',
      RETIRED[method.name] ?? (method.deprecated ? 'The reference marks this method deprecated.' : null),
    ],
    ['see', method.docUrl],
  ]);
}

/** The file's imports: the runtime's types, and the shared objects the declarations used. */
function methodImports(shared: Set<string>): StatementStructures[] {
  const imports: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../runtime/index.js',
      namedImports: ['CallOptions', 'MethodSpec', 'SlackCaller', 'UnlistedCode'],
    },
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../common-errors.js',
      namedImports: [COMMON_ERROR_CODE],
    },
  ];
  if (shared.size > 0) {
    imports.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../shared.js',
      namedImports: [...shared].sort().map(sharedTypeName),
    });
  }
  return imports;
}

/** The exported `…Spec` constant the runtime reads. */
function specStatement(method: ResolvedMethod, response: string, codes: string): StatementStructures {
  const json = method.contentTypes.includes('application/json');
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [docComment(`What the runtime needs to call \`${method.name}\`.`)],
    declarations: [
      {
        name: specName(method),
        type: `MethodSpec<${response}, ${codes}>`,
        initializer: specInitializer(method, json),
      },
    ],
  };
}

/** The exported standalone request function. */
function callFunction(
  method: ResolvedMethod,
  fn: string,
  args: string,
  response: string,
): StatementStructures {
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: fn,
    docs: [methodDocs(method)],
    parameters: [
      { name: 'client', type: 'SlackCaller' },
      argsOptional(method) ? { name: 'args', type: args, initializer: '{}' } : { name: 'args', type: args },
      { name: 'options', type: 'CallOptions', hasQuestionToken: true },
    ],
    returnType: `Promise<${response}>`,
    statements: [`return client.call(${specName(method)}, args, options);`],
  };
}

/** The statements of a method's file, and the shared objects it uses (declared once, in shared.ts). */
export function methodStatements(method: ResolvedMethod): {
  statements: StatementStructures[];
  shared: Set<string>;
} {
  const fn = functionName(method.name);
  const args = argsTypeName(method);
  const response = responseTypeName(method);
  const codes = errorEnumName(method);
  const ctx = newTypeContext(
    [fn, args, response, codes, specName(method), ...sharedTypeNamesOf(method)],
    new Map(method.responseFields.map((f) => [f.path, f.description])),
  );
  // Order matters: building the declarations fills ctx.shared, which the imports then list.
  const declarations: StatementStructures[] = argsDeclarations(method, ctx);
  declarations.push(...ctx.interfaces.splice(0));
  declarations.push(...responseInterfaces(method, ctx));
  const statements: StatementStructures[] = [
    ...ecosystemImports(ctx),
    ...methodImports(ctx.shared),
    ...declarations,
    ...errorEnum(method),
    specStatement(method, response, codes),
    callFunction(method, fn, args, response),
  ];
  return { statements, shared: ctx.shared };
}
