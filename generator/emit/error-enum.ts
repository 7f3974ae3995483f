/**
 * The error codes of a method: a `const` object (one member per documented code, hidden and
 * recovered ones marked) and a union type of the same name. Erasable syntax, unlike `enum`:
 * it runs under Node's type stripping and `--erasableSyntaxOnly`.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { isSnakeCase } from '../model/snake-case.ts';
import type { ErrorCode, Method } from '../model/types.ts';
import { docBlock, docComment } from './jsdoc.ts';
import { enumMemberName, typePrefix, uniqueEnumMembers } from '../resolve/names.ts';

export function errorEnumName(method: Method): string {
  return `${typePrefix(method.name)}ErrorCode`;
}

/** What a code's member says beside the description: renamed, hidden, recovered. */
function memberNotes(e: ErrorCode, member: string): string[] {
  const renamed = member !== enumMemberName(e.code) || !isSnakeCase(e.code);
  return [
    renamed ? `Named by rule from the documented code \`${e.code}\` (its value).` : null,
    e.hidden ? 'Hidden: marked hidden on the reference page.' : null,
    e.recoveredFrom
      ? `Recovered: the page lost this code; it was recovered from the description (${e.recoveredFrom}).`
      : null,
  ].filter((n): n is string => n !== null);
}

/** `{ InvalidCode: 'invalid_code', … }`, each member with its documentation. */
function membersLiteral(method: Method): string {
  const names = uniqueEnumMembers(method.errors.map((e) => e.code));
  const members = method.errors.map((e) => {
    const member = names.get(e.code)!;
    const docs = docComment([e.description, ...memberNotes(e, member)].filter(Boolean).join('\n\n'));
    return `${docs ? docBlock(docs) : ''}${member}: ${JSON.stringify(e.code)}`;
  });
  return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n}`;
}

export function errorEnum(method: Method): StatementStructures[] {
  const name = errorEnumName(method);
  const docs = [
    docComment(`Error codes \`${method.name}\` documents (\`error\` of an \`ok: false\` response).`),
  ];
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs,
      declarations: [{ name, initializer: `${membersLiteral(method)} as const` }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      docs,
      name,
      type: `(typeof ${name})[keyof typeof ${name}]`,
    },
  ];
}
