/** Each style of argument row a page may use outside a table, as given/want pairs. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../generator/documents/document.ts';
import { readArgumentLines } from '../../generator/sections/argument-lines.ts';
import { EMPTY_LEXICON } from '../../generator/sections/lexicon.ts';

const line = (text: string): Block => ({ kind: 'text', text, codes: [], depth: 0 });

type Want = {
  name: string;
  type: string | null;
  required: boolean | null;
  example?: string;
  default?: string;
  description: string;
};

const cases: { style: string; given: string[]; want: Want[] }[] = [
  {
    style: 'cells run together, each row starting with the previous example',
    given: [
      'client_idstringRequiredIssued when you created your app.',
      '4b39e9-752c4client_secretstringOptionalIssued when you created your app.',
    ],
    want: [
      {
        name: 'client_id',
        type: 'string',
        required: true,
        example: '4b39e9-752c4',
        description: 'Issued when you created your app.',
      },
      {
        name: 'client_secret',
        type: 'string',
        required: false,
        description: 'Issued when you created your app.',
      },
    ],
  },
  {
    style: 'one cell a line (name, type, optionality, description stacked)',
    given: [
      'channel',
      'string',
      'Required',
      'Channel to send to.',
      'limit',
      'integer',
      'Optional',
      'How many.',
    ],
    want: [
      { name: 'channel', type: 'string', required: true, description: 'Channel to send to.' },
      { name: 'limit', type: 'integer', required: false, description: 'How many.' },
    ],
  },
  {
    style: 'cells separated by tabs under a header line',
    given: [
      'Argument\tType\tRequired\tDescription',
      'channel\tstring\tRequired\tThe channel.',
      'limit\tinteger\tOptional\tHow many.',
    ],
    want: [
      { name: 'channel', type: 'string', required: true, description: 'The channel.' },
      { name: 'limit', type: 'integer', required: false, description: 'How many.' },
    ],
  },
  {
    style: 'the oldest table as text (name, example, optionality with a default)',
    given: [
      'Argument Example Required Description',
      'token xxxx-xxxxxxxxx-xxxx Required Authentication token.',
      'count 20 Optional, default=100 Number of items to return per page.',
    ],
    want: [
      {
        name: 'token',
        type: null,
        required: true,
        example: 'xxxx-xxxxxxxxx-xxxx',
        description: 'Authentication token.',
      },
      {
        name: 'count',
        type: null,
        required: false,
        example: '20',
        default: '100',
        description: 'Number of items to return per page.',
      },
    ],
  },
  {
    style: 'a dash list (name - description), optionality unstated',
    given: ['channel - The channel to post to.', 'text - The message text.'],
    want: [
      { name: 'channel', type: null, required: null, description: 'The channel to post to.' },
      { name: 'text', type: null, required: null, description: 'The message text.' },
    ],
  },
  {
    style: 'type and optionality in parentheses',
    given: [
      'channel (string, required) - The channel to post to.',
      'limit (integer, optional): How many to return.',
    ],
    want: [
      { name: 'channel', type: 'string', required: true, description: 'The channel to post to.' },
      { name: 'limit', type: 'integer', required: false, description: 'How many to return.' },
    ],
  },
];

describe('argument rows outside tables', () => {
  it.each(cases)('reads $style', ({ given, want }) => {
    const { args } = readArgumentLines(given.map(line), null, EMPTY_LEXICON);
    expect(
      args.map((a) => ({
        name: a.name,
        type: a.type,
        required: a.required,
        ...(a.example === null ? {} : { example: a.example }),
        ...(a.default === null ? {} : { default: a.default }),
        description: a.description,
      })),
    ).toEqual(want);
  });

  it('keeps lines that are no argument as prose of the section', () => {
    const { args, prose } = readArgumentLines(
      ['Arguments may also be sent as JSON.', 'channel', 'string', 'Required', 'The channel.'].map(line),
      null,
      EMPTY_LEXICON,
    );
    expect(args.map((a) => a.name)).toEqual(['channel']);
    expect(prose.join(' ')).toContain('sent as JSON');
  });
});
