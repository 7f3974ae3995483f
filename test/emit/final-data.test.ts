/**
 * JSON data printed as prettier prints it (generator/emit/final-data.ts): a table of layouts, and
 * random data held to prettier's own output wherever the printer answers.
 */
import fc from 'fast-check';
import { format, util } from 'prettier';
import { describe, expect, it } from 'vitest';
import { dataLines, knownWidth } from '../../generator/emit/final-data.ts';

const PRETTIER = { singleQuote: true, printWidth: 110, trailingComma: 'all', parser: 'typescript' } as const;

/** A value as the test double's table holds it: a row under `methods`, at its depth in the file. */
function inTable(rows: string[]): string {
  return ['export const TABLE = {', '  methods: {', ...rows, '  },', '};', ''].join('\n');
}

const long = 'x'.repeat(100);

describe('printing JSON data in its final form', () => {
  const cases: { given: unknown; want: string[] }[] = [
    { given: { a: 1, 'b-b': 2, '1': 3 }, want: ["    'm.x': { '1': 3, a: 1, 'b-b': 2 },"] },
    {
      given: { s: "it's", t: 'say "hi"', u: `both ' and ""` },
      want: [`    'm.x': { s: "it's", t: 'say "hi"', u: 'both \\' and ""' },`],
    },
    { given: { n: 1e21, m: -0.5 }, want: ["    'm.x': { n: 1e21, m: -0.5 },"] },
    {
      given: {
        k: [
          { a: 1, b: 2 },
          { a: 3, b: 4 },
        ],
      },
      want: [
        "    'm.x': {",
        '      k: [',
        '        { a: 1, b: 2 },',
        '        { a: 3, b: 4 },',
        '      ],',
        '    },',
      ],
    },
    { given: { k: [{ a: 1 }, { a: 3 }] }, want: ["    'm.x': { k: [{ a: 1 }, { a: 3 }] },"] },
    { given: { k: {}, j: [] }, want: ["    'm.x': { k: {}, j: [] },"] },
    {
      given: { k: Array.from({ length: 34 }, (_, i) => i + 1) },
      want: [
        "    'm.x': {",
        '      k: [',
        `        ${Array.from({ length: 28 }, (_, i) => `${i + 1},`).join(' ')}`,
        '        29, 30, 31, 32, 33, 34,',
        '      ],',
        '    },',
      ],
    },
    { given: { text: long }, want: ["    'm.x': {", `      text: '${long}',`, '    },'] },
    { given: { title: long }, want: ["    'm.x': {", '      title:', `        '${long}',`, '    },'] },
    { given: JSON.parse('{"__proto__":1}') as unknown, want: ["    'm.x': { '__proto__': 1 },"] },
  ];
  for (const { given, want } of cases)
    it(`lays out ${JSON.stringify(given).slice(0, 60)}`, async () => {
      const lines = dataLines(given, '    ', "'m.x': ", ',');
      expect(lines).toEqual(want);
      // `__proto__` keeps its quotes against prettier, which would drop them and lose the key.
      if (!JSON.stringify(given).includes('__proto__'))
        expect(await format(inTable(lines!), PRETTIER)).toBe(inTable(lines!));
    });

  it('leaves to prettier what it cannot be sure of: a non-ASCII key, a width set by an emoji sequence', () => {
    expect(dataLines({ déjà: 1 }, '    ', "'m.x': ", ',')).toBeNull();
    expect(dataLines({ text: `${'👨‍👩‍👧'.repeat(30)}${'x'.repeat(40)}` }, '    ', "'m.x': ", ',')).toBeNull();
  });

  const widths: { given: string; want: number | null }[] = [
    { given: 'naïve – café', want: 12 },
    { given: '中文', want: 4 },
    { given: 'x🎉y', want: 4 },
    { given: '⚽️ and ☄️', want: 9 },
    { given: '☄', want: null },
    { given: '👍🏽', want: null },
    { given: '🇫🇷', want: null },
  ];
  for (const { given, want } of widths)
    it(`measures ${JSON.stringify(given)} as ${want ?? 'unknown'}, as prettier does where it knows`, () => {
      expect(knownWidth(given)).toBe(want);
      if (want !== null) expect(util.getStringWidth(given)).toBe(want);
    });

  it('never measures a random text other than prettier does', () => {
    let measured = 0;
    const pieces = fc.constantFrom(
      'a',
      ' ',
      'é',
      '–',
      '中',
      'ア',
      '한',
      '🎉',
      '🫂',
      '⚽',
      '⚽️',
      '☄',
      '☄️',
      '©',
      '👍🏽',
      '🇫🇷',
      '\u0301',
      '\u200d',
      '\ufe0f',
      'ß',
      'Ω',
      'ж',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const known = knownWidth(text);
        if (known !== null) measured++;
        return known === null || known === util.getStringWidth(text);
      }),
      { numRuns: 2000, seed: 20261206 },
    );
    expect(measured).toBeGreaterThan(200);
  });

  it('gives what prettier gives for random data, measured as prettier measures', async () => {
    const key = fc.oneof(
      fc.constantFrom(
        'ok',
        'id',
        'name',
        'channel',
        'is_member',
        'response_metadata',
        'b-b',
        '1',
        '$x',
        'x y',
      ),
      fc.string({ minLength: 1, maxLength: 12 }),
    );
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(long, "it's", '"quoted"', `'"'`, 'naïve – café 🎉', '中文字符', '\\back\nslash'),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
      leaf: fc.oneof(
        text,
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
      ),
      array: fc.oneof(
        fc.array(tie('tree'), { maxLength: 6 }),
        fc.array(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), {
          maxLength: 40,
        }),
      ),
      object: fc.dictionary(key, tie('tree'), { maxKeys: 6 }),
    }));
    let printed = 0;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, tree, { maxKeys: 8 }), async (facts) => {
        // Measured as the generator measures first (knownWidth), and as prettier does (the retry).
        const lines =
          dataLines(facts, '    ', "'chat.postMessage': ", ',') ??
          dataLines(facts, '    ', "'chat.postMessage': ", ',', util.getStringWidth);
        if (lines === null || JSON.stringify(facts).includes('__proto__')) return;
        printed++;
        expect(await format(inTable(lines), PRETTIER)).toBe(inTable(lines));
      }),
      {
        numRuns: Number(process.env['DATA_RUNS'] ?? 300),
        seed: Number(process.env['DATA_SEED'] ?? 20261206),
      },
    );
    // The printer answers for most data, not only the easy cases.
    expect(printed).toBeGreaterThan(200);
  }, 60_000);
});
