/**
 * Names in generated code, by rule: declaration prefixes and function names from method names,
 * enum members from error codes, property names quoted when they must be, nested interface names.
 */
import { describe, expect, it } from 'vitest';
import {
  enumMemberName,
  functionName,
  nestedTypeName,
  propertyName,
  typePrefix,
  uniqueEnumMembers,
} from '../../generator/resolve/names.ts';

describe('the declaration prefix of a method name', () => {
  const cases: { says: string; given: string; want: string }[] = [
    { says: 'capitalises each segment', given: 'chat.postMessage', want: 'ChatPostMessage' },
    { says: 'keeps the digits of a version segment', given: 'oauth.v2.access', want: 'OauthV2Access' },
    {
      says: 'keeps an upper-case run as written',
      given: 'users.getPresenceXML',
      want: 'UsersGetPresenceXML',
    },
    { says: 'joins words split by a hyphen', given: 'chat.post-message', want: 'ChatPostMessage' },
    { says: 'joins words split by an underscore', given: 'chat.post_message', want: 'ChatPostMessage' },
    { says: 'skips an empty segment', given: 'a..b', want: 'AB' },
    { says: 'puts M before a leading digit', given: '2fa.check', want: 'M2faCheck' },
    { says: 'drops letters outside ASCII', given: 'café.list', want: 'CafList' },
    { says: 'drops a segment with no ASCII letter or digit', given: '日本.list', want: 'List' },
    { says: 'is M for a name with nothing to keep', given: '', want: 'M' },
  ];
  for (const { says, given, want } of cases)
    it(`${says}: ${given} → ${want}`, () => expect(typePrefix(given)).toBe(want));
});

describe('the name of a standalone method function', () => {
  const cases: { says: string; given: string; want: string }[] = [
    { says: 'is the prefix in camelCase', given: 'chat.postMessage', want: 'chatPostMessage' },
    { says: 'keeps a version segment', given: 'oauth.v2.access', want: 'oauthV2Access' },
    { says: 'adds Method to a reserved word', given: 'delete', want: 'deleteMethod' },
    { says: 'adds Method to a keyword of modules', given: 'import', want: 'importMethod' },
    { says: 'adds Method to a contextual keyword', given: 'type', want: 'typeMethod' },
    { says: 'adds Method to constructor', given: 'constructor', want: 'constructorMethod' },
    { says: 'lowers the M put before a leading digit', given: '2fa.check', want: 'm2faCheck' },
    { says: 'is m for a name with nothing to keep', given: '日本', want: 'm' },
  ];
  for (const { says, given, want } of cases)
    it(`${says}: ${given} → ${want}`, () => expect(functionName(given)).toBe(want));
});

describe('the enum member of an error code', () => {
  const cases: { says: string; given: string; want: string }[] = [
    { says: 'is the snake_case code in PascalCase', given: 'invalid_code', want: 'InvalidCode' },
    {
      says: 'lowers an upper-case code before capitalising',
      given: 'ALREADY_IN_CHANNEL',
      want: 'AlreadyInChannel',
    },
    { says: 'splits a camelCase code into words', given: 'invalidArgName', want: 'InvalidArgName' },
    {
      says: 'joins words split by hyphens, dots or spaces',
      given: 'rate-limited.error 500',
      want: 'RateLimitedError500',
    },
    { says: 'puts an underscore before a leading digit', given: '2fa_required', want: '_2faRequired' },
    { says: 'drops a leading underscore', given: '_leading', want: 'Leading' },
    { says: 'keeps a reserved word, capitalised', given: 'class', want: 'Class' },
    { says: 'drops letters outside ASCII', given: 'café_closed', want: 'CafClosed' },
    { says: 'is _ for a code with no ASCII letter or digit', given: '日本', want: '_' },
    { says: 'is _ for a code of separators only', given: '___', want: '_' },
    { says: 'is _ for the empty code', given: '', want: '_' },
  ];
  for (const { says, given, want } of cases)
    it(`${says}: ${JSON.stringify(given)} → ${want}`, () => expect(enumMemberName(given)).toBe(want));
});

describe('the enum members of a method’s codes', () => {
  const cases: { says: string; given: string[]; want: [string, string][] }[] = [
    {
      says: 'names each code by rule when no two collide',
      given: ['invalid_code', 'not_authed'],
      want: [
        ['invalid_code', 'InvalidCode'],
        ['not_authed', 'NotAuthed'],
      ],
    },
    {
      says: 'numbers the codes that collapse to a name already taken, from 2, in order',
      given: ['invalid_code', 'invalid-code', 'INVALID_CODE'],
      want: [
        ['invalid_code', 'InvalidCode'],
        ['invalid-code', 'InvalidCode_2'],
        ['INVALID_CODE', 'InvalidCode_3'],
      ],
    },
    {
      says: 'numbers codes that both have no name to keep',
      given: ['', '日本'],
      want: [
        ['', '_'],
        ['日本', '__2'],
      ],
    },
    { says: 'is empty for no codes', given: [], want: [] },
  ];
  for (const { says, given, want } of cases)
    it(says, () => expect([...uniqueEnumMembers(given)]).toEqual(want));
});

describe('a property name as written in code', () => {
  const cases: { says: string; given: string; want: string }[] = [
    { says: 'is bare when it is an identifier', given: 'channel', want: 'channel' },
    { says: 'is bare with a leading underscore', given: '_private', want: '_private' },
    { says: 'is bare with a dollar sign', given: '$ref', want: '$ref' },
    { says: 'is bare for a reserved word, which a property may be', given: 'class', want: 'class' },
    { says: 'is quoted with a space', given: 'user id', want: '"user id"' },
    { says: 'is quoted with a hyphen', given: 'odd-name', want: '"odd-name"' },
    { says: 'is quoted with a leading digit', given: '2fa', want: '"2fa"' },
    { says: 'is quoted with letters outside ASCII', given: 'café', want: '"café"' },
    { says: 'is quoted, its quote escaped', given: 'say "hi"', want: '"say \\"hi\\""' },
    { says: 'is quoted, its line break escaped', given: 'two\nlines', want: '"two\\nlines"' },
    { says: 'is quoted when empty', given: '', want: '""' },
  ];
  for (const { says, given, want } of cases)
    it(`${says}: ${JSON.stringify(given)} → ${want}`, () => expect(propertyName(given)).toBe(want));
});

describe('the name of a nested interface', () => {
  const cases: { says: string; given: { parent: string; key: string; element?: boolean }; want: string }[] = [
    { says: 'appends the key in PascalCase', given: { parent: 'X', key: 'message' }, want: 'XMessage' },
    { says: 'joins snake_case words', given: { parent: 'X', key: 'authed_user' }, want: 'XAuthedUser' },
    { says: 'joins words split by a hyphen', given: { parent: 'X', key: 'user-id' }, want: 'XUserId' },
    {
      says: 'lowers an upper-case run after splitting camelCase',
      given: { parent: 'X', key: 'userID' },
      want: 'XUserId',
    },
    {
      says: 'keeps a reserved word, which the prefix makes safe',
      given: { parent: 'X', key: 'class' },
      want: 'XClass',
    },
    { says: 'puts an underscore before a leading digit', given: { parent: 'X', key: '2fa' }, want: 'X_2fa' },
    { says: 'drops letters outside ASCII', given: { parent: 'X', key: 'café' }, want: 'XCaf' },
    {
      says: 'is Field for a key with no ASCII letter or digit',
      given: { parent: 'X', key: '日本' },
      want: 'XField',
    },
    { says: 'is Field for the empty key', given: { parent: 'X', key: '' }, want: 'XField' },
    {
      says: 'drops the s of a plural for an array element',
      given: { parent: 'X', key: 'permissions', element: true },
      want: 'XPermission',
    },
    {
      says: 'turns -ies into -y for an array element',
      given: { parent: 'X', key: 'categories', element: true },
      want: 'XCategory',
    },
    {
      says: 'drops the -es of a plural after a sibilant for an array element',
      given: { parent: 'X', key: 'matches', element: true },
      want: 'XMatch',
    },
    {
      says: 'drops the -es of a plural of a word in -us for an array element',
      given: { parent: 'X', key: 'statuses', element: true },
      want: 'XStatus',
    },
    {
      says: 'drops only the s of a plural whose singular ends in e',
      given: { parent: 'X', key: 'caches', element: true },
      want: 'XCache',
    },
    {
      says: 'keeps -us for an array element',
      given: { parent: 'X', key: 'status', element: true },
      want: 'XStatus',
    },
    {
      says: 'keeps -ss for an array element',
      given: { parent: 'X', key: 'address', element: true },
      want: 'XAddress',
    },
    {
      says: 'adds Item to an element of a key that is not plural',
      given: { parent: 'X', key: 'data', element: true },
      want: 'XDataItem',
    },
    {
      says: 'adds Item to an element of a nameless key',
      given: { parent: 'X', key: '', element: true },
      want: 'XFieldItem',
    },
    {
      says: 'says a word the parent ends with and the key starts with once',
      given: { parent: 'ChatPostMessageResponse', key: 'response_metadata', element: false },
      want: 'ChatPostMessageResponseMetadata',
    },
    {
      says: 'says two words the parent ends with and the key starts with once',
      given: { parent: 'XAuthedUser', key: 'authed_user_team', element: false },
      want: 'XAuthedUserTeam',
    },
    {
      says: 'keeps a key that is only the word the parent ends with',
      given: { parent: 'ChatPostMessageResponse', key: 'response', element: false },
      want: 'ChatPostMessageResponseResponse',
    },
    {
      says: 'does not take part of a word for a repeated word',
      given: { parent: 'XResponse', key: 'responses_count', element: false },
      want: 'XResponseResponsesCount',
    },
  ];
  for (const { says, given, want } of cases) {
    it(`${says}: ${JSON.stringify(given.key)} → ${want}`, () =>
      expect(nestedTypeName(given.parent, given.key, given.element)).toBe(want));
  }
});
