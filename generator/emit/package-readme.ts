/**
 * The generated package's own README: install, a first call, errors and paging, with examples
 * made from methods the package really has (the tests compile them against the package).
 */
import type { Arg, ArgGroup, Method, ResolvedMethod } from '../model/types.ts';
import { callerArgs, enforcedGroups } from './args-type.ts';
import { errorEnumName } from './error-enum.ts';
import { functionName, propertyName, uniqueEnumMembers } from '../resolve/names.ts';
import { PACKAGE_NAME } from './package-files.ts';
import { testingSection } from './package-readme-testing.ts';
import { ECOSYSTEM_PACKAGE } from '../catalog/ecosystem-types.ts';

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

/** A member of a group an example can give as a string: a string, or a string the docs say may be null. */
function plainMember(group: ArgGroup, a: Arg): boolean {
  if (group.when?.[a.name] !== undefined) return false;
  const options = a.schema?.kind === 'union' ? a.schema.options.filter((o) => o.kind !== 'null') : null;
  return plainString(
    options?.length === 1 && options[0]!.kind === 'string' ? { ...a, schema: options[0]! } : a,
  );
}

/** The arguments an example gives, all plain strings: the required ones and a member of each group (`null` when some cannot be). */
function exampleArgs(m: Method): Arg[] | null {
  const args = callerArgs(m);
  const given = args.filter((a) => a.required);
  if (!given.every(plainString)) return null;
  for (const group of enforcedGroups(m)) {
    const member = group.args
      .map((name) => args.find((a) => a.name === name))
      .find((a) => a !== undefined && plainMember(group, a));
    if (!member) return null;
    if (!given.includes(member)) given.push(member);
  }
  return given;
}

function exampleable(m: Method): boolean {
  return exampleArgs(m) !== null;
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

/** `{ channel: 'C0123456789' }`: the required arguments (and one of each group), from their documented examples. */
function argsLiteral(m: Method): string {
  const entries = (exampleArgs(m) ?? []).map(
    (a) => `${propertyName(a.name)}: ${quoted(a.example ?? `your ${a.name}`)}`,
  );
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
    `import { SlackClient, isSlackApiError } from '${PACKAGE_NAME}';`,
    `import { ${errorEnumName(m)} } from '${PACKAGE_NAME}/methods';`,
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

/** How a standalone request function is called: on a client's transport, as the client's namespaces call it. */
function standaloneExample(m: Method | null): string {
  return m ? `\`${functionName(m.name)}(client.transport, args)\`` : 'called with `client.transport`';
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
    `Node 20.18 or newer; its only runtime dependency is undici. Block Kit blocks, message attachments, views and`,
    `message metadata are typed with the Slack SDK's own \`${ECOSYSTEM_PACKAGE}\` (\`KnownBlock\`, \`MessageAttachment\`, \`View\`,`,
    `\`MessageMetadata\`): a dependency the package imports with \`import type\` only, so nothing of it is in the bundle.`,
    '',
    `ECMAScript modules and CommonJS alike: \`import { SlackClient } from '${PACKAGE_NAME}'\` or`,
    `\`const { SlackClient } = require('${PACKAGE_NAME}')\`, each a single bundled file with its own declarations.`,
    `The main entry holds the client, its errors and every method's types; \`${PACKAGE_NAME}/methods\` adds each method's`,
    `error codes as a \`const\` object and its standalone request function (${standaloneExample(example)}), kept apart so`,
    'that importing the client does not build them.',
    '',
    '## A first call',
    '',
    ...firstCall(example),
    '',
    ...errorsSection(
      example?.errors.length ? example : (methods.find((m) => exampleable(m) && m.errors.length > 0) ?? null),
    ),
    ...pagingSection(methods),
    ...testingSection(
      example && {
        method: example.name,
        call: `${clientPath(example)}(${argsLiteral(example)})`,
        code: example.errors[0]?.code,
      },
    ),
    '## License',
    '',
    'MIT (see LICENSE).',
  ];
  return `${lines.join('\n')}\n`;
}
