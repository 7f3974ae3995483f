/**
 * Layouts no site of LAYOUTS.md uses, read by meaning: a README-style page (Parameter/Required?
 * table with yes/no, errors as a definition list) and a Sphinx page (`name (type, required) –`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../generator/sections/lexicon.ts';
import { readHtmlPage } from '../../generator/sources/html.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), 'utf8');

describe('a README-style page', () => {
  const page = readHtmlPage('users.info.readme.html', fixture('users.info.readme.html'), EMPTY_LEXICON);
  const m = page.methods[0]!;

  it('finds name, description, endpoint, rate limit and labelled scopes in bold-label paragraphs', () => {
    expect(m.name).toBe('users.info');
    expect(m.description).toBe('Gets information about a user.');
    expect(m.http).toEqual({ method: 'GET', url: 'https://slack.com/api/users.info' });
    expect(m.rateLimit).toBe('Tier 4');
    expect(m.scopes).toEqual({ bot: ['users:read'], user: ['users:read', 'users:read.email'] });
  });

  it('reads a Parameter table whose Required? column says yes or no and has a Default column', () => {
    expect(m.args).toEqual([
      { name: 'user', type: 'string', required: true, description: 'User to get info on.', example: null, default: null, enum: null },
      { name: 'include_locale', type: 'boolean', required: false, description: 'Set this to true to receive the locale for this user.', example: null, default: 'false', enum: null },
    ]);
  });

  it('reads errors from a definition list and the response from a code block', () => {
    expect(m.errors?.map((e) => e.code)).toEqual(['user_not_found', 'user_not_visible']);
    expect(m.responses).toHaveLength(1);
    expect(m.responses[0]?.example).toMatchObject({ ok: true, user: { id: 'W012A3CDE' } });
  });
});

describe('a Sphinx page', () => {
  const page = readHtmlPage('Slack.Api.Reminders.sphinx.html', fixture('Slack.Api.Reminders.sphinx.html'), EMPTY_LEXICON);
  const m = page.methods[0]!;

  it('names the method from its section heading', () => {
    expect(page.methods).toHaveLength(1);
    expect(m.name).toBe('reminders.add');
    expect(m.description).toBe('Creates a reminder.');
  });

  it('reads `name (type, required) – description` items', () => {
    expect(m.args?.map((a) => [a.name, a.type, a.required])).toEqual([
      ['text', 'string', true],
      ['time', 'string', true],
      ['recurrence', 'object', false],
      ['user', 'string', false],
    ]);
  });

  it('labels a scope by the token type in parentheses after it', () => {
    expect(m.rateLimit).toBe('Tier 2');
    expect(m.scopes).toEqual({ bot: [], user: ['reminders:write'] });
  });

  it('reads an en-dash error list', () => {
    expect(m.errors?.map((e) => [e.code, e.description])).toEqual([
      ['cannot_parse', 'The phrasing of the timing for this reminder is unclear.'],
      ['user_not_found', 'The user could not be found.'],
    ]);
  });
});
