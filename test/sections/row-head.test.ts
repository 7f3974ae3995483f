/**
 * The head of an argument row in text (name, type word, marker) in any order, on lines of their
 * own or run together, and rows run together on one line: given/want pairs.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../generator/documents/document.ts';
import { readArgumentLines } from '../../generator/sections/argument-lines.ts';
import { splitDashList } from '../../generator/sections/dash-list.ts';
import { splitGluedName } from '../../generator/sections/glued-split.ts';
import { EMPTY_LEXICON } from '../../generator/sections/lexicon.ts';
import {
  isTypePhrase,
  legacyRowStarts,
  lonePart,
  rowStartsInLine,
} from '../../generator/sections/row-head.ts';

const lines = (texts: string[]): Block[] =>
  texts.map((text) => (text === '' ? { kind: 'blank' } : { kind: 'text', text, codes: [], depth: 0 }));

/** name, type, required, example, default, description */
const rows = (texts: string[]) =>
  readArgumentLines(lines(texts), null, EMPTY_LEXICON).args.map((a) => [
    a.name,
    a.type,
    a.required,
    a.example,
    a.default,
    a.description,
  ]);

describe('type words', () => {
  it.each([
    'string',
    'integer',
    'boolean',
    'object',
    'enum',
    'string[]',
    'strings',
    'integers',
    'array of strings',
    'array<string>',
  ])('reads %s as a type', (t) => expect(isTypePhrase(t)).toBe(true));

  it.each(['channel', 'A string', 'stringify', 'Required'])('does not read %s as one', (t) =>
    expect(isTypePhrase(t)).toBe(false),
  );
});

describe('a line standing alone in a head', () => {
  it.each([
    ['channel', { name: 'channel', type: null, marker: null }],
    ['string', { name: null, type: 'string', marker: null }],
    // A type word that is also a name: which it is, the other lines of the head decide.
    ['token', { name: null, type: 'token', marker: null }],
    ['channelRequired', { name: 'channel', type: null }],
    ['channelstringRequired', { name: 'channel', type: 'string' }],
    ['string Required', { name: null, type: 'string' }],
    ['Optionallimit', { name: 'limit', type: null }],
  ])('%s', (text, want) => expect(lonePart(text)).toMatchObject(want));

  it('reads a marker line with its default', () => {
    expect(lonePart('Optional, default=false')?.marker).toMatchObject({ required: false, default: 'false' });
  });

  it('is nothing for prose', () => {
    expect(lonePart('The channel to post to.')).toBeNull();
  });
});

describe('facts in any order, a line each', () => {
  it.each([
    [['token', 'Required', 'string', 'A token.']],
    [['Required', 'token', 'string', 'A token.']],
    [['string', 'token', 'Required', 'A token.']],
    [['token', 'string', '', 'A token.', 'Required']],
  ])('%j', (given) => {
    expect(rows(given)).toEqual([['token', 'string', true, null, null, 'A token.']]);
  });

  it('reads a type word line as the type, whatever type it is', () => {
    expect(rows(['users', 'array of strings', 'Required', 'User IDs.'])).toEqual([
      ['users', 'array', true, null, null, 'User IDs.'],
    ]);
  });

  it('takes the line after a bare label as its value, whatever it looks like', () => {
    expect(
      rows([
        'limit',
        'integer',
        'Optional. Default: 100',
        'Example',
        '20',
        '',
        'How many.',
        'cursor',
        'string',
        'Optional',
        'Where.',
      ]),
    ).toEqual([
      ['limit', 'integer', false, '20', '100', 'How many.'],
      ['cursor', 'string', false, null, null, 'Where.'],
    ]);
  });
});

describe('facts run together on one line', () => {
  it.each([
    ['tokenRequiredstringA token.'],
    ['tokenstringRequiredA token.'],
    ['Requiredtokenstring A token.'],
    ['token string Required A token.'],
    ['string token Required A token.'],
  ])('%s', (given) => {
    expect(rows([given])).toEqual([['token', 'string', true, null, null, 'A token.']]);
  });

  it('reads a marker with a default glued between name and type', () => {
    expect(rows(['forceOptional, default=falsebooleanWhen set, continue.'])).toEqual([
      ['force', 'boolean', false, null, 'false', 'When set, continue.'],
    ]);
  });

  it('splits rows run together at the next name, giving a label and its value to the row before', () => {
    const line =
      'channelstringRequiredThe channel toExampleC1234usersRequiredstringA list of IDs.ExampleW1,U2';
    expect(rowStartsInLine(line, EMPTY_LEXICON)).toEqual([line.indexOf('users')]);
    expect(rows([line])).toEqual([
      ['channel', 'string', true, 'C1234', null, 'The channel to'],
      ['users', 'string', true, 'W1,U2', null, 'A list of IDs.'],
    ]);
  });

  it('splits rows of the oldest table run together after the sentence that ends a row', () => {
    const line = 'tokenxxxx-xxxxRequiredA token.channelC1234RequiredThe channel.';
    expect(legacyRowStarts(line)).toEqual([line.indexOf('channel')]);
  });
});

describe('words glued across cells', () => {
  it('never starts a name inside a label (no `xample`)', () => {
    expect(splitGluedName('channel.Examplefalsenext_arg', '', EMPTY_LEXICON, true)?.name).not.toMatch(
      /^(xample|ample|mple)/,
    );
    expect(splitGluedName('channel.ExampleC1234next_arg', '', EMPTY_LEXICON, true)).toMatchObject({
      head: 'channel.ExampleC1234',
      name: 'next_arg',
    });
  });
});

describe('list items that bend `name - description ex: example`', () => {
  it('keeps an entry whose description is empty, and the entries after it', () => {
    expect(splitDashList('team_id - ', EMPTY_LEXICON)).toEqual([
      { name: 'team_id', text: '', guessed: false },
    ]);
    expect(
      splitDashList('team_id - user - Who to remind.', EMPTY_LEXICON).map((e) => [e.name, e.text]),
    ).toEqual([
      ['team_id', ''],
      ['user', 'Who to remind.'],
    ]);
  });

  it('keeps ` - ` inside a description: a name after a space is a word of it', () => {
    expect(
      splitDashList('manifest - Use the app manifest schema - read our guide. ex: {}', EMPTY_LEXICON).map(
        (e) => e.name,
      ),
    ).toEqual(['manifest']);
  });

  it('reads one list item as one entry, whatever its text holds', () => {
    expect(
      splitDashList('invalid_manifest - Does not validate.too_many_apps - Too many.', EMPTY_LEXICON, true),
    ).toHaveLength(1);
  });

  it('still splits entries glued together, and the value after `ex: ` from the name after it', () => {
    expect(
      splitDashList(
        'dry_run - Check it, as "validate" does. ex: trueapp_name - The name. ex: My App',
        EMPTY_LEXICON,
      ).map((e) => [e.name, e.text]),
    ).toEqual([
      ['dry_run', 'Check it, as "validate" does. ex: true'],
      ['app_name', 'The name. ex: My App'],
    ]);
  });
});
