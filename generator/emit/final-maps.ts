/**
 * The client's tables by method name (`SlackMethods`, `SPECS`, `PaginatedMethods`, `PAGINATED`)
 * laid out as prettier lays them out, so the largest statements of client.ts need no formatter:
 * an entry stays on one line where it fits, else its value moves under its key (a constant) or
 * its members go one a line (a type). `null` where a line would still not fit: prettier's then.
 */
import { codeFits, docLines, fits, splitTopLevel } from './final-layout.ts';
import { prettierQuotes, requote } from './prettier-quotes.ts';

/** A method name as prettier quotes an object key that needs quotes. */
function quotedKey(key: string): string | null {
  return requote(JSON.stringify(key));
}

/** `  'a.b': value,` or, too long, the value on the next line. */
function constEntryLines(key: string, value: string): string[] | null {
  const quoted = quotedKey(key);
  if (quoted === null) return null;
  const one = `  ${quoted}: ${value},`;
  return fits(one) ? [one] : [`  ${quoted}:`, `    ${value},`];
}

/** `    item: G<A, B>[number];`, or, too long, its type arguments one a line (no trailing comma). */
function memberLines(member: string): string[] {
  const one = `    ${member};`;
  const generic = /^(\w+): (\w+)<(.*)>(\[\w+\])?$/.exec(member);
  if (fits(one) || !generic) return [one];
  const [, name, type, inner, suffix] = generic;
  const args = splitTopLevel(inner!, ', ');
  return [
    `    ${name}: ${type}<`,
    ...args.map((a, i) => `      ${a}${i < args.length - 1 ? ',' : ''}`),
    `    >${suffix ?? ''};`,
  ];
}

/** `  'a.b': { args: A; response: B };` or, too long, one member a line. */
function typeEntryLines(key: string, members: readonly string[]): string[] | null {
  const quoted = quotedKey(key);
  const requoted = members.map(prettierQuotes);
  if (quoted === null || requoted.some((m) => m === null)) return null;
  const one = `  ${quoted}: { ${requoted.join('; ')} };`;
  return fits(one) ? [one] : [`  ${quoted}: {`, ...requoted.flatMap((m) => memberLines(m!)), '  };'];
}

function joined(head: string[], entries: (string[] | null)[], end: string): string | null {
  if (entries.length === 0 || entries.some((e) => e === null)) return null;
  const lines = [...head, ...entries.flatMap((e) => e!), end];
  return codeFits(lines) ? lines.join('\n') : null;
}

/** `export type Name = { 'a.b': { … }; … };` with its doc comment. */
export function typeMapText(
  docs: readonly string[],
  name: string,
  entries: readonly (readonly [string, readonly string[]])[],
): string | null {
  const doc = docLines(docs, '');
  if (doc === null) return null;
  const body = entries.map(([key, members]) => typeEntryLines(key, members));
  return joined([...doc, `export type ${name} = {`], body, '};');
}

/**
 * `const NAME: Type = { 'a.b': value, … };`: the type on the head's line where it fits, else a
 * type literal (`{ member }`) broken one member a line, as prettier breaks it.
 */
export function constMapText(
  name: string,
  type: string,
  entries: readonly (readonly [string, string])[],
): string | null {
  const requoted = prettierQuotes(type);
  if (requoted === null) return null;
  const oneLine = `const ${name}: ${requoted} = {`;
  let head = [oneLine];
  if (!fits(oneLine)) {
    if (!requoted.startsWith('{ ') || !requoted.endsWith(' }')) return null;
    head = [`const ${name}: {`, `  ${requoted.slice(2, -2)};`, '} = {'];
  }
  return joined(
    head,
    entries.map(([key, value]) => constEntryLines(key, value)),
    '};',
  );
}
