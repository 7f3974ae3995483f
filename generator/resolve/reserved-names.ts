/**
 * Names the package's own modules export beside the methods' (templates/runtime/index.ts and
 * the client): a method whose declarations would take one of them would make the package's
 * `export *` ambiguous, which does not compile. test/resolve/reserved-names.test.ts keeps this
 * list equal to the runtime's exports.
 */
export const RESERVED_EXPORTS: ReadonlySet<string> = new Set([
  'ArgGroupRule',
  'CallOptions',
  'ClientOptions',
  'Logger',
  'MethodSpec',
  'PaginateOptions',
  'RetryEvent',
  'RetryPolicy',
  'RetryReason',
  'SlackApiError',
  'SlackArgumentError',
  'SlackCaller',
  'SlackClient',
  'SlackCommonErrorCode',
  'SlackError',
  'SlackErrorKind',
  'SlackHttpError',
  'SlackNetworkError',
  'SlackRateLimitedError',
  'SlackTimeoutError',
  'SlackTransport',
  'TIER_CALLS_PER_MINUTE',
  'TierQueue',
  'UnlistedCode',
  'backoffDelay',
  'checkArgGroups',
  'defaultRetryPolicy',
  'isApiErrorOf',
  'isSlackApiError',
  'isSlackError',
  'paginateItems',
  'paginatePages',
  'redact',
  'silentLogger',
]);
