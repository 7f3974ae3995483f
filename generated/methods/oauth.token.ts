// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, MethodSpec, SlackCaller, UnlistedCode } from '../runtime/index.js';
import type { SlackCommonErrorCode } from '../common-errors.js';

/** Arguments of `oauth.token`. */
export interface OauthTokenArguments {
  /**
   * Issued when you created your application.
   * @example `4b39e9-752c4`
   */
  client_id: string | number | boolean;
  /**
   * Issued when you created your application.
   * @example `33fea0113f5b1`
   */
  client_secret: string | number | boolean;
  /**
   * The code param returned via the OAuth callback.
   * @example `ccdaa72ad`
   */
  code: string | number | boolean;
  /**
   * This must match the originally submitted URI (if one was sent).
   * @example `http://example.com`
   */
  redirect_uri?: string | number | boolean | undefined;
  /**
   * Request the user to add your app only to a single channel.
   * @example `1`
   * @defaultValue `0`
   */
  single_channel?: string | number | boolean | undefined;
}

/** Success response of `oauth.token`: inferred from the 1 example in its reference. */
export interface OauthTokenResponse {
  ok: true;
  /** Your new workspace token that begins with xoxa. It can be very long. */
  access_token: string;
  /** You'll see app here. Workspace tokens were once known as app tokens. Maybe someday this value will become workspace. */
  token_type: string;
  /** This is the unique ID for your whole Slack app. */
  app_id: string;
  /** This is the user ID of your app. It's a user! It's an app! It's a user! It's an app! The user ID is unique to the team installing it. */
  app_user_id: string;
  /** This is the user ID of the user that originally installed this app. */
  installer_user_id: string;
  /** This is the user ID of the user that initiated this authorization. */
  authorizing_user_id: string;
  /** This is what the team or workspace calls itself. */
  team_name: string;
  /** This is the unique ID for the team or workspace. */
  team_id: string;
  /** Here's where we communicate all the details of your permissions. It's an array of the different permissions you have. Each array contains: */
  permissions: OauthTokenResponsePermission[];
}

/** An element of `permissions`. */
export interface OauthTokenResponsePermission {
  /** the OAuth scopes associated with this permission, further scoped by the resource_id. */
  scopes: unknown[];
  /** the type of resource this permission describes: like a channel, a im, etc. */
  resource_type: string;
  /** the unique ID correlated to the resource_type — the direct message ID for resources of type im, the channel ID for a public channel, etc. When 0, it's a wildcard. */
  resource_id: number;
}

/** Error codes `oauth.token` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export const OauthTokenErrorCode = {
  /**
   * Value passed for client_id was invalid.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  InvalidClientId: 'invalid_client_id',
  /**
   * Value passed for client_secret was invalid.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  BadClientSecret: 'bad_client_secret',
  /**
   * Value passed for code was invalid.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  InvalidCode: 'invalid_code',
  /**
   * Value passed for redirect_uri did not match the redirect_uri in the original request.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  BadRedirectUri: 'bad_redirect_uri',
  /**
   * The method was passed an argument whose name falls outside the bounds of accepted or expected values. This includes very long names and names with non-alphanumeric characters other than _. If you get this error, it is typically an indication that you have made a very malformed API call.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  InvalidArgName: 'invalid_arg_name',
  /**
   * The method was passed a PHP-style array argument (e.g. with a name like foo[7]). These are never valid with the Slack API.
   *
   * Recovered: the page lost this code; it was recovered from the description (catalog).
   */
  InvalidArrayArg: 'invalid_array_arg',
  /**
   * The method was called via a POST request, but the charset specified in the Content-Type header was invalid. Valid charset names are: utf-8 iso-8859-1.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  InvalidCharset: 'invalid_charset',
  /**
   * The method was called via a POST request with Content-Type application/x-www-form-urlencoded or multipart/form-data, but the form data was either missing or syntactically invalid.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  InvalidFormData: 'invalid_form_data',
  /**
   * The method was called via a POST request, but the specified Content-Type was invalid. Valid types are: application/x-www-form-urlencoded multipart/form-data text/plain.
   *
   * Recovered: the page lost this code; it was recovered from the description (catalog).
   */
  InvalidPostType: 'invalid_post_type',
  /**
   * The method was called via a POST request and included a data payload, but the request did not include a Content-Type header.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  MissingPostType: 'missing_post_type',
  /**
   * The workspace associated with your request is currently undergoing migration to an Enterprise Organization. Web API and other platform operations will be intermittently unavailable until the transition is complete.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  TeamAddedToOrg: 'team_added_to_org',
  /**
   * The method was called via a POST request, but the POST data was either missing or truncated.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  RequestTimeout: 'request_timeout',
  /**
   * The server could not complete your operation(s) without encountering a catastrophic error. It's possible some aspect of the operation succeeded before the error was raised.
   *
   * Recovered: the page lost this code; it was recovered from the description (other-page).
   */
  FatalError: 'fatal_error',
} as const;
/** Error codes `oauth.token` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export type OauthTokenErrorCode =
  (typeof OauthTokenErrorCode)[keyof typeof OauthTokenErrorCode] | SlackCommonErrorCode | UnlistedCode;
/** What the runtime needs to call `oauth.token`. */
export const oauthTokenSpec: MethodSpec<OauthTokenResponse, OauthTokenErrorCode> = {
  method: 'oauth.token',
  json: false,
  basicAuth: true,
  write: true,
};

/**
 * This method allows you to exchange a temporary OAuth verifier code for a "workspace token".
 *
 * Present arguments as parameters in application/x-www-form-urlencoded querystring or POST body.
 *
 * This method does not currently accept application/json.
 *
 * As discussed in RFC 6749 it is possible to supply the Client ID and Client Secret using the HTTP Basic authentication scheme.
 *
 * If HTTP Basic authentication is used you do not need to supply the client_id and client_secret parameters as part of the request.
 *
 * Scopes: none listed.
 * @see https://api.slack.com/methods/oauth.token
 */
export function oauthToken(
  client: SlackCaller,
  args: OauthTokenArguments,
  options?: CallOptions,
): Promise<OauthTokenResponse> {
  return client.call(oauthTokenSpec, args, options);
}
