// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, MethodSpec, SlackCaller, UnlistedCode } from '../runtime/index.js';
import type { SlackCommonErrorCode } from '../common-errors.js';

/** Arguments of `oauth.v2.access`. */
export interface OauthV2AccessArguments {
  /**
   * Issued when you created your application.
   * @example `4b39e9-752c4`
   */
  client_id?: string | undefined;
  /**
   * Issued when you created your application.
   * @example `33fea0113f5b1`
   */
  client_secret?: string | undefined;
  /**
   * The code param returned via the OAuth callback.
   * @example `ccdaa72ad`
   */
  code?: string | undefined;
  /**
   * The grant_type param as described in the OAuth spec.
   * @example `authorization_code`
   */
  grant_type?: string | undefined;
  /**
   * This must match the originally submitted URI (if one was sent).
   * @example `http://example.com`
   */
  redirect_uri?: string | undefined;
  /**
   * The refresh_token param as described in the OAuth spec.
   * @example `xoxe-1-abcdefg`
   */
  refresh_token?: string | undefined;
}

/** Success response of `oauth.v2.access`: inferred from the 3 examples in its reference. */
export interface OauthV2AccessResponse {
  ok: true;
  access_token?: string;
  token_type?: string;
  scope?: string;
  bot_user_id?: string;
  app_id: string;
  team: OauthV2AccessResponseTeam;
  enterprise: OauthV2AccessResponseEnterprise | null;
  authed_user: OauthV2AccessResponseAuthedUser;
  expires_in?: number;
  refresh_token?: string;
  is_enterprise_install?: boolean;
}

/** The `team` object. */
export interface OauthV2AccessResponseTeam {
  name?: string;
  id: string;
}

/** The `enterprise` object. */
export interface OauthV2AccessResponseEnterprise {
  name: string;
  id: string;
}

/** The `authed_user` object. */
export interface OauthV2AccessResponseAuthedUser {
  id: string;
  scope: string;
  access_token: string;
  token_type: string;
  expires_in?: number;
  refresh_token?: string;
}

/** Error codes `oauth.v2.access` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export const OauthV2AccessErrorCode = {
  /** Value passed for grant_type was invalid. */
  InvalidGrantType: 'invalid_grant_type',
  /** Value passed for client_id was invalid. */
  InvalidClientId: 'invalid_client_id',
  /** Value passed for client_secret was invalid. */
  BadClientSecret: 'bad_client_secret',
  /** Value passed for code was invalid. */
  InvalidCode: 'invalid_code',
  /** Value passed for redirect_uri did not match the redirect_uri in the original request. */
  BadRedirectUri: 'bad_redirect_uri',
  /** The OAuth flow was initiated on an incorrect version of the authorization url. The flow must be initiated via /oauth/v2/authorize . */
  OauthAuthorizationUrlMismatch: 'oauth_authorization_url_mismatch',
  /** Returned when the API method is not yet available on the team in context. */
  PreviewFeatureNotAvailable: 'preview_feature_not_available',
  /** Returned when the the org-installed app cannot be installed on a workspace. */
  CannotInstallAnOrgInstalledApp: 'cannot_install_an_org_installed_app',
  /** Missing scope in the request. */
  NoScopes: 'no_scopes',
  /** The given refresh token is invalid. */
  InvalidRefreshToken: 'invalid_refresh_token',
  /** The method was either called with invalid arguments or some detail about the arguments passed are invalid, which is more likely when using complex arguments like blocks or attachments. */
  InvalidArguments: 'invalid_arguments',
  /** The method was passed an argument whose name falls outside the bounds of accepted or expected values. This includes very long names and names with non-alphanumeric characters other than _. If you get this error, it is typically an indication that you have made a very malformed API call. */
  InvalidArgName: 'invalid_arg_name',
  /** The method was passed an array as an argument. Please only input valid strings. */
  InvalidArrayArg: 'invalid_array_arg',
  /** The method was called via a POST request, but the charset specified in the Content-Type header was invalid. Valid charset names are: utf-8 iso-8859-1. */
  InvalidCharset: 'invalid_charset',
  /** The method was called via a POST request with Content-Type application/x-www-form-urlencoded or multipart/form-data, but the form data was either missing or syntactically invalid. */
  InvalidFormData: 'invalid_form_data',
  /** The method was called via a POST request, but the specified Content-Type was invalid. Valid types are: application/json application/x-www-form-urlencoded multipart/form-data text/plain. */
  InvalidPostType: 'invalid_post_type',
  /** The method was called via a POST request and included a data payload, but the request did not include a Content-Type header. */
  MissingPostType: 'missing_post_type',
  /** The workspace associated with your request is currently undergoing migration to an Enterprise Organization. Web API and other platform operations will be intermittently unavailable until the transition is complete. */
  TeamAddedToOrg: 'team_added_to_org',
  /**
   * The method was called via a `POST` request with `Content-Type` `application/json`, but the body was not valid JSON.
   *
   * Hidden: marked hidden on the reference page.
   */
  InvalidJson: 'invalid_json',
  /**
   * The method was called via a `POST` request a valid JSON body, but the JSON value was not an object.
   *
   * Hidden: marked hidden on the reference page.
   */
  JsonNotObject: 'json_not_object',
  /** The request has been ratelimited. Refer to the Retry-After header for when to retry the request. */
  Ratelimited: 'ratelimited',
  /** Access to this method is limited on the current network */
  Accesslimited: 'accesslimited',
  /** The method was called via a POST request, but the POST data was either missing or truncated. */
  RequestTimeout: 'request_timeout',
  /**
   * The calling application needs to be upgraded.
   *
   * Hidden: marked hidden on the reference page.
   */
  UpgradeRequired: 'upgrade_required',
  /** The service is temporarily unavailable */
  ServiceUnavailable: 'service_unavailable',
  /** The server could not complete your operation(s) without encountering a catastrophic error. It's possible some aspect of the operation succeeded before the error was raised. */
  FatalError: 'fatal_error',
  /** The server could not complete your operation(s) without encountering an error, likely due to a transient issue on our end. It's possible some aspect of the operation succeeded before the error was raised. */
  InternalError: 'internal_error',
} as const;
/** Error codes `oauth.v2.access` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export type OauthV2AccessErrorCode =
  (typeof OauthV2AccessErrorCode)[keyof typeof OauthV2AccessErrorCode] | SlackCommonErrorCode | UnlistedCode;
/** What the runtime needs to call `oauth.v2.access`. */
export const oauthV2AccessSpec: MethodSpec<OauthV2AccessResponse, OauthV2AccessErrorCode> = {
  method: 'oauth.v2.access',
  json: false,
  basicAuth: true,
  tier: 'Special',
  write: true,
};

/**
 * Exchanges a temporary OAuth verifier code for an access token.
 *
 * Present arguments as parameters in application/x-www-form-urlencoded querystring or POST body.
 *
 * This method does not currently accept application/json.
 *
 * We strongly recommend supplying the Client ID and Client Secret using the HTTP Basic authentication scheme, as discussed in RFC 6749.
 *
 * Rate limit: Special. Scopes: none listed.
 * @see https://docs.slack.dev/reference/methods/oauth.v2.access
 */
export function oauthV2Access(
  client: SlackCaller,
  args: OauthV2AccessArguments = {},
  options?: CallOptions,
): Promise<OauthV2AccessResponse> {
  return client.call(oauthV2AccessSpec, args, options);
}
