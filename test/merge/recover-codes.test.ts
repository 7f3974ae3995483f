import { describe, expect, it } from 'vitest';
import { catalogDescriptions, recoverCode, similarity } from '../../generator/merge/recover-codes.ts';

describe('recovering a code from its description', () => {
  const catalog = catalogDescriptions();

  it('matches an older wording the catalog knows', () => {
    expect(
      recoverCode(
        'The method was passed a PHP-style array argument (e.g. with a name like foo[7]). These are never valid with the Slack API.',
        'error',
        catalog,
      ),
    ).toMatchObject({ code: 'invalid_array_arg', from: 'catalog' });
  });

  it('tolerates a small difference in wording', () => {
    const r = recoverCode(
      'The method was called via a POST request, but the specified Content-Type was invalid. Valid types are: text/plain.',
      'error',
      catalog,
    );
    expect(r?.code).toBe('invalid_post_type');
  });

  it('refuses when two codes match almost equally', () => {
    const known = [
      {
        code: 'a_one',
        kind: 'error' as const,
        description: 'Value passed for channel was invalid.',
        from: 'other-page' as const,
      },
      {
        code: 'a_two',
        kind: 'error' as const,
        description: 'Value passed for channel was invalid!',
        from: 'other-page' as const,
      },
    ];
    expect(recoverCode('Value passed for channel was invalid.', 'error', known)).toBeNull();
  });

  it('refuses a description that matches nothing', () => {
    expect(recoverCode('The moon is made of cheese.', 'error', catalog)).toBeNull();
  });

  it('does not take a warning for an error', () => {
    expect(
      recoverCode(catalog.find((k) => k.code === 'missing_charset')!.description, 'error', catalog),
    ).toBeNull();
  });

  it('measures similarity on words, ignoring case and code marks', () => {
    expect(similarity('Value passed for `code` was invalid.', 'value passed for code was invalid')).toBe(1);
  });
});
