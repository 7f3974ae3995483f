/**
 * `const` declarations and functions in prettier's final form (see final-form.ts): an object
 * literal stays on one line where it fits, else one member a line with a trailing comma; a
 * generic annotation too long for the line breaks its type arguments first; parameters that do
 * not fit go one a line. Anything else is `null`, for prettier.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import {
  codeFits,
  docLines,
  fits,
  fitsOrBreak,
  onlyUses,
  spacedAsPrettier,
  splitTopLevel,
} from './final-layout.ts';
import { prettierQuotes } from './prettier-quotes.ts';

type Structure<K extends StructureKind> = Extract<StatementStructures, { kind: K }>;

/**
 * The head of `head = {`: on one line where it fits, else, for an annotation that is a type
 * literal (`{ member }`), that member on a line of its own, as prettier breaks it.
 */
function objectHead(head: string): string[] | null {
  if (fits(`${head} = {`)) return [`${head} = {`];
  const literal = /^(.*?): \{ (.*) \}$/.exec(head);
  return literal ? [`${literal[1]}: {`, `  ${literal[2]};`, '} = {'] : null;
}

/** `  key: value,` too long for its line: the value goes under its key, as prettier breaks it. */
function memberLines(code: string): string[] {
  const line = `  ${code}`;
  const member = /^('[^']*'|[\w$]+): (.+)$/.exec(code);
  return fits(line) || !member ? [line] : [`  ${member[1]}:`, `    ${member[2]}`];
}

/** A multi-line object literal (`{\n…\n}`, maybe ` as const`): members indented, the last with a comma. */
function expandedObject(head: string, initializer: string): string[] | null {
  const end = initializer.lastIndexOf('\n}');
  const after = initializer.slice(end + 2);
  const headLines = objectHead(head);
  if (!initializer.startsWith('{\n') || (after !== '' && after !== ' as const') || !headLines) return null;
  // Doc lines as they are; members as code, to be laid out once the last has its comma.
  const parts: { doc?: string; code?: string }[] = [];
  let last = -1;
  for (const line of initializer.slice(2, end).split('\n')) {
    const t = line.trim();
    if (t.startsWith('/**') || t.startsWith('*')) {
      parts.push({ doc: `  ${t.startsWith('*') ? ' ' : ''}${t}` });
      continue;
    }
    const code = prettierQuotes(t);
    const open = (code ?? '').replace(/[^([{]/g, '').length;
    if (code === null || code === '' || open !== code.replace(/[^)\]}]/g, '').length) return null;
    if (last !== -1 && !parts[last]!.code!.endsWith(',')) return null;
    last = parts.push({ code }) - 1;
  }
  if (last === -1) return null;
  if (!parts[last]!.code!.endsWith(',')) parts[last]!.code += ',';
  const members = parts.flatMap((p) => (p.doc !== undefined ? [p.doc] : memberLines(p.code!)));
  return [...headLines, ...members, `}${after};`];
}

/** `{ a, b }` one member a line. */
function brokenObject(object: string): string[] | null {
  if (!object.startsWith('{ ') || !object.endsWith(' }')) return null;
  const members = splitTopLevel(object.slice(2, -2), ', ');
  return members.map((m) => `  ${m},`);
}

/**
 * `const name: G<A, B> = { … };` too long for one line, laid out as prettier's "fluid"
 * assignment does: the object hugs `= {` where that fits, else goes to the next line; an
 * annotation too long for `… =` breaks its type arguments first.
 */
function brokenDeclaration(lead: string, name: string, type: string, init: string): string[] | null {
  const object = brokenObject(init);
  const left = `${lead}${name}${type ? `: ${type}` : ''}`;
  if (fits(`${left} =`)) {
    if (fits(`${left} = {`)) return object && [`${left} = {`, ...object, '};'];
    if (fits(`  ${init};`)) return [`${left} =`, `  ${init};`];
    return object && [`${left} =`, '  {', ...object.map((m) => `  ${m}`), '  };'];
  }
  if (!/^\w+<.*>$/.test(type)) return null;
  const generic = type.slice(0, type.indexOf('<'));
  const args = splitTopLevel(type.slice(generic.length + 1, -1), ', ');
  const typeLines = [
    `${lead}${name}: ${generic}<`,
    ...args.map((a, i) => `  ${a}${i < args.length - 1 ? ',' : ''}`),
  ];
  if (fits(`> = ${init};`)) return [...typeLines, `> = ${init};`];
  return object && [...typeLines, '> = {', ...object, '};'];
}

export function finalVariable(s: Structure<StructureKind.VariableStatement>): string | null {
  if (!onlyUses(s, ['kind', 'isExported', 'declarationKind', 'docs', 'declarations'])) return null;
  const [d, ...more] = s.declarations;
  if (!d || more.length > 0 || !onlyUses(d, ['kind', 'name', 'type', 'initializer'])) return null;
  if (typeof d.initializer !== 'string' || (d.type !== undefined && typeof d.type !== 'string')) return null;
  const docs = docLines(s.docs, '');
  const type = prettierQuotes(d.type ?? '');
  const init = d.initializer.includes('\n') ? d.initializer : prettierQuotes(d.initializer);
  if (docs === null || type === null || init === null || type.includes('\n')) return null;
  if (!spacedAsPrettier(type) || (!init.includes('\n') && !spacedAsPrettier(init))) return null;
  const lead = `${s.isExported ? 'export ' : ''}${s.declarationKind ?? 'let'} `;
  const head = `${lead}${d.name}${type ? `: ${type}` : ''}`;
  const body = init.includes('\n')
    ? expandedObject(head, init)
    : fitsOrBreak(`${head} = ${init};`, () => brokenDeclaration(lead, d.name, type, init))?.split('\n');
  return body && codeFits(body) ? [...docs, ...body].join('\n') : null;
}

/** Bodies prettier leaves as they are: one `return` of a plain call with plain arguments. */
const PLAIN_RETURN = /^return [\w.]+\([\w, ]*\);$/;

export function finalFunction(s: Structure<StructureKind.Function>): string | null {
  const allowed = ['kind', 'isExported', 'name', 'docs', 'parameters', 'returnType', 'statements'];
  if (!onlyUses(s, allowed) || !s.name) return null;
  const given: readonly unknown[] = Array.isArray(s.statements) ? s.statements : [];
  const statements = given.filter((st): st is string => typeof st === 'string' && PLAIN_RETURN.test(st));
  if (statements.length !== given.length) return null;
  const params: string[] = [];
  for (const p of s.parameters ?? []) {
    if (!onlyUses(p, ['kind', 'name', 'type', 'initializer', 'hasQuestionToken'])) return null;
    if (p.type !== undefined && typeof p.type !== 'string') return null;
    if (p.initializer !== undefined && p.initializer !== '{}') return null;
    const text = `${p.name}${p.hasQuestionToken ? '?' : ''}${p.type ? `: ${p.type}` : ''}${p.initializer ? ' = {}' : ''}`;
    const quoted = prettierQuotes(text);
    if (quoted === null) return null;
    params.push(quoted);
  }
  const docs = docLines(s.docs, '');
  const returns = typeof s.returnType === 'string' ? prettierQuotes(`: ${s.returnType}`) : '';
  if (docs === null || returns === null || (s.returnType !== undefined && typeof s.returnType !== 'string'))
    return null;
  const lead = `${s.isExported ? 'export ' : ''}function ${s.name}(`;
  const head = fitsOrBreak(`${lead}${params.join(', ')})${returns} {`, () =>
    params.length === 0 ? null : [lead, ...params.map((p) => `  ${p},`), `)${returns} {`],
  );
  if (head === null) return null;
  const body = statements.length === 0 ? [`${head}}`] : [head, ...statements.map((st) => `  ${st}`), '}'];
  const text = [...docs, ...body].join('\n');
  return codeFits(text.split('\n')) ? text : null;
}
