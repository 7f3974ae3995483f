// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, MethodSpec, SlackCaller, UnlistedCode } from '../runtime/index.js';
import type { SlackCommonErrorCode } from '../common-errors.js';

/** Arguments of `oauth.v2.user.access`. */
export interface OauthV2UserAccessArguments {
  /**
   * Issued when you created your application. If possible, avoid sending client_id and client_secret as parameters in your request and instead supply the Client ID and Client Secret using the HTTP Basic authentication scheme.
   * @example `2141029472.691202649728`
   */
  client_id?: string | undefined;
  /**
   * Issued when you created your application. If possible, avoid sending client_id and client_secret as parameters in your request and instead supply the Client ID and Client Secret using the HTTP Basic authentication scheme.
   * @example `e1b9e11dfcd19c1982d5de12921e17e8c`
   */
  client_secret?: string | undefined;
  /**
   * The code param returned via the OAuth callback.
   * @example `4724469134.4644010092847.232b4e6d82c333b475fc30f5f5a341d294feb1a94392c2fd791f7ab7731a443d1a`
   */
  code?: string | undefined;
  /**
   * The code_verifier param used to generate the code_challenge originally. Used for PKCE.
   * @example `secret12345`
   */
  code_verifier?: string | undefined;
  /**
   * This must match the originally submitted URI (if one was sent).
   * @example `http://example.com`
   */
  redirect_uri?: string | undefined;
  /**
   * The grant_type param as described in the OAuth spec.
   * @example `authorization_code`
   */
  grant_type?: string | undefined;
  /**
   * The refresh_token param as described in the OAuth spec.
   * @example `xoxe-1-abcdefg`
   */
  refresh_token?: string | undefined;
}

/** Success response of `oauth.v2.user.access`: inferred from the 1 example in its reference. */
export interface OauthV2UserAccessResponse {
  ok: true;
  access_token: string;
  token_type: string;
  id_token: string;
  authed_user: OauthV2UserAccessResponseAuthedUser;
  team: OauthV2UserAccessResponseTeam;
}

/** The `authed_user` object. */
export interface OauthV2UserAccessResponseAuthedUser {
  id: string;
  scope: string;
}

/** The `team` object. */
export interface OauthV2UserAccessResponseTeam {
  id: string;
}

/** Error codes `oauth.v2.user.access` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export const OauthV2UserAccessErrorCode = {
  /** Access to a resource specified in the request is denied. */
  AccessDenied: 'access_denied',
  /** Access to this method is limited on the current network */
  Accesslimited: 'accesslimited',
  /** Authentication token is for a deleted user or workspace when using a bot token. */
  AccountInactive: 'account_inactive',
  /** Value passed for client_secret was invalid. */
  BadClientSecret: 'bad_client_secret',
  /** Value passed for redirect_uri did not match the redirect_uri in the original request. */
  BadRedirectUri: 'bad_redirect_uri',
  /** Returned when the the org-installed app cannot be installed on a workspace. */
  CannotInstallAnOrgInstalledApp: 'cannot_install_an_org_installed_app',
  /** The endpoint has been deprecated. */
  DeprecatedEndpoint: 'deprecated_endpoint',
  /** Administrators have suspended the ability to post a message. */
  EkmAccessDenied: 'ekm_access_denied',
  /** The method cannot be called from an Enterprise. */
  EnterpriseIsRestricted: 'enterprise_is_restricted',
  /** The server could not complete your operation(s) without encountering a catastrophic error. It's possible some aspect of the operation succeeded before the error was raised. */
  FatalError: 'fatal_error',
  /** The server could not complete your operation(s) without encountering an error, likely due to a transient issue on our end. It's possible some aspect of the operation succeeded before the error was raised. */
  InternalError: 'internal_error',
  /** The method was passed an argument whose name falls outside the bounds of accepted or expected values. This includes very long names and names with non-alphanumeric characters other than _. If you get this error, it is typically an indication that you have made a very malformed API call. */
  InvalidArgName: 'invalid_arg_name',
  /** The method was called with invalid arguments. */
  InvalidArguments: 'invalid_arguments',
  /** The method was passed an array as an argument. Please only input valid strings. */
  InvalidArrayArg: 'invalid_array_arg',
  /** Some aspect of authentication cannot be validated. Either the provided token is invalid or the request originates from an IP address disallowed from making the request. */
  InvalidAuth: 'invalid_auth',
  /** The method was called via a POST request, but the charset specified in the Content-Type header was invalid. Valid charset names are: utf-8 iso-8859-1. */
  InvalidCharset: 'invalid_charset',
  /** Value passed for client_id was invalid. */
  InvalidClientId: 'invalid_client_id',
  /** Value passed for code was invalid. */
  InvalidCode: 'invalid_code',
  /** The method was called via a POST request with Content-Type application/x-www-form-urlencoded or multipart/form-data, but the form data was either missing or syntactically invalid. */
  InvalidFormData: 'invalid_form_data',
  /** Value passed for grant_type was invalid. */
  InvalidGrantType: 'invalid_grant_type',
  /** The method was called via a POST request, but the specified Content-Type was invalid. Valid types are: application/json application/x-www-form-urlencoded multipart/form-data text/plain. */
  InvalidPostType: 'invalid_post_type',
  /** The given refresh token is invalid. */
  InvalidRefreshToken: 'invalid_refresh_token',
  /** The method has been deprecated. */
  MethodDeprecated: 'method_deprecated',
  /** The method was called via a POST request and included a data payload, but the request did not include a Content-Type header. */
  MissingPostType: 'missing_post_type',
  /** The token used is not granted the specific scope permissions required to complete this request. */
  MissingScope: 'missing_scope',
  /** The workspace token used in this request does not have the permissions necessary to complete the request. Make sure your app is a member of the conversation it's attempting to post a message to. */
  NoPermission: 'no_permission',
  /** Missing scope in the request. */
  NoScopes: 'no_scopes',
  /** Missing user scope in the auth request. */
  NoUserScopes: 'no_user_scopes',
  /** The token type used in this request is not allowed. */
  NotAllowedTokenType: 'not_allowed_token_type',
  /** No authentication token provided. */
  NotAuthed: 'not_authed',
  /** Method not yet supported */
  NotImplemented: 'not_implemented',
  /** The OAuth flow was initiated on an incorrect version of the authorization url. The flow must be initiated via /oauth/v2/authorize . */
  OauthAuthorizationUrlMismatch: 'oauth_authorization_url_mismatch',
  /** The workspace is undergoing an enterprise migration and will not be available until migration is complete. */
  OrgLoginRequired: 'org_login_required',
  /** Returned when the API method is not yet available on the team in context. */
  PreviewFeatureNotAvailable: 'preview_feature_not_available',
  /** The request has been ratelimited. Refer to the Retry-After header for when to retry the request. */
  Ratelimited: 'ratelimited',
  /** The method was called via a POST request, but the POST data was either missing or truncated. */
  RequestTimeout: 'request_timeout',
  /** The service is temporarily unavailable */
  ServiceUnavailable: 'service_unavailable',
  /** The token used is not granted the specific workspace access required to complete this request. */
  TeamAccessNotGranted: 'team_access_not_granted',
  /** The workspace associated with your request is currently undergoing migration to an Enterprise Organization. Web API and other platform operations will be intermittently unavailable until the transition is complete. */
  TeamAddedToOrg: 'team_added_to_org',
  /** Authentication token has expired */
  TokenExpired: 'token_expired',
  /** Authentication token is for a deleted user or workspace or the app has been removed when using a user token. */
  TokenRevoked: 'token_revoked',
  /** Two factor setup is required. */
  TwoFactorSetupRequired: 'two_factor_setup_required',
  /** The users email is unverified */
  UserEmailUnverified: 'user_email_unverified',
} as const;
/** Error codes `oauth.v2.user.access` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export type OauthV2UserAccessErrorCode =
  | (typeof OauthV2UserAccessErrorCode)[keyof typeof OauthV2UserAccessErrorCode]
  | SlackCommonErrorCode
  | UnlistedCode;
/** What the runtime needs to call `oauth.v2.user.access`. */
export const oauthV2UserAccessSpec: MethodSpec<OauthV2UserAccessResponse, OauthV2UserAccessErrorCode> = {
  method: 'oauth.v2.user.access',
  json: true,
  basicAuth: true,
  tier: 'Special',
  write: true,
};

/**
 * Exchanges a temporary OAuth verifier code for a user access token.
 *
 * If possible, avoid sending client_id and client_secret as parameters in your request and instead supply the Client ID and Client Secret using the HTTP Basic authentication scheme.
 *
 * Rate limit: Special. Scopes: none listed.
 * @see https://docs.slack.dev/reference/methods/oauth.v2.user.access
 */
export function oauthV2UserAccess(
  client: SlackCaller,
  args: OauthV2UserAccessArguments = {},
  options?: CallOptions,
): Promise<OauthV2UserAccessResponse> {
  return client.call(oauthV2UserAccessSpec, args, options);
}
