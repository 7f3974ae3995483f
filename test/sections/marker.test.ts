/** Requiredness markers with what they carry beyond the word, as given/want pairs. */
import { describe, expect, it } from 'vitest';
import { readOptionality } from '../../generator/sections/argument-details.ts';
import { groupsOfMarks, readMarkerAt, readWholeMarker } from '../../generator/sections/marker.ts';

const read = (text: string) => {
  const m = readMarkerAt(text, 0);
  return (
    m && {
      required: m.required,
      default: m.default,
      condition: m.condition,
      oneOf: m.oneOf,
      rest: text.slice(m.length),
    }
  );
};

describe('a requiredness marker', () => {
  it.each([
    ['Required', true, null],
    ['Optional', false, null],
    ['Optional, default=false', false, 'false'],
    ['Optional, default: 20', false, '20'],
    ['Optional. Default: 20', false, '20'],
    ['Optional (default: 0)', false, '0'],
    ['Optional Default: true', false, 'true'],
    ['Optional, defaults to 100.', false, '100'],
    ['Optional, default=now', false, 'now'],
    ['Optional, default="all"', false, 'all'],
  ])('%s: required %s, default %s', (text, required, def) => {
    expect(readWholeMarker(text)).toMatchObject({ required, default: def, condition: null, oneOf: null });
  });

  it('reads `Required (one of …)` as one of a group, not required by itself', () => {
    expect(read('Required (one of text, blocks, attachments)')).toEqual({
      required: false,
      default: null,
      condition: null,
      oneOf: { kind: 'at-least-one-of', names: ['text', 'blocks', 'attachments'] },
      rest: '',
    });
    expect(read('Required (exactly one of: `view`, `blocks`)')?.oneOf).toEqual({
      kind: 'one-of',
      names: ['view', 'blocks'],
    });
  });

  it('reads `Required if …` as optional, the condition kept', () => {
    expect(read('Required if the token is org-level')).toMatchObject({
      required: false,
      condition: 'if the token is org-level',
      rest: '',
    });
    expect(read('Required (when as_user is false)')).toMatchObject({
      condition: 'when as_user is false',
      rest: '',
    });
  });

  it('ends a default or a condition where a type word or a sentence is glued to it', () => {
    expect(read('Optional, default=falsebooleanSet to true to…')).toMatchObject({
      default: 'false',
      rest: 'booleanSet to true to…',
    });
    expect(read('Optional. Default: 100How many at once.')).toMatchObject({
      default: '100',
      rest: 'How many at once.',
    });
    expect(read('Required if the token is org-levelThe workspace.')).toMatchObject({
      condition: 'if the token is org-level',
      rest: 'The workspace.',
    });
    expect(read('Required if org-levelstringThe workspace.')).toMatchObject({ rest: 'stringThe workspace.' });
    expect(read('Optional, default=falsebooleaninclude_locale')).toMatchObject({ default: 'false' });
  });

  it('is a word of its own: not `Requirements`, `Optionally`; a type word may be glued to it', () => {
    expect(readMarkerAt('Requirements', 0)).toBeNull();
    expect(readMarkerAt('Optionally, pass…', 0)).toBeNull();
    expect(read('Requiredstring')).toMatchObject({ required: true, rest: 'string' });
    // A name glued after it only where the caller says a name may follow (the start of a row).
    expect(readMarkerAt('Requiredchannel', 0)).toBeNull();
    expect(readMarkerAt('Requiredchannel', 0, true)?.length).toBe(8);
  });

  it('does not read "Defaults to …" after the word as its default', () => {
    expect(read('Optional Defaults to the caller.')).toMatchObject({
      default: null,
      rest: ' Defaults to the caller.',
    });
  });

  it('reads requiredness cells the same way, and yes/no and ticks as before', () => {
    expect(readOptionality('Optional, default=0')).toMatchObject({ required: false, default: '0' });
    expect(readOptionality('Optional Default: 100')).toMatchObject({ required: false, default: '100' });
    expect(readOptionality('Required if the client shows unread counts')).toMatchObject({ required: false });
    expect(readOptionality('yes').required).toBe(true);
    expect(readOptionality('✓').required).toBe(true);
    expect(readOptionality('no').required).toBe(false);
    expect(readOptionality('sometimes').required).toBeNull();
  });
});

describe('groups from markers', () => {
  const oneOf = (names: string[]) => ({ kind: 'at-least-one-of' as const, names });

  it('makes the group the markers name, when all are arguments', () => {
    const marks = ['text', 'blocks'].map((arg) => ({
      arg,
      condition: null,
      oneOf: oneOf(['text', 'blocks']),
    }));
    expect(groupsOfMarks(marks, new Set(['text', 'blocks', 'channel']))).toEqual({
      groups: [{ kind: 'at-least-one-of', args: ['text', 'blocks'] }],
      unread: [],
    });
  });

  it('groups the arguments of a section marked alike where the markers name none', () => {
    const marks = ['a_one', 'a_two'].map((arg) => ({
      arg,
      condition: null,
      oneOf: oneOf([]),
      section: 'Arguments',
    }));
    expect(groupsOfMarks(marks, new Set(['a_one', 'a_two'])).groups).toEqual([
      { kind: 'at-least-one-of', args: ['a_one', 'a_two'] },
    ]);
  });

  it('makes no group of names that are not arguments, and says so', () => {
    const mark = { arg: 'text', condition: null, oneOf: oneOf(['text', 'message']) };
    expect(groupsOfMarks([mark], new Set(['text']))).toEqual({ groups: [], unread: [mark] });
  });
});
