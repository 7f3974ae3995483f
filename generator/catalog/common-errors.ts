/**
 * Slack's common errors and warnings: the codes every Web API method can return, with the
 * descriptions the reference pages of each era print for them. Used to recover a code from its
 * description when a page lost the code (the older api.slack.com tables, as docs-input/api.slack.com/oauth.token.txt), and to
 * split codes glued to text. A description maps to a code only when it matches one here (or on
 * another page): codes are never made up.
 */

export interface CatalogEntry {
  code: string;
  kind: 'error' | 'warning';
  /** Descriptions as pages have printed them, newest first. */
  descriptions: readonly string[];
  /** The method family the code is common to (`oauth`); every method's when absent. */
  family?: string;
}

const e = (code: string, ...descriptions: string[]): CatalogEntry => ({ code, kind: 'error', descriptions });
const w = (code: string, ...descriptions: string[]): CatalogEntry => ({
  code,
  kind: 'warning',
  descriptions,
});

const oauth = (code: string, ...descriptions: string[]): CatalogEntry => ({
  code,
  kind: 'error',
  descriptions,
  family: 'oauth',
});

export const COMMON_ERRORS: readonly CatalogEntry[] = [
  e('access_denied', 'Access to a resource specified in the request is denied.'),
  e('accesslimited', 'Access to this method is limited on the current network'),
  e(
    'account_inactive',
    'Authentication token is for a deleted user or workspace when using a bot token.',
    'Authentication token is for a deleted user or workspace.',
  ),
  e('deprecated_endpoint', 'The endpoint has been deprecated.'),
  e('ekm_access_denied', 'Administrators have suspended the ability to post a message.'),
  e('enterprise_is_restricted', 'The method cannot be called from an Enterprise.'),
  e(
    'fatal_error',
    "The server could not complete your operation(s) without encountering a catastrophic error. It's possible some aspect of the operation succeeded before the error was raised.",
  ),
  e(
    'internal_error',
    "The server could not complete your operation(s) without encountering an error, likely due to a transient issue on our end. It's possible some aspect of the operation succeeded before the error was raised.",
  ),
  e(
    'invalid_arg_name',
    'The method was passed an argument whose name falls outside the bounds of accepted or expected values. This includes very long names and names with non-alphanumeric characters other than _. If you get this error, it is typically an indication that you have made a very malformed API call.',
  ),
  e(
    'invalid_arguments',
    'The method was called with invalid arguments.',
    'The method was either called with invalid arguments or some detail about the arguments passed are invalid, which is more likely when using complex arguments like blocks or attachments.',
  ),
  e(
    'invalid_array_arg',
    'The method was passed an array as an argument. Please only input valid strings.',
    'The method was passed a PHP-style array argument (e.g. with a name like foo[7]). These are never valid with the Slack API.',
  ),
  e(
    'invalid_auth',
    'Some aspect of authentication cannot be validated. Either the provided token is invalid or the request originates from an IP address disallowed from making the request.',
    'Invalid authentication token.',
  ),
  e(
    'invalid_charset',
    'The method was called via a POST request, but the charset specified in the Content-Type header was invalid. Valid charset names are: utf-8 iso-8859-1.',
  ),
  e(
    'invalid_form_data',
    'The method was called via a POST request with Content-Type application/x-www-form-urlencoded or multipart/form-data, but the form data was either missing or syntactically invalid.',
  ),
  e(
    'invalid_json',
    'The method was called via a POST request with Content-Type application/json, but the body was not valid JSON.',
  ),
  e(
    'invalid_post_type',
    'The method was called via a POST request, but the specified Content-Type was invalid. Valid types are: application/json application/x-www-form-urlencoded multipart/form-data text/plain.',
    'The method was called via a POST request, but the specified Content-Type was invalid. Valid types are: application/x-www-form-urlencoded multipart/form-data text/plain.',
  ),
  e(
    'json_not_object',
    'The method was called via a POST request a valid JSON body, but the JSON value was not an object.',
  ),
  e('method_deprecated', 'The method has been deprecated.'),
  e(
    'missing_post_type',
    'The method was called via a POST request and included a data payload, but the request did not include a Content-Type header.',
  ),
  e(
    'missing_scope',
    'The token used is not granted the specific scope permissions required to complete this request.',
  ),
  e(
    'no_permission',
    "The workspace token used in this request does not have the permissions necessary to complete the request. Make sure your app is a member of the conversation it's attempting to post a message to.",
  ),
  e('not_allowed_token_type', 'The token type used in this request is not allowed.'),
  e('not_authed', 'No authentication token provided.'),
  e(
    'org_login_required',
    'The workspace is undergoing an enterprise migration and will not be available until migration is complete.',
  ),
  e(
    'ratelimited',
    'The request has been ratelimited. Refer to the Retry-After header for when to retry the request.',
  ),
  e(
    'request_timeout',
    'The method was called via a POST request, but the POST data was either missing or truncated.',
  ),
  e('service_unavailable', 'The service is temporarily unavailable'),
  e(
    'team_access_not_granted',
    'The token used is not granted the specific workspace access required to complete this request.',
  ),
  e(
    'team_added_to_org',
    'The workspace associated with your request is currently undergoing migration to an Enterprise Organization. Web API and other platform operations will be intermittently unavailable until the transition is complete.',
  ),
  e('token_expired', 'Authentication token has expired'),
  e(
    'token_revoked',
    'Authentication token is for a deleted user or workspace or the app has been removed when using a user token.',
  ),
  e('two_factor_setup_required', 'Two factor setup is required.'),
  e('upgrade_required', 'The calling application needs to be upgraded.'),
  // The OAuth family shares these on every token-exchange method (oauth.access, oauth.token, oauth.v2.*).
  oauth('invalid_client_id', 'Value passed for client_id was invalid.'),
  oauth('bad_client_secret', 'Value passed for client_secret was invalid.'),
  oauth('invalid_code', 'Value passed for code was invalid.'),
  oauth(
    'bad_redirect_uri',
    'Value passed for redirect_uri did not match the redirect_uri in the original request.',
  ),
  oauth('invalid_grant_type', 'Value passed for grant_type was invalid.'),
  oauth('invalid_refresh_token', 'The given refresh token is invalid.'),
  w(
    'missing_charset',
    'The method was called via a POST request, and recommended practice for the specified Content-Type is to include a charset parameter. However, no charset was present. Specifically, non-form-data content types (e.g. text/plain) are the ones for which charset is recommended.',
  ),
  w(
    'superfluous_charset',
    'The method was called via a POST request, and the specified Content-Type is not defined to understand the charset parameter. However, charset was in fact present. Specifically, form-data content types (e.g. multipart/form-data) are the ones for which charset is superfluous.',
  ),
];
