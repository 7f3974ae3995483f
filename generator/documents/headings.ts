/**
 * What a heading means. Pages of every source and era word their sections a little differently;
 * this is the one place that knows the words.
 */
import type { SectionKind } from './document.ts';

const HEADING_MEANINGS: ReadonlyArray<readonly [RegExp, SectionKind]> = [
  [/^facts$/i, 'facts'],
  [/^(method access|preferred http method|http method|method url|endpoint|url)$/i, 'method-access'],
  [/^(required )?scopes?:?$|^(required )?(oauth )?scopes?( required)?$|^token types?$/i, 'scopes'],
  [/^(accepted )?content[- ]types?:?$/i, 'content-types'],
  [/^rate[- ]?limits?( tier)?:?$|^rate limiting$/i, 'rate-limits'],
  [/^(arguments?|parameters?|params|arguments? & parameters)$/i, 'arguments'],
  [/^required (arguments?|params|parameters)$/i, 'required-arguments'],
  [/^optional (arguments?|params|parameters)$/i, 'optional-arguments'],
  [/^(usage( info)?|usage information|usage notes|more information|notes)$/i, 'usage'],
  [/^(example )?responses?$|^response examples?$|^examples?$/i, 'responses'],
  [/^errors?( the api can return)?:?$|^error codes$|^possible errors$/i, 'errors'],
  [/^warnings?( the api can return)?:?$/i, 'warnings'],
  [/^(brief )?field guide:?$|^response fields$/i, 'field-guide'],
];

/** The section a heading (or a line standing alone like one) opens, or `null` for none known. */
/** `Body Params application/x-www-form-urlencoded`, `Query parameters`: API-tool pages name arguments by where they go. */
const PARAMS_BY_PLACE = /^(?:body|query|form|header|path|request) param(?:eter)?s\b/i;

export function headingKind(text: string): SectionKind | null {
  if (PARAMS_BY_PLACE.test(text.trim()) && text.trim().length <= 80) return 'arguments';
  // `Arguments:`, `Arguments #`, `Errors (12)`: the decoration is not the meaning.
  const t = withoutDecoration(text.trim()).replace(/:$/, '').trim();
  if (t.length === 0 || t.length > 40) return null;
  for (const [re, kind] of HEADING_MEANINGS) if (re.test(t)) return kind;
  return null;
}

/**
 * `text` without a closing `#`, `¶` or `(12)` and the spaces before it: what
 * `text.replace(/\s*(?:#|¶|\(\d+\))$/, '')` gives, without that regex's rescan of a run of
 * spaces from each of its characters (quadratic in a long run).
 */
export function withoutDecoration(text: string): string {
  let end = text.length;
  const last = text[end - 1];
  if (last === '#' || last === '¶') end--;
  else if (last === ')') {
    let open = end - 2;
    while (open >= 0 && text[open]! >= '0' && text[open]! <= '9') open--;
    if (open === end - 2 || text[open] !== '(') return text;
    end = open;
  } else return text;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Sections whose headings a text rendering may glue to the end of the line before them. */
export const MAJOR_HEADINGS = [
  'Arguments',
  'Usage info',
  'Example responses',
  'Response',
  'Errors',
  'Warnings',
];

/** The roles of table columns, from their header words. */
export type ColumnRole =
  'name' | 'type' | 'required' | 'example' | 'default' | 'description' | 'error' | 'warning';

const COLUMN_WORDS: ReadonlyArray<readonly [RegExp, ColumnRole]> = [
  [/^(argument|parameter|param|name|field|key|option)s?( name)?$/i, 'name'],
  [/^(data )?type$|^format$/i, 'type'],
  [/^(required|optional|required\?|optionality|mandatory)$/i, 'required'],
  [/^(example|sample)s?( values?)?$/i, 'example'],
  [/^default( value)?$/i, 'default'],
  [/^(description|desc|details|notes?|meaning|explanation)$/i, 'description'],
  [/^(error|errors|error code|code)$/i, 'error'],
  [/^(warning|warnings|warning code)$/i, 'warning'],
];

export function columnRole(text: string): ColumnRole | null {
  const t = text.trim();
  for (const [re, role] of COLUMN_WORDS) if (re.test(t)) return role;
  return null;
}

const HEADER_WORD =
  /(Arguments?|Parameters?|Param|Name|Type|Required|Example|Default|Description|Error|Warning)/g;

/**
 * Column roles of a text line that is a table header (`ArgumentTypeDescription`,
 * `Argument Example Required Description`, `Error Description`), or `null` if it is not one.
 */
export function headerLineRoles(line: string): ColumnRole[] | null {
  const t = line.trim();
  if (
    !/^(?:(?:Arguments?|Parameters?|Param|Name|Type|Required\??|Example|Default|Description|Error|Warning)\s*){2,}$/.test(
      t,
    )
  ) {
    return null;
  }
  const roles: ColumnRole[] = [];
  for (const m of t.matchAll(HEADER_WORD)) {
    const role = columnRole(m[0]);
    if (role) roles.push(role);
  }
  return roles.includes('description') || roles.includes('name') ? roles : null;
}
