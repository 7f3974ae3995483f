/**
 * Statements printed straight into the form prettier gives them (2 spaces, single quotes, 110
 * columns, trailing commas), so most of the package needs no formatter at run time. Each printer
 * knows the few layouts prettier picks for the shapes the emitters make; a statement it does not
 * know, or whose lines it cannot fit, is `null`, and prettier formats it (render-files.ts). The
 * tests hold every file of the seeds and of the full client to prettier's output.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import { finalFunction, finalVariable } from './final-declarations.ts';
import { docLines, fits, fitsOrBreak, onlyUses, spacedAsPrettier, splitTopLevel } from './final-layout.ts';
import { prettierQuotes } from './prettier-quotes.ts';

type Structure<K extends StructureKind> = Extract<StatementStructures, { kind: K }>;

/**
 * Where an emitter that lays out its own code (the client's namespaces) puts the statement's
 * final text. A symbol: ts-morph, the worker hand-off and the cache keys never see it.
 */
const FINAL_TEXT = Symbol('final text');

/** The structure, carrying its final text where the emitter could lay it out (`null`: prettier's). */
export function withFinalText<S extends StatementStructures>(structure: S, text: string | null): S {
  if (text !== null) Object.defineProperty(structure, FINAL_TEXT, { value: text, enumerable: false });
  return structure;
}

function exported(structure: { isExported?: boolean }): string {
  return structure.isExported ? 'export ' : '';
}

function finalImport(s: Structure<StructureKind.ImportDeclaration>): string | null {
  if (!onlyUses(s, ['kind', 'isTypeOnly', 'moduleSpecifier', 'namedImports'])) return null;
  if (!Array.isArray(s.namedImports) || s.namedImports.length === 0) return null;
  const names: string[] = [];
  for (const n of s.namedImports) {
    if (typeof n === 'string') names.push(n);
    else if (typeof n === 'object' && onlyUses(n, ['name', 'isTypeOnly', 'kind']))
      names.push(`${n.isTypeOnly ? 'type ' : ''}${n.name}`);
    else return null;
  }
  const from = prettierQuotes(`'${s.moduleSpecifier}'`);
  if (from === null || s.moduleSpecifier.includes("'")) return null;
  const head = `import ${s.isTypeOnly ? 'type ' : ''}`;
  return fitsOrBreak(`${head}{ ${names.join(', ')} } from ${from};`, () => [
    `${head}{`,
    ...names.map((n) => `  ${n},`),
    `} from ${from};`,
  ]);
}

/** A member's name as prettier keeps it: quoted only where it must be (quoteProps "as-needed"). */
export function memberName(name: string): string | null {
  if (!name.startsWith('"') && !name.startsWith("'")) return /^[A-Za-z_$][\w$]*$/.test(name) ? name : null;
  const body = name.slice(1, -1);
  if (/^[A-Za-z_$][\w$]*$/.test(body) || /^[\d.]/.test(body)) return null;
  return prettierQuotes(name);
}

function finalInterface(s: Structure<StructureKind.Interface>): string | null {
  const allowed = ['kind', 'name', 'isExported', 'docs', 'properties', 'indexSignatures'];
  if (!onlyUses(s, allowed)) return null;
  const lines = docLines(s.docs, '');
  if (lines === null) return null;
  const members: string[] = [];
  for (const i of s.indexSignatures ?? []) {
    if (!onlyUses(i, ['kind', 'keyName', 'keyType', 'returnType'])) return null;
    if (typeof i.returnType !== 'string') return null;
    members.push(`  [${i.keyName ?? 'key'}: ${i.keyType ?? 'string'}]: ${i.returnType};`);
  }
  for (const p of s.properties ?? []) {
    if (!onlyUses(p, ['kind', 'name', 'type', 'hasQuestionToken', 'docs', 'isReadonly'])) return null;
    const docs = docLines(p.docs, '  ');
    if (docs === null || typeof p.type !== 'string') return null;
    const type = prettierQuotes(p.type);
    const name = memberName(p.name);
    if (type === null || name === null || type.includes('\n') || !spacedAsPrettier(type)) return null;
    const head = `  ${p.isReadonly ? 'readonly ' : ''}${name}${p.hasQuestionToken ? '?' : ''}:`;
    // A plain name (`Name[]`) has nowhere to break: prettier leaves its line long.
    const unbreakable = /^[\w.]+(\[\])*$/.test(type);
    const oneLine = `${head} ${type};`;
    const member = unbreakable || fits(oneLine) ? [oneLine] : brokenUnion(head, type, '    ', ';');
    if (member === null) return null;
    members.push(...docs, ...member);
  }
  // The head has nowhere to break either; the members were fitted one by one.
  const head = `${exported(s)}interface ${s.name} {`;
  lines.push(...(members.length === 0 ? [`${head}}`] : [head, ...members, '}']));
  return lines.join('\n');
}

/** A union member prettier cannot break (`(typeof X)[keyof typeof X]`, a plain name): it may run long. */
const UNBREAKABLE = /^(?:\(typeof [\w.]+\)\[keyof typeof [\w.]+\]|[\w.]+(?:\[\])*)$/;

/**
 * A union too long for its line, as prettier breaks it: after the `=` or `:` with the union on
 * the next line where it fits there, else each member on a line of its own led by `|`. `null`
 * for other types (an object member, an intersection) and for a single member.
 */
function brokenUnion(head: string, type: string, indent: string, end: string): string[] | null {
  const members = splitTopLevel(type, ' | ');
  if (members.length < 2 || members.some((m) => /[{&]/.test(m))) return null;
  if (fits(`${indent}${type}${end}`)) return [head, `${indent}${type}${end}`];
  const lines = members.map((m, i) => `${indent}| ${m}${i === members.length - 1 ? end : ''}`);
  return lines.every((l, i) => fits(l) || UNBREAKABLE.test(members[i]!)) ? [head, ...lines] : null;
}

/** `Base & (A | B)` too long: each member after the first on a line of its own. */
function brokenIntersection(head: string, type: string): string[] | null {
  const [first, ...rest] = splitTopLevel(type, ' & ');
  if (!first || rest.length === 0 || /[{(|]/.test(first)) return null;
  if (!rest.every((m) => m.startsWith('(') && m.endsWith(')'))) return null;
  const lines = [`${head} ${first} &`, ...rest.map((m, i) => `  ${m}${i < rest.length - 1 ? ' &' : ';'}`)];
  return lines.every(fits) ? lines : null;
}

function finalTypeAlias(s: Structure<StructureKind.TypeAlias>): string | null {
  if (!onlyUses(s, ['kind', 'name', 'isExported', 'docs', 'type'])) return null;
  const docs = docLines(s.docs, '');
  const type = typeof s.type === 'string' ? prettierQuotes(s.type) : null;
  if (docs === null || type === null || type.includes('\n') || !spacedAsPrettier(type)) return null;
  const head = `${exported(s)}type ${s.name} =`;
  const oneLine = `${head} ${type};`;
  const body = fits(oneLine)
    ? [oneLine]
    : (brokenUnion(head, type, '  ', ';') ?? brokenIntersection(head, type));
  return body === null ? null : [...docs, ...body].join('\n');
}

/** A statement in its final form, or `null` where prettier has to format it. */
export function finalStatement(statement: StatementStructures): string | null {
  const laidOut = (statement as { [FINAL_TEXT]?: string })[FINAL_TEXT];
  if (laidOut !== undefined) return laidOut;
  switch (statement.kind) {
    case StructureKind.ImportDeclaration:
      return finalImport(statement);
    case StructureKind.Interface:
      return finalInterface(statement);
    case StructureKind.TypeAlias:
      return finalTypeAlias(statement);
    case StructureKind.VariableStatement:
      return finalVariable(statement);
    case StructureKind.Function:
      return finalFunction(statement);
    default:
      return null;
  }
}
