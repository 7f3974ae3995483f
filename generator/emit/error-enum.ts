/** The error-code enum of a method: one member per documented code, hidden and recovered ones marked. */
import { StructureKind, type EnumDeclarationStructure } from 'ts-morph';
import type { Method } from '../model/types.ts';
import { docComment } from './jsdoc.ts';
import { enumMemberName, typePrefix, uniqueEnumMembers } from './names.ts';

export function errorEnumName(method: Method): string {
  return `${typePrefix(method.name)}ErrorCode`;
}

export function errorEnum(method: Method): EnumDeclarationStructure {
  const names = uniqueEnumMembers(method.errors.map((e) => e.code));
  return {
    kind: StructureKind.Enum,
    name: errorEnumName(method),
    isExported: true,
    docs: [docComment(`Error codes \`${method.name}\` documents (\`error\` of an \`ok: false\` response).`)],
    members: method.errors.map((e) => {
      const renamed = names.get(e.code) !== enumMemberName(e.code) || !/^[a-z][a-z0-9_]*$/.test(e.code);
      const notes = [
        renamed ? `Named by rule from the documented code \`${e.code}\` (its value).` : null,
        e.hidden ? 'Hidden: marked hidden on the reference page.' : null,
        e.recoveredFrom ? `Recovered: the page lost this code; it was recovered from the description (${e.recoveredFrom}).` : null,
      ].filter((n): n is string => n !== null);
      const docs = docComment([e.description, ...notes].filter(Boolean).join('\n\n'));
      return { name: names.get(e.code)!, value: e.code, ...(docs ? { docs: [docs] } : {}) };
    }),
  };
}
