/**
 * Names in generated code, by rule: declarations named as the official SDK names them
 * (`oauth.v2.access` → `OauthV2Access…`), enum members in PascalCase of the code, and property
 * names quoted whenever they are not plain identifiers.
 */

const RESERVED = new Set(
  `break case catch class const continue debugger default delete do else enum export extends false finally for
  function if import in instanceof new null return super switch this throw true try typeof var void while with
  as implements interface let package private protected public static yield any boolean constructor declare get
  module require number set string symbol type from of await async unknown never object undefined`.split(
    /\s+/,
  ),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Prefixes worked out before: every run checks every method's names several times over. */
const prefixes = new Map<string, string>();

/** `oauth.v2.access` → `OauthV2Access`; `chat.postMessage` → `ChatPostMessage`. */
export function typePrefix(method: string): string {
  let prefix = prefixes.get(method);
  if (prefix === undefined) {
    const name = method
      .split('.')
      .flatMap((segment) => words(segment).map(capitalize))
      .join('');
    prefix = /^[A-Za-z_]/.test(name) ? name : `M${name}`;
    prefixes.set(method, prefix);
  }
  return prefix;
}

/** `oauth.v2.access` → `oauthV2Access`: the standalone request function. */
export function functionName(method: string): string {
  const prefix = typePrefix(method);
  const name = prefix.charAt(0).toLowerCase() + prefix.slice(1);
  return RESERVED.has(name) ? `${name}Method` : name;
}

/** `invalid_code` → `InvalidCode`; a leading digit gets an underscore (`_2faRequired`). */
export function enumMemberName(code: string): string {
  const name = words(code)
    .map((w) => capitalize(w.toLowerCase()))
    .join('');
  if (name === '') return '_';
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** Enum member names for codes, made unique when two codes collapse to one name. */
export function uniqueEnumMembers(codes: readonly string[]): Map<string, string> {
  const taken = new Map<string, number>();
  const names = new Map<string, string>();
  for (const code of codes) {
    const base = enumMemberName(code);
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    names.set(code, n === 1 ? base : `${base}_${n}`);
  }
  return names;
}

/** A property name as written in an interface or object literal: bare when it can be. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** `permissions` → `Permission`, `authed_user` → `AuthedUser`: names of nested interfaces. */
export function nestedTypeName(parent: string, key: string, element = false): string {
  let base =
    words(key)
      .map((w) => capitalize(w.toLowerCase()))
      .join('') || 'Field';
  if (/^[0-9]/.test(base)) base = `_${base}`;
  if (element) base = singular(base);
  return `${parent}${base.slice(stutter(parent, base).length)}`;
}

const PASCAL_WORDS = /[A-Z][a-z0-9]*|[a-z0-9]+|_/g;

/**
 * The words that `parent` ends with and `child` starts with (`Response` of `XResponse` and
 * `ResponseMetadata`), so `XResponseResponseMetadata` reads `XResponseMetadata`; nothing when
 * they would be all of `child`.
 */
function stutter(parent: string, child: string): string {
  const tail = parent.match(PASCAL_WORDS) ?? [];
  const head = child.match(PASCAL_WORDS) ?? [];
  for (let k = Math.min(tail.length, head.length - 1); k > 0; k--) {
    const overlap = head.slice(0, k).join('');
    if (tail.slice(-k).join('') === overlap) return overlap;
  }
  return '';
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  // `matches`, `boxes`, `statuses`: a plural in -es after a sibilant (`caches` takes the rule below).
  if (/.(tch|rch|nch|sh|x|z|ss|us)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return `${word}Item`;
}
