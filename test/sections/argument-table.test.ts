/** Argument tables of each layout, as given/want pairs: header roles found by their words, rows read by them. */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../generator/documents/document.ts';
import { readArgumentTable, tableShape } from '../../generator/sections/argument-table.ts';

const cell = (text: string, codes: string[] = []): Cell => ({ text, lines: text.split('\n'), codes });
const row = (...texts: string[]): Cell[] => texts.map((t) => cell(t));

const cases = [
  {
    layout: 'a type column and an optionality column',
    given: [
      row('Argument', 'Type', 'Required', 'Description'),
      row('channel', 'string', 'Required', 'The channel.'),
    ],
    want: [
      {
        name: 'channel',
        type: 'string',
        required: true,
        example: null,
        default: null,
        description: 'The channel.',
      },
    ],
  },
  {
    layout: 'the oldest table: example and optionality with a default',
    given: [
      row('Argument', 'Example', 'Required', 'Description'),
      row('count', '20', 'Optional, default=100', 'Number of items to return.'),
    ],
    want: [
      {
        name: 'count',
        type: null,
        required: false,
        example: '20',
        default: '100',
        description: 'Number of items to return.',
      },
    ],
  },
  {
    layout: 'optionality as a badge beside the name, example and default as labels in the description',
    given: [
      row('Name', 'Type', 'Description'),
      [cell('limit Optional', ['limit']), cell('integer'), cell('How many.\nExample: 20\nDefault: 100')],
    ],
    want: [
      {
        name: 'limit',
        type: 'integer',
        required: false,
        example: '20',
        default: '100',
        description: 'How many.',
      },
    ],
  },
];

describe('argument tables', () => {
  it.each(cases)('reads $layout', ({ given, want }) => {
    const shape = tableShape(given);
    expect(shape?.header).toBe(0);
    const args = readArgumentTable(given, shape!, null);
    expect(
      args.map(({ name, type, required, example, default: d, description }) => ({
        name,
        type,
        required,
        example,
        default: d,
        description,
      })),
    ).toEqual(want);
  });

  it('finds no header in a table of values (a table that is no argument table)', () => {
    expect(tableShape([row('a', 'b'), row('c', 'd')])).toBeNull();
  });

  it('types a row by the page default when no column states optionality', () => {
    const given = [row('Argument', 'Type'), row('user', 'string')];
    expect(readArgumentTable(given, tableShape(given)!, true).map((a) => a.required)).toEqual([true]);
  });
});
