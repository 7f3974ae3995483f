import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchGluedRow, matchLegacyRow } from '../../generator/sections/row-match.ts';

/** The patterns the matchers stand for, as the argument reader wrote them before. */
const GLUED_ROW = new RegExp(
  '^(.*?)([A-Za-z0-9_.:/\\-]*[a-z0-9_])(\\s*)(string|integer|number|boolean|array|object|float|int|bool|enum|token|timestamp)(\\[\\])?' +
    '(?=\\s*(?:Required|Optional|yes|no|Yes|No)|\\s*$|[A-Z(`"]|\\s+[A-Z(`"])\\s*(Required|Optional)?(.*)$',
);
const LEGACY_ROW = /^([a-z][a-z0-9_]*)(\s*)(.*?)\s*(Required|Optional)(?![a-z])(.*)$/;

const PIECES = [
  'a',
  'b',
  'z',
  '_',
  '1',
  '.',
  ':',
  '/',
  '-',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u2028',
  'X',
  'Ab',
  '(',
  '`',
  '"',
  'x',
  'string',
  'stringx',
  'int',
  'integer',
  'bool',
  'boolean',
  'token',
  '[]',
  '[',
  'Required',
  'Optional',
  'Requiredx',
  'no',
  'yes',
  'No',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

const asArray = (m: RegExpExecArray | null) => (m ? [...m] : null);

describe('argument rows matched without backtracking', () => {
  it('match a glued row exactly as the row pattern does', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(matchGluedRow(text)).toEqual(asArray(GLUED_ROW.exec(text)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('match a row of the oldest table exactly as its pattern does', () => {
    const legacy = fc.tuple(fc.constantFrom('a', 'ab_1', 'x'), line).map(([name, rest]) => name + rest);
    fc.assert(
      fc.property(legacy, (text) => {
        expect(matchLegacyRow(text)).toEqual(asArray(LEGACY_ROW.exec(text)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('read the rows of real pages', () => {
    expect(
      matchGluedRow(
        '2141029472.691202649728client_secretstringOptionalIssued when you created your application.',
      ),
    ).toEqual([
      '2141029472.691202649728client_secretstringOptionalIssued when you created your application.',
      '',
      '2141029472.691202649728client_secret',
      '',
      'string',
      undefined,
      'Optional',
      'Issued when you created your application.',
    ]);
    expect(matchLegacyRow('token xxxx-xxxxxxxxx-xxxx Required Authentication token.')?.slice(1)).toEqual([
      'token',
      ' ',
      'xxxx-xxxxxxxxx-xxxx',
      'Required',
      ' Authentication token.',
    ]);
  });

  it('take one pass over a long run of name characters', () => {
    const run = `${'a'.repeat(200_000)}stringx`;
    expect(matchGluedRow(run)).toBeNull();
    expect(matchLegacyRow(`a${' '.repeat(200_000)}x\u2028`)).toBeNull();
  });
});
