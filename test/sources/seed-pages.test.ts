/**
 * The four seed pages the user gave, read as they are: the facts a careful reader reads off
 * each page, asserted one by one.
 */
import { describe, expect, it } from 'vitest';
import { pageFacts } from '../helpers/pages.ts';

const only = (id: string) => {
  const page = pageFacts(id);
  expect(page.methods).toHaveLength(1);
  return page.methods[0]!;
};

describe('seed 000: oauth.v2.user.access from the docs site, cells run together', () => {
  const m = only('docs.slack.dev/oauth.v2.user.access.txt');

  it('does not find a method name on the page, so the file name will decide', () => {
    expect(m.name).toBeNull();
    expect(m.nameFrom).toBe('file');
  });

  it('reads both content types from the facts line glued to the Arguments heading', () => {
    expect(m.contentTypes).toEqual(['application/x-www-form-urlencoded', 'application/json']);
  });

  it('splits every argument from the previous argument example glued before it', () => {
    expect(m.args?.map((a) => [a.name, a.type, a.required, a.example])).toEqual([
      ['client_id', 'string', false, '2141029472.691202649728'],
      ['client_secret', 'string', false, 'e1b9e11dfcd19c1982d5de12921e17e8c'],
      [
        'code',
        'string',
        false,
        '4724469134.4644010092847.232b4e6d82c333b475fc30f5f5a341d294feb1a94392c2fd791f7ab7731a443d1a',
      ],
      ['code_verifier', 'string', false, 'secret12345'],
      ['redirect_uri', 'string', false, 'http://example.com'],
      ['grant_type', 'string', false, 'authorization_code'],
      ['refresh_token', 'string', false, 'xoxe-1-abcdefg'],
    ]);
  });

  it('keeps each argument description whole and without the next example', () => {
    expect(m.args?.[2]?.description).toBe('The code param returned via the OAuth callback.');
    expect(m.args?.[4]?.description).toBe('This must match the originally submitted URI (if one was sent).');
    expect(m.args?.[0]?.description).toMatch(
      /^Issued when you created your application\. If possible, avoid sending client_id and client_secret .* HTTP Basic authentication scheme\.$/,
    );
  });

  it('reads the success and the error example with their descriptions', () => {
    expect(m.responses.map((r) => [r.kind, r.description])).toEqual([
      ['success', 'Successful token request with scopes for a user token.'],
      ['error', 'Typical error response.'],
    ]);
    expect(Object.keys(m.responses[0]!.example as object)).toEqual([
      'ok',
      'access_token',
      'token_type',
      'id_token',
      'authed_user',
      'team',
    ]);
    expect(m.responses[1]!.example).toEqual({ ok: false, error: 'invalid_code' });
  });

  it('splits every error code from the description glued to it', () => {
    expect(m.errors?.map((e) => e.code)).toEqual([
      'access_denied',
      'accesslimited',
      'account_inactive',
      'bad_client_secret',
      'bad_redirect_uri',
      'cannot_install_an_org_installed_app',
      'deprecated_endpoint',
      'ekm_access_denied',
      'enterprise_is_restricted',
      'fatal_error',
      'internal_error',
      'invalid_arg_name',
      'invalid_arguments',
      'invalid_array_arg',
      'invalid_auth',
      'invalid_charset',
      'invalid_client_id',
      'invalid_code',
      'invalid_form_data',
      'invalid_grant_type',
      'invalid_post_type',
      'invalid_refresh_token',
      'method_deprecated',
      'missing_post_type',
      'missing_scope',
      'no_permission',
      'no_scopes',
      'no_user_scopes',
      'not_allowed_token_type',
      'not_authed',
      'not_implemented',
      'oauth_authorization_url_mismatch',
      'org_login_required',
      'preview_feature_not_available',
      'ratelimited',
      'request_timeout',
      'service_unavailable',
      'team_access_not_granted',
      'team_added_to_org',
      'token_expired',
      'token_revoked',
      'two_factor_setup_required',
      'user_email_unverified',
    ]);
    expect(m.errors?.find((e) => e.code === 'accesslimited')?.description).toBe(
      'Access to this method is limited on the current network',
    );
    expect(m.errors?.find((e) => e.code === 'not_implemented')?.description).toBe('Method not yet supported');
    expect(m.errors?.at(-1)?.description).toBe('The users email is unverified');
    expect(m.errors?.every((e) => !e.hidden)).toBe(true);
  });

  it('notes that client credentials can go in HTTP Basic auth', () => {
    expect(
      m.notes.some((n) => n.kind === 'basic-auth' && /HTTP Basic authentication scheme/.test(n.text)),
    ).toBe(true);
  });

  it('has no warnings table', () => {
    expect(m.warnings).toBeNull();
  });
});

describe('seed 001: oauth.v2.access from the docs site, one block a line', () => {
  const m = only('docs.slack.dev/oauth.v2.access.txt');

  it('takes the method name and the verb from the URL glued to POST', () => {
    expect(m.name).toBe('oauth.v2.access');
    expect(m.nameFrom).toBe('url');
    expect(m.http).toEqual({ method: 'POST', url: 'https://slack.com/api/oauth.v2.access' });
  });

  it('reads description, content type and rate limit', () => {
    expect(m.description).toBe('Exchanges a temporary OAuth verifier code for an access token.');
    expect(m.contentTypes).toEqual(['application/x-www-form-urlencoded']);
    expect(m.rateLimit).toBe('Special');
  });

  it('reads the examples glued to their Example labels and leaves optionality unstated', () => {
    expect(m.args?.map((a) => [a.name, a.type, a.required, a.example])).toEqual([
      ['client_id', 'string', null, '4b39e9-752c4'],
      ['client_secret', 'string', null, '33fea0113f5b1'],
      ['code', 'string', null, 'ccdaa72ad'],
      ['grant_type', 'string', null, 'authorization_code'],
      ['redirect_uri', 'string', null, 'http://example.com'],
      ['refresh_token', 'string', null, 'xoxe-1-abcdefg'],
    ]);
    expect(m.args?.[0]?.description).toBe('Issued when you created your application.');
  });

  it('reads one success, two alternates and one error example', () => {
    expect(m.responses.map((r) => r.kind)).toEqual(['success', 'success', 'success', 'error']);
    expect(m.responses[1]?.description).toBe(
      'Successful token request with scopes for both a bot user and a user token, and token rotation enabled',
    );
    expect(m.responses[2]?.example).toMatchObject({ enterprise: null, is_enterprise_install: false });
    expect(Object.keys(m.responses[0]!.example as object)).toEqual([
      'ok',
      'access_token',
      'token_type',
      'scope',
      'bot_user_id',
      'app_id',
      'team',
      'enterprise',
      'authed_user',
    ]);
    expect(m.responses[3]?.example).toEqual({ ok: false, error: 'invalid_client_id' });
  });

  it('reads every error in order and the three marked hidden', () => {
    expect(m.errors).toHaveLength(27);
    expect(m.errors?.slice(0, 3).map((e) => e.code)).toEqual([
      'invalid_grant_type',
      'invalid_client_id',
      'bad_client_secret',
    ]);
    expect(m.errors?.filter((e) => e.hidden).map((e) => e.code)).toEqual([
      'invalid_json',
      'json_not_object',
      'upgrade_required',
    ]);
    expect(m.errors?.find((e) => e.code === 'upgrade_required')?.description).toBe(
      'The calling application needs to be upgraded.',
    );
    expect(m.errors?.at(-1)?.code).toBe('internal_error');
  });

  it('reads the warnings table', () => {
    expect(m.warnings?.map((w) => w.code)).toEqual(['missing_charset', 'superfluous_charset']);
    expect(m.warnings?.[0]?.description).toMatch(
      /^The method was called via a POST request, and recommended practice/,
    );
  });

  it('keeps the prose that changes how to call it', () => {
    expect(m.notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['basic-auth', 'content-type']));
    expect(m.notes.find((n) => n.kind === 'content-type')?.text).toBe(
      'Present arguments as parameters in application/x-www-form-urlencoded querystring or POST body.',
    );
  });
});

describe('seed 002: oauth.token from the older api.slack.com, codes and braces lost', () => {
  const m = only('api.slack.com/oauth.token.txt');

  it('reads the description under the site furniture', () => {
    expect(m.name).toBeNull();
    expect(m.description).toBe(
      'This method allows you to exchange a temporary OAuth verifier code for a "workspace token".',
    );
  });

  it('reads the Argument/Example/Required/Description table with its default', () => {
    expect(m.args?.map((a) => [a.name, a.required, a.example, a.default, a.type])).toEqual([
      ['client_id', true, '4b39e9-752c4', null, null],
      ['client_secret', true, '33fea0113f5b1', null, null],
      ['code', true, 'ccdaa72ad', null, null],
      ['redirect_uri', false, 'http://example.com', null, null],
      ['single_channel', false, '1', '0', null],
    ]);
    expect(m.args?.[4]?.description).toBe('Request the user to add your app only to a single channel.');
  });

  it('recovers the example response that lost its braces and lines, keeping the raw text', () => {
    expect(m.responses).toHaveLength(1);
    const r = m.responses[0]!;
    expect(r.kind).toBe('success');
    expect(r.recovered).toBe(true);
    expect(r.raw).toContain('"team_name": "Subarachnoid Workspace",');
    expect(r.example).toEqual({
      ok: true,
      access_token: 'xoxa-access-token-string',
      token_type: 'app',
      app_id: 'A012345678',
      app_user_id: 'U0AB12ABC',
      installer_user_id: 'U061F7AUR',
      authorizing_user_id: 'U0HTT3Q0G',
      team_name: 'Subarachnoid Workspace',
      team_id: 'T061EG9Z9',
      permissions: [{ scopes: [], resource_type: 'channel', resource_id: 0 }],
    });
    expect(r.description).toMatch(/^This method's response differs from oauth\.access significantly\./);
  });

  it('keeps the error and warning descriptions whose codes the page lost, without codes', () => {
    expect(m.errors).toHaveLength(13);
    expect(m.errors?.every((e) => e.code === null)).toBe(true);
    expect(m.errors?.[0]?.description).toBe('Value passed for client_id was invalid.');
    expect(m.warnings).toHaveLength(2);
    expect(m.warnings?.every((w) => w.code === null)).toBe(true);
  });

  it('reads the field guide, nested fields under their array', () => {
    expect(m.responseFields.map((f) => f.path)).toEqual([
      'access_token',
      'token_type',
      'app_id',
      'app_user_id',
      'installer_user_id',
      'authorizing_user_id',
      'team_name',
      'team_id',
      'permissions',
      'permissions.scopes',
      'permissions.resource_type',
      'permissions.resource_id',
    ]);
  });

  it('reads the content type and the HTTP Basic auth rule from prose', () => {
    expect(m.contentTypes).toEqual(['application/x-www-form-urlencoded']);
    expect(m.notes.filter((n) => n.kind === 'basic-auth')).toHaveLength(2);
  });
});

describe('seed 003: oauth.v2.user.access from ExDoc, lists run together', () => {
  const m = only('hexdocs/oauth.v2.user.access.txt');

  it('reads description, rate limit and the explicit absence of scopes', () => {
    expect(m.description).toBe('Exchanges a temporary OAuth verifier code for a user access token.');
    expect(m.rateLimit).toBe('Special');
    expect(m.scopes).toEqual({ bot: [], user: [] });
  });

  it('splits the one-line parameter list into arguments with their examples', () => {
    expect(m.args?.map((a) => [a.name, a.required, a.example])).toEqual([
      ['client_id', false, '2141029472.691202649728'],
      ['client_secret', false, 'e1b9e11dfcd19c1982d5de12921e17e8c'],
      [
        'code',
        false,
        '4724469134.4644010092847.232b4e6d82c333b475fc30f5f5a341d294feb1a94392c2fd791f7ab7731a443d1a',
      ],
      ['code_verifier', false, 'secret12345'],
      ['grant_type', false, 'authorization_code'],
      ['redirect_uri', false, 'http://example.com'],
      ['refresh_token', false, 'xoxe-1-abcdefg'],
    ]);
    expect(m.args?.every((a) => a.type === null)).toBe(true);
  });

  it('puts back the spaces lost around snake_case names', () => {
    expect(m.args?.[0]?.description).toContain('avoid sending client_id and client_secret as parameters');
    expect(m.errors?.[0]?.description).toBe('Value passed for client_secret was invalid.');
  });

  it('splits the one-line error list, including codes glued to the previous description', () => {
    expect(m.errors?.map((e) => e.code)).toEqual([
      'bad_client_secret',
      'bad_redirect_uri',
      'cannot_install_an_org_installed_app',
      'invalid_client_id',
      'invalid_code',
      'invalid_grant_type',
      'invalid_refresh_token',
      'no_scopes',
      'no_user_scopes',
      'not_implemented',
      'oauth_authorization_url_mismatch',
      'preview_feature_not_available',
      'user_email_unverified',
    ]);
    expect(m.errors?.find((e) => e.code === 'not_implemented')?.description).toBe('Method not yet supported');
  });
});
