/** Value sets from prose, exact or not at all: each pattern the docs use, as given/want pairs. */
import { describe, expect, it } from 'vitest';
import { readValueSet, unsureValueSets, type ValueSetReading } from '../../generator/sections/value-set.ts';

const values = (...v: string[]): ValueSetReading => ({ kind: 'values', values: v });

const cases: { says: string; given: string; codes?: string[]; want: ValueSetReading | 'unsure' }[] = [
  {
    says: 'reads quoted values in parentheses after a remark on their order',
    given:
      "Defaults to 'info'. Acceptable values (in order of relative importance from smallest to largest) are ('trace', 'debug', 'info', 'warn', 'error', 'fatal').",
    want: values('trace', 'debug', 'info', 'warn', 'error', 'fatal'),
  },
  {
    says: 'reads code-formatted values joined by commas and "and"',
    given: 'Acceptable values are `events_api`, `workflows`, `functions` and `tables`.',
    want: values('events_api', 'workflows', 'functions', 'tables'),
  },
  {
    says: 'reads only the code-formatted values when each is explained in prose',
    given:
      'Sort direction. Possible values are `asc` for ascending order like (1, 2, 3) or (a, b, c), and `desc` for descending order like (3, 2, 1) or (c, b, a)',
    want: values('asc', 'desc'),
  },
  {
    says: 'reads "accepts either" and leaves the default of the sentence before alone',
    given:
      'Defaults to `client`, unlike `chat.postMessage`. Accepts either `none` or `full`. If you do not specify…',
    want: values('none', 'full'),
  },
  {
    says: 'reads "sorted by either"',
    given: 'Return matches sorted by either `score` or `timestamp`.',
    want: values('score', 'timestamp'),
  },
  {
    says: 'reads a description that is only "Either a or b"',
    given: 'Either `auto` or `away`',
    want: values('auto', 'away'),
  },
  {
    says: 'reads a plain list that is all the rest of the sentence',
    given: 'Sort direction. Default is descending on date_create, can be either ASC or DESC',
    want: values('ASC', 'DESC'),
  },
  {
    says: 'reads the inline code an HTML page marks',
    given: 'Order of the messages. Acceptable values: newest, oldest.',
    codes: ['newest', 'oldest'],
    want: values('newest', 'oldest'),
  },
  {
    says: 'is unsure of a set introduced but given in prose',
    given: 'Possible values are the names of the channels you are in.',
    want: 'unsure',
  },
  {
    says: 'is unsure of a single quoted value',
    given: 'Acceptable values are `public` and others as they are added.',
    want: 'unsure',
  },
  {
    says: 'finds none in a description that introduces no set',
    given: 'The channel to post to.',
    want: { kind: 'none' },
  },
  {
    says: 'takes "either a or b is required" in the middle of prose for no value set',
    given: 'A unique identifier of the view. Either `view_id` or `external_id` is required.',
    want: { kind: 'none' },
  },
];

describe('value sets read from descriptions', () => {
  it.each(cases)('$says', ({ given, codes, want }) => {
    const got = readValueSet(given, codes);
    if (want === 'unsure') expect(got.kind).toBe('unsure');
    else expect(got).toEqual(want);
  });
});

describe('notes on value sets not stated exactly', () => {
  const arg = (name: string, description: string, values: string[] | null = null) => ({
    name,
    type: 'string' as const,
    required: false,
    description,
    example: null,
    default: null,
    enum: values,
  });

  it('names the argument whose set stays a string, and only it', () => {
    const notes = unsureValueSets(
      [
        arg('scope', 'Possible values are the names of the channels you are in.'),
        arg('sort', 'Acceptable values are `score` and `timestamp`.', ['score', 'timestamp']),
        arg('channel', 'The channel.'),
      ],
      'p.html',
      'search.all',
    );
    expect(notes.map((n) => [n.code, n.severity, n.message.includes('`scope`')])).toEqual([
      ['args/values-unsure', 'info', true],
    ]);
  });
});
