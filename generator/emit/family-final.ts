/**
 * A client family's factory (`chatMethods`) in its final form (see final-form.ts): the
 * namespace object one member a line, each method an arrow function laid out as prettier lays
 * it out: on one line where it fits, else its call on the next line, else its parameters one a
 * line. `null` (prettier formats it) for shapes this does not know: a name that is a method and
 * a namespace at once, or lines that do not fit even broken.
 */
import { docLines, fits } from './final-layout.ts';
import { memberName } from './final-form.ts';

/** What the factory's object holds: a method's call, or a namespace of more. */
export interface FamilyMember {
  key: string;
  /** The method's doc comment body, where the member is a method. */
  doc: string | null;
  call: { params: string[]; returns: string; body: string } | null;
  members: FamilyMember[];
}

/** A method member as prettier lays out an arrow function property. */
function arrowLines(indent: string, key: string, call: NonNullable<FamilyMember['call']>): string[] {
  const head = `${indent}${key}: (${call.params.join(', ')})${call.returns} =>`;
  if (fits(`${head} ${call.body},`)) return [`${head} ${call.body},`];
  if (fits(head)) return [head, `${indent}  ${call.body},`];
  const params = call.params.map((p) => `${indent}  ${p},`);
  const close = `${indent})${call.returns} =>`;
  const tail = fits(`${close} ${call.body},`)
    ? [`${close} ${call.body},`]
    : [close, `${indent}  ${call.body},`];
  return [`${indent}${key}: (`, ...params, ...tail];
}

function memberLines(member: FamilyMember, indent: string): string[] | null {
  const key = memberName(member.key);
  const docs = docLines(member.doc === null ? [] : [member.doc], indent);
  if (key === null || docs === null || (member.call !== null) === member.members.length > 0) return null;
  if (member.call !== null) return [...docs, ...arrowLines(indent, key, member.call)];
  const inner = objectLines(member.members, `${indent}  `);
  return inner && [...docs, `${indent}${key}: {`, ...inner, `${indent}},`];
}

function objectLines(members: readonly FamilyMember[], indent: string): string[] | null {
  const lines: string[] = [];
  for (const m of members) {
    const more = memberLines(m, indent);
    if (more === null) return null;
    lines.push(...more);
  }
  return lines;
}

/** `export function chatMethods(transport) { return { … }; }` with its doc comment. */
export function familyFunctionText(
  name: string,
  doc: string,
  members: readonly FamilyMember[],
): string | null {
  const docs = docLines([doc], '');
  const body = objectLines(members, '    ');
  if (docs === null || body === null || members.length === 0) return null;
  const lines = [
    ...docs,
    `export function ${name}(transport: SlackCaller) {`,
    '  return {',
    ...body,
    '  };',
    '}',
  ];
  return lines.every((l) => l.trimStart().startsWith('*') || l.trimStart().startsWith('/*') || fits(l))
    ? lines.join('\n')
    : null;
}
