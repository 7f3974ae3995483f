import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentions, splitGluedName, respaceKnownNames } from '../../generator/sections/glued-split.ts';
import { EMPTY_LEXICON, lexiconOf } from '../../generator/sections/lexicon.ts';

describe('splitting a value glued to the name after it', () => {
  it('splits where a digit meets a name', () => {
    expect(splitGluedName('2141029472.691202649728client_secret', '', EMPTY_LEXICON, true)).toEqual({
      head: '2141029472.691202649728',
      name: 'client_secret',
      guessed: false,
    });
  });

  it('prefers the name the description mentions', () => {
    expect(splitGluedName('e1b9e8ccode', 'The code param returned', EMPTY_LEXICON, true)?.name).toBe('code');
    expect(
      splitGluedName('authorization_coderefresh_token', 'The refresh_token param', EMPTY_LEXICON, true)?.name,
    ).toBe('refresh_token');
  });

  it('prefers a name the lexicon knows', () => {
    const lexicon = lexiconOf(['oauth_authorization_url_mismatch']);
    expect(splitGluedName('supportedoauth_authorization_url_mismatch', '', lexicon, true)?.head).toBe(
      'supported',
    );
  });

  it('never cuts a snake_case name after an underscore', () => {
    expect(
      splitGluedName('request.cannot_install_an_org_installed_app', 'the app cannot', EMPTY_LEXICON, true)
        ?.name,
    ).toBe('cannot_install_an_org_installed_app');
  });

  it('says when only the shape of the text decided', () => {
    expect(splitGluedName('9zqxw_vprt', '', EMPTY_LEXICON, true)).toEqual({
      head: '9',
      name: 'zqxw_vprt',
      guessed: true,
    });
  });

  it('takes a lone identifier whole where nothing is glued before it', () => {
    expect(splitGluedName('client_id', '', EMPTY_LEXICON, false)).toEqual({
      head: '',
      name: 'client_id',
      guessed: false,
    });
  });
});

describe('putting back spaces around known names', () => {
  it('separates a snake_case name from the words glued to it', () => {
    expect(
      respaceKnownNames(
        'avoid sendingclient_idandclient_secretas parameters',
        lexiconOf(['client_id', 'client_secret']),
      ),
    ).toBe('avoid sending client_id and client_secret as parameters');
  });
});

describe('putting back spaces in one pass over the text', () => {
  /** The algorithm as it was: every known name tried against the whole text, longest first. */
  function respaceEachName(text: string, names: readonly string[]): string {
    let out = text;
    for (const name of [...names].filter((n) => n.includes('_')).sort((a, b) => b.length - a.length)) {
      if (!out.includes(name) || mentions(out, name)) continue;
      out = out.replace(
        new RegExp(`([A-Za-z])?${name}([A-Za-z])?`, 'g'),
        (_m, b?: string, a?: string) => `${b ? `${b} ` : ''}${name}${a ? ` ${a}` : ''}`,
      );
    }
    return out;
  }
  const NAMES = ['a_b', 'b_c', 'a_b_c', 'ab_c', 'c_d', 'x_a_b', 'b_cd', 'id_x'];
  const PIECES = ['a', 'b', 'c', 'd', 'x', 'id', '_', ' ', '.', 'Z', 'a_b', 'b_c', 'c_d', '1'];

  it('gives what trying every known name against the whole text gives', () => {
    const names = fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 6 });
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(names, text, (known, t) => {
        expect(respaceKnownNames(t, lexiconOf(known))).toBe(respaceEachName(t, known));
      }),
      { numRuns: 30_000 },
    );
  });

  it('leaves a run longer than any glued words alone', () => {
    const run = `x${'a_b'.repeat(10_000)}y`;
    expect(respaceKnownNames(`see ${run} and xa_by`, lexiconOf(['a_b']))).toBe(`see ${run} and x a_b y`);
  });
});
