/**
 * The statements final-form.ts leaves to prettier, printed for prettier to format: the text
 * ts-morph prints for them, up to what prettier decides anyway (indentation, quotes, where lines
 * break). What prettier keeps is kept as ts-morph has it: the doc comments, the code the emitters
 * wrote as text, and the blank lines (none between properties, one before a constructor and
 * between methods). So the formatting worker needs no ts-morph; a structure this does not know
 * is `null` and goes to it as a structure.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import { docLines, onlyUses } from './final-layout.ts';

type Structure<K extends StructureKind> = Extract<StatementStructures, { kind: K }>;
type Class = Structure<StructureKind.Class>;
type Method = NonNullable<Class['methods']>[number];
type Ctor = NonNullable<Class['ctors']>[number];

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function withDocs(docs: readonly unknown[] | undefined, indent: string, lines: string[]): string[] | null {
  const comment = docLines(docs as Parameters<typeof docLines>[0], indent);
  return comment && [...comment, ...lines];
}

function typeParameters(params: readonly unknown[] | undefined): string | null {
  if (!params || params.length === 0) return '';
  const out: string[] = [];
  for (const p of params) {
    if (typeof p !== 'object' || p === null || !onlyUses(p, ['name', 'constraint', 'kind'])) return null;
    const { name, constraint } = p as { name: string; constraint?: unknown };
    if (constraint !== undefined && text(constraint) === null) return null;
    out.push(constraint === undefined ? name : `${name} extends ${text(constraint)}`);
  }
  return `<${out.join(', ')}>`;
}

function parameters(params: readonly unknown[] | undefined): string | null {
  const out: string[] = [];
  for (const p of params ?? []) {
    if (!onlyUses(p as object, ['name', 'type', 'initializer', 'hasQuestionToken', 'kind'])) return null;
    const { name, type, initializer, hasQuestionToken } = p as Record<string, unknown>;
    if (typeof name !== 'string' || (type !== undefined && text(type) === null)) return null;
    if (initializer !== undefined && text(initializer) === null) return null;
    out.push(
      `${name}${hasQuestionToken ? '?' : ''}${type ? `: ${text(type)}` : ''}${initializer ? ` = ${text(initializer)}` : ''}`,
    );
  }
  return out.join(', ');
}

function body(statements: unknown, indent: string): string[] | null {
  const list = Array.isArray(statements) ? (statements as unknown[]) : [];
  // A template literal over several lines would take the indentation into its text.
  if (!list.every((s) => typeof s === 'string' && !(s.includes('`') && s.includes('\n')))) return null;
  return list.flatMap((s) => (s as string).split('\n').map((l) => `${indent}${l}`));
}

function method(m: Method | Ctor, name: string): string[] | null {
  const allowed = ['kind', 'name', 'docs', 'typeParameters', 'parameters', 'returnType', 'statements'];
  if (!onlyUses(m, allowed) || (m.returnType !== undefined && text(m.returnType) === null)) return null;
  const tps = typeParameters(m.typeParameters);
  const params = parameters(m.parameters);
  const lines = body(m.statements, '    ');
  if (tps === null || params === null || lines === null) return null;
  const returns = m.returnType ? `: ${text(m.returnType)}` : '';
  return withDocs(m.docs, '  ', [`  ${name}${tps}(${params})${returns} {`, ...lines, '  }']);
}

function property(p: NonNullable<Class['properties']>[number]): string[] | null {
  if (!onlyUses(p, ['kind', 'name', 'isReadonly', 'type', 'docs']) || text(p.type) === null) return null;
  return withDocs(p.docs, '  ', [`  ${p.isReadonly ? 'readonly ' : ''}${p.name}: ${text(p.type)};`]);
}

function looseClass(s: Class): string | null {
  if (!onlyUses(s, ['kind', 'name', 'isExported', 'docs', 'properties', 'ctors', 'methods'])) return null;
  const members: string[][] = [];
  const props = (s.properties ?? []).map(property);
  if (props.some((p) => p === null)) return null;
  if (props.length > 0) members.push(props.flatMap((p) => p!));
  for (const m of [
    ...(s.ctors ?? []).map((c) => method(c, 'constructor')),
    ...(s.methods ?? []).map((m) => method(m, m.name)),
  ]) {
    if (m === null) return null;
    members.push(m);
  }
  const head = `${s.isExported ? 'export ' : ''}class ${s.name ?? ''} {`;
  const lines = withDocs(s.docs, '', [head, members.map((m) => m.join('\n')).join('\n\n'), '}']);
  return lines && lines.join('\n');
}

function looseTypeAlias(s: Structure<StructureKind.TypeAlias>): string | null {
  if (!onlyUses(s, ['kind', 'name', 'isExported', 'docs', 'type', 'typeParameters'])) return null;
  const tps = typeParameters(s.typeParameters);
  if (tps === null || text(s.type) === null) return null;
  const lines = withDocs(s.docs, '', [
    `${s.isExported ? 'export ' : ''}type ${s.name}${tps} = ${text(s.type)};`,
  ]);
  return lines && lines.join('\n');
}

function looseVariable(s: Structure<StructureKind.VariableStatement>): string | null {
  if (!onlyUses(s, ['kind', 'isExported', 'declarationKind', 'docs', 'declarations'])) return null;
  const [d, ...more] = s.declarations;
  if (!d || more.length > 0 || !onlyUses(d, ['kind', 'name', 'type', 'initializer'])) return null;
  if (text(d.initializer) === null || (d.type !== undefined && text(d.type) === null)) return null;
  const head = `${s.isExported ? 'export ' : ''}${s.declarationKind ?? 'let'} ${d.name}`;
  const lines = withDocs(s.docs, '', [
    `${head}${d.type ? `: ${text(d.type)}` : ''} = ${text(d.initializer)};`,
  ]);
  return lines && lines.join('\n');
}

function looseInterface(s: Structure<StructureKind.Interface>): string | null {
  if (!onlyUses(s, ['kind', 'name', 'isExported', 'docs', 'properties', 'indexSignatures'])) return null;
  const members: string[] = [];
  for (const i of s.indexSignatures ?? []) {
    if (!onlyUses(i, ['kind', 'keyName', 'keyType', 'returnType']) || text(i.returnType) === null)
      return null;
    members.push(`  [${i.keyName ?? 'key'}: ${i.keyType ?? 'string'}]: ${text(i.returnType)};`);
  }
  for (const p of s.properties ?? []) {
    if (!onlyUses(p, ['kind', 'name', 'type', 'hasQuestionToken', 'docs', 'isReadonly'])) return null;
    const docs = docLines(p.docs, '  ');
    if (docs === null || text(p.type) === null) return null;
    members.push(
      ...docs,
      `  ${p.isReadonly ? 'readonly ' : ''}${p.name}${p.hasQuestionToken ? '?' : ''}: ${text(p.type)};`,
    );
  }
  const lines = withDocs(s.docs, '', [
    `${s.isExported ? 'export ' : ''}interface ${s.name} {`,
    ...members,
    '}',
  ]);
  return lines && lines.join('\n');
}

function looseImport(s: Structure<StructureKind.ImportDeclaration>): string | null {
  if (
    !onlyUses(s, ['kind', 'isTypeOnly', 'moduleSpecifier', 'namedImports']) ||
    !Array.isArray(s.namedImports)
  )
    return null;
  const names: string[] = [];
  for (const n of s.namedImports as unknown[]) {
    if (typeof n === 'string') names.push(n);
    else if (typeof n === 'object' && n !== null && onlyUses(n, ['name', 'alias', 'isTypeOnly', 'kind'])) {
      const { name, alias, isTypeOnly } = n as { name: string; alias?: string; isTypeOnly?: boolean };
      names.push(`${isTypeOnly ? 'type ' : ''}${name}${alias ? ` as ${alias}` : ''}`);
    } else return null;
  }
  return `import ${s.isTypeOnly ? 'type ' : ''}{ ${names.join(', ')} } from ${JSON.stringify(s.moduleSpecifier)};`;
}

/** A statement as prettier's input, or `null` where only ts-morph prints it faithfully. */
export function loosePrint(statement: StatementStructures): string | null {
  switch (statement.kind) {
    case StructureKind.ImportDeclaration:
      return looseImport(statement);
    case StructureKind.Interface:
      return looseInterface(statement);
    case StructureKind.TypeAlias:
      return looseTypeAlias(statement);
    case StructureKind.VariableStatement:
      return looseVariable(statement);
    case StructureKind.Class:
      return looseClass(statement);
    default:
      return null;
  }
}
