/**
 * The error codes of a method: a `const` object (one member per documented code, hidden and
 * recovered ones marked) and a union type of the same name. Erasable syntax, unlike `enum`:
 * it runs under Node's type stripping and `--erasableSyntaxOnly`.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { isSnakeCase } from '../model/snake-case.ts';
import type { CommonError, ErrorCode, Method } from '../model/types.ts';
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
function membersLiteral(errors: readonly ErrorCode[]): string {
  const names = uniqueEnumMembers(errors.map((e) => e.code));
  const members = errors.map((e) => {
    const member = names.get(e.code)!;
    const docs = docComment([e.description, ...memberNotes(e, member)].filter(Boolean).join('\n\n'));
    return `${docs ? docBlock(docs) : ''}${member}: ${JSON.stringify(e.code)}`;
  });
  return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n}`;
}

/** The name of the declarations of Slack's common errors (common-errors.ts of the package). */
export const COMMON_ERROR_CODE = 'SlackCommonErrorCode';

/** A `const` object of codes and the union type of its values, both called `name`. */
function codeDeclarations(
  name: string,
  errors: readonly ErrorCode[],
  docs: string,
  type: string,
): StatementStructures[] {
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [docComment(docs)],
      declarations: [{ name, initializer: `${membersLiteral(errors)} as const` }],
    },
    { kind: StructureKind.TypeAlias, isExported: true, docs: [docComment(docs)], name, type },
  ];
}

/** `SlackCommonErrorCode`: the codes any method may answer with, declared once for the package. */
export function commonErrorCodes(common: readonly CommonError[]): StatementStructures[] {
  const errors = common.map((c) => ({
    code: c.code,
    description: c.description,
    hidden: false,
    sources: [],
  }));
  const docs =
    "Slack's common errors: codes any Web API method may answer with (`error` of an `ok: false` response).";
  return codeDeclarations(
    COMMON_ERROR_CODE,
    errors,
    docs,
    `(typeof ${COMMON_ERROR_CODE})[keyof typeof ${COMMON_ERROR_CODE}]`,
  );
}

/**
 * The method's documented codes as a `const` object, and a type of the same name that also
 * admits Slack's common errors and any code Slack adds later (`UnlistedCode`): a check on a
 * known code narrows and autocompletes, and a new code still compiles.
 */
export function errorEnum(method: Method): StatementStructures[] {
  const name = errorEnumName(method);
  const docs = `Error codes \`${method.name}\` documents (\`error\` of an \`ok: false\` response); the type also admits Slack's common errors and codes Slack adds later.`;
  return codeDeclarations(
    name,
    method.errors,
    docs,
    `(typeof ${name})[keyof typeof ${name}] | ${COMMON_ERROR_CODE} | UnlistedCode`,
  );
}
