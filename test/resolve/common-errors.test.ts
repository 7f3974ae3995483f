import { describe, expect, it } from 'vitest';
import { commonErrors } from '../../generator/resolve/common-errors.ts';

describe("Slack's common errors as the package declares them", () => {
  const codes = commonErrors().map((e) => e.code);

  it('hold the errors every method may answer with', () => {
    expect(codes).toEqual(
      expect.arrayContaining(['invalid_auth', 'account_inactive', 'ratelimited', 'missing_scope']),
    );
  });

  it("leave out the OAuth family's own codes and the common warnings", () => {
    expect(codes).not.toContain('bad_client_secret');
    expect(codes).not.toContain('missing_charset');
  });

  it('are sorted by code, each once, each with a description', () => {
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(commonErrors().every((e) => e.description.length > 0)).toBe(true);
  });
});
