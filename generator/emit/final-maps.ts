/**
 * The client's type maps by method name (`SlackMethods`, `PaginatedMethods`) laid out as
 * prettier lays them out, so the largest statements of client.ts need no formatter: an entry
 * stays on one line where it fits, else its members go one a line. `null` where a line would
 * still not fit: prettier's then. (The constant maps, `SPECS` and `PAGINATED`, are object
 * literals final-declarations.ts lays out.)
 */
import { codeFits, docLines, fits, splitTopLevel } from './final-layout.ts';
import { prettierQuotes, requote } from './prettier-quotes.ts';

/** A method name as prettier quotes an object key that needs quotes. */
function quotedKey(key: string): string | null {
  return requote(JSON.stringify(key));
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
