/**
 * String literals in emitted code quoted the way prettier (singleQuote) quotes them, so code the
 * emitters write with `JSON.stringify` is already in its final form: single quotes unless the
 * text holds more single than double quotes, the other quote unescaped, the chosen one escaped.
 * Comments are left as they are. `null` for code this reader does not follow (a template
 * literal): it then goes to prettier.
 */

/** Where the comment or string starting at `i` ends (the index after it). */
function endOfComment(code: string, i: number): number {
  if (code[i + 1] === '/') {
    const end = code.indexOf('\n', i);
    return end === -1 ? code.length : end;
  }
  const end = code.indexOf('*/', i + 2);
  return end === -1 ? code.length : end + 2;
}

function endOfString(code: string, i: number): number {
  const quote = code[i];
  let j = i + 1;
  while (j < code.length && code[j] !== quote) {
    if (code[j] === '\n') return -1;
    j += code[j] === '\\' ? 2 : 1;
  }
  return j < code.length ? j + 1 : -1;
}

/**
 * One literal requoted as prettier's `printString` does: quotes counted in the raw text, escapes
 * kept but for the other quote's; `null` for a literal holding an escaped single quote, whose
 * handling this does not copy.
 */
export function requote(literal: string): string | null {
  const body = literal.slice(1, -1);
  if (body.includes("\\'")) return null;
  let singles = 0;
  let doubles = 0;
  for (const c of body) {
    if (c === "'") singles++;
    else if (c === '"') doubles++;
  }
  const quote = singles > doubles ? '"' : "'";
  const other = quote === '"' ? "'" : '"';
  const requoted = body.replace(
    /\\(.)|(["'])/gs,
    (match, escaped: string | undefined, bare: string | undefined) => {
      if (escaped === other) return escaped;
      if (bare === quote) return `\\${bare}`;
      return bare ?? match;
    },
  );
  return quote + requoted + quote;
}

/** The code with every string literal requoted; `null` where it holds a template literal. */
export function prettierQuotes(code: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '`') return null;
    if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
      i = endOfComment(code, i) - 1;
      continue;
    }
    if (c !== '"' && c !== "'") continue;
    const end = endOfString(code, i);
    if (end === -1) return null;
    const literal = requote(code.slice(i, end));
    if (literal === null) return null;
    out += code.slice(from, i) + literal;
    from = end;
    i = end - 1;
  }
  return out + code.slice(from);
}
