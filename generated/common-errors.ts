// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
/** Slack's common errors: codes any Web API method may answer with (`error` of an `ok: false` response). */
export const SlackCommonErrorCode = {
  /** Access to a resource specified in the request is denied. */
  AccessDenied: 'access_denied',
  /** Access to this method is limited on the current network */
  Accesslimited: 'accesslimited',
  /** Authentication token is for a deleted user or workspace when using a bot token. */
  AccountInactive: 'account_inactive',
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
  /** The method was called via a POST request with Content-Type application/x-www-form-urlencoded or multipart/form-data, but the form data was either missing or syntactically invalid. */
  InvalidFormData: 'invalid_form_data',
  /** The method was called via a POST request with Content-Type application/json, but the body was not valid JSON. */
  InvalidJson: 'invalid_json',
  /** The method was called via a POST request, but the specified Content-Type was invalid. Valid types are: application/json application/x-www-form-urlencoded multipart/form-data text/plain. */
  InvalidPostType: 'invalid_post_type',
  /** The method was called via a POST request a valid JSON body, but the JSON value was not an object. */
  JsonNotObject: 'json_not_object',
  /** The method has been deprecated. */
  MethodDeprecated: 'method_deprecated',
  /** The method was called via a POST request and included a data payload, but the request did not include a Content-Type header. */
  MissingPostType: 'missing_post_type',
  /** The token used is not granted the specific scope permissions required to complete this request. */
  MissingScope: 'missing_scope',
  /** The workspace token used in this request does not have the permissions necessary to complete the request. Make sure your app is a member of the conversation it's attempting to post a message to. */
  NoPermission: 'no_permission',
  /** The token type used in this request is not allowed. */
  NotAllowedTokenType: 'not_allowed_token_type',
  /** No authentication token provided. */
  NotAuthed: 'not_authed',
  /** The workspace is undergoing an enterprise migration and will not be available until migration is complete. */
  OrgLoginRequired: 'org_login_required',
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
  /** The calling application needs to be upgraded. */
  UpgradeRequired: 'upgrade_required',
} as const;
/** Slack's common errors: codes any Web API method may answer with (`error` of an `ok: false` response). */
export type SlackCommonErrorCode = (typeof SlackCommonErrorCode)[keyof typeof SlackCommonErrorCode];
