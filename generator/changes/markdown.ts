/**
 * Text from the docs into the Markdown change report, inert: every name, code and type is a code
 * span, and a code span cannot be broken out of (CommonMark: its fence is a backtick run longer
 * than any inside it), so an error code cannot add images, links, mentions or HTML to the pull
 * request that carries the report.
 */

/** `text` as an inline code span that shows exactly its characters (line breaks as spaces). */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  let longestRun = 0;
  for (const run of flat.matchAll(/`+/g)) longestRun = Math.max(longestRun, run[0].length);
  const fence = '`'.repeat(longestRun + 1);
  // A span that starts or ends with a backtick needs a space inside its fence (CommonMark strips it).
  const pad = /^`|`$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
