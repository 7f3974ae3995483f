export { checkArgGroups } from './arg-groups.js';
export type { ArgGroupRule } from './arg-groups.js';
export {
  SlackApiError,
  SlackArgumentError,
  SlackError,
  SlackHttpError,
  SlackNetworkError,
  SlackRateLimitedError,
  SlackTimeoutError,
  isSlackApiError,
  isSlackError,
} from './errors.js';
export type { SlackErrorKind, UnlistedCode } from './errors.js';
export { redact, silentLogger } from './logger.js';
export type { Logger } from './logger.js';
export { paginateItems, paginatePages } from './paginate.js';
export type { PaginateOptions } from './paginate.js';
export { backoffDelay, defaultRetryPolicy } from './retry.js';
export type { RetryPolicy, RetryReason } from './retry.js';
export { SlackTransport, isApiErrorOf } from './transport.js';
export type { CallOptions, ClientOptions, MethodSpec, RetryEvent, SlackCaller } from './transport.js';
export { TIER_CALLS_PER_MINUTE, TierQueue } from './tier-queue.js';
