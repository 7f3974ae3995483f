/**
 * Text from the docs into JSDoc, escaped: it can never end the comment (a `*` then a `/`), start a tag by
 * accident (`@param` in prose), or carry characters that break source files (NUL, U+2028).
 */

export function escapeDocText(text: string): string {
  return text
    .replace(/\u0000/g, '\\0')
    .replace(/[\u2028\u2029]/g, ' ')
    .replace(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\*\//g, '*\\/')
    .replace(/(^|\s)@(?=[A-Za-z])/g, '$1\\@')
    .replace(/\r\n?/g, '\n')
    .trim();
}

/** A doc comment body from paragraphs and `@tag value` lines; empty parts are dropped. */
export function docComment(
  description: string | null | undefined,
  tags: ReadonlyArray<readonly [string, string | null | undefined]> = [],
): string {
  const parts: string[] = [];
  if (description) parts.push(escapeDocText(description));
  for (const [tag, value] of tags) {
    if (value === null || value === undefined) continue;
    parts.push(value === '' ? `@${tag}` : `@${tag} ${escapeDocText(value)}`);
  }
  return parts.join('\n');
}

/** An example value as a code span that cannot break out of the comment. */
export function exampleText(value: string): string {
  return escapeDocText(value.includes('`') ? value : `\`${value}\``);
}

/** A doc comment body (from `docComment`) as a block written before a member in printed code. */
export function docBlock(body: string): string {
  if (!body.includes('\n')) return `/** ${body} */\n`;
  return `/**\n${body
    .split('\n')
    .map((l) => ` * ${l}`.trimEnd())
    .join('\n')}\n */\n`;
}
