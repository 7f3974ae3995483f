/**
 * The generated package's own README: install, a first call, errors and paging, with examples
 * made from methods the package really has (the tests compile them against the package).
 */
import type { Arg, Method, ResolvedMethod } from '../model/types.ts';
import { callerArgs } from './args-type.ts';
import { errorEnumName } from './error-enum.ts';
import { propertyName, uniqueEnumMembers } from '../resolve/names.ts';
import { PACKAGE_NAME } from './package-files.ts';

/** Methods an app calls first, in the order an example prefers them. */
const FAVOURITES = ['chat.postMessage', 'conversations.list', 'users.info', 'auth.test'];

/** An argument an example can fill with a string literal and be sure it type-checks. */
function plainString(a: Arg): boolean {
  return (
    a.type === 'string' &&
    !(a.enum && a.enum.length > 0) &&
    !a.jsonEncoded &&
    (!a.schema || a.schema.kind === 'string')
  );
}

function exampleable(m: Method): boolean {
  return callerArgs(m).every((a) => !a.required || plainString(a));
}

/** The method the examples call: a favourite if there is one, else the first that needs only strings. */
export function exampleMethod(methods: readonly Method[]): Method | null {
  const usable = methods.filter(exampleable);
  return (
    FAVOURITES.map((n) => usable.find((m) => m.name === n)).find((m) => m !== undefined) ?? usable[0] ?? null
  );
}

/** A string literal in prettier's style (single quotes), escaped. */
function quoted(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** `{ channel: 'C0123456789' }`: the required arguments, from their documented examples. */
function argsLiteral(m: Method): string {
  const entries = callerArgs(m)
    .filter((a) => a.required)
    .map((a) => `${propertyName(a.name)}: ${quoted(a.example ?? `your ${a.name}`)}`);
  return entries.length === 0 ? '' : `{ ${entries.join(', ')} }`;
}

/** The call as the client spells it: `client.chat.postMessage` (segments that are not identifiers bracketed). */
function clientPath(m: Method): string {
  return `client${m.name
    .split('.')
    .map((s) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) ? `.${s}` : `[${quoted(s)}]`))
    .join('')}`;
}

function firstCall(m: Method | null): string[] {
  if (!m) return ['The package has no methods yet: generate it from reference pages.'];
  return [
    '```ts',
    `import { SlackClient } from '${PACKAGE_NAME}';`,
    '',
    'const client = new SlackClient({ token: process.env.SLACK_TOKEN });',
    `const res = await ${clientPath(m)}(${argsLiteral(m)});`,
    'console.log(res.ok);',
    '```',
  ];
}

function errorsSection(m: Method | null): string[] {
  const code = m?.errors[0];
  if (!m || !code) return [];
  return [
    '## Errors',
    '',
    'Every failure is a `SlackError` with a `kind`. An `ok: false` answer is a `SlackApiError` whose `code` is',
    "typed by the method's documented error codes:",
    '',
    '```ts',
    `import { SlackClient, ${errorEnumName(m)}, isSlackApiError } from '${PACKAGE_NAME}';`,
    '',
    'const client = new SlackClient({ token: process.env.SLACK_TOKEN });',
    'try {',
    `  await ${clientPath(m)}(${argsLiteral(m)});`,
    '} catch (err) {',
    `  if (isSlackApiError(err) && err.code === ${errorEnumName(m)}.${uniqueEnumMembers(m.errors.map((e) => e.code)).get(code.code)}) console.error('documented error', err.code);`,
    '  else throw err;',
    '}',
    '```',
    '',
  ];
}

function pagingSection(methods: readonly ResolvedMethod[]): string[] {
  const m = methods.find((x) => x.resolved.paginated && exampleable(x) && x.resolved.itemsKey !== null);
  if (!m) return [];
  return [
    '## Paging',
    '',
    'Methods that page with `cursor` can be iterated page by page or item by item:',
    '',
    '```ts',
    `import { SlackClient } from '${PACKAGE_NAME}';`,
    '',
    'const client = new SlackClient({ token: process.env.SLACK_TOKEN });',
    `for await (const item of client.items(${quoted(m.name)}, ${argsLiteral(m) || '{}'})) console.log(item);`,
    `for await (const page of client.paginate(${quoted(m.name)}, ${argsLiteral(m) || '{}'}, { maxPages: 10 })) console.log(page.ok);`,
    '```',
    '',
  ];
}

export function packageReadme(methods: readonly ResolvedMethod[]): string {
  const example = exampleMethod(methods);
  const lines = [
    `# ${PACKAGE_NAME}`,
    '',
    `A typed Slack Web API client with ${methods.length} methods, generated from Slack's API reference pages. Do not edit it:`,
    'regenerate it with `npm run generate` in the generator project.',
    '',
    '## Install',
    '',
    '```sh',
    `npm install ${PACKAGE_NAME}`,
    '```',
    '',
    `Node 20.18 or newer; its only runtime dependency is undici.`,
    '',
    '## A first call',
    '',
    ...firstCall(example),
    '',
    ...errorsSection(
      example?.errors.length ? example : (methods.find((m) => exampleable(m) && m.errors.length > 0) ?? null),
    ),
    ...pagingSection(methods),
    '## License',
    '',
    'MIT (see LICENSE).',
  ];
  return `${lines.join('\n')}\n`;
}
