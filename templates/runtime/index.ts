export { responseOf, warningsOncePerMethod, withResponse } from './answer.js';
export type { WithResponse } from './answer.js';
export { checkArgGroups } from './arg-groups.js';
export type { ArgGroupRule } from './arg-groups.js';
export {
  SlackApiError,
  SlackArgumentError,
  SlackArgumentValueError,
  SlackError,
  SlackHttpError,
  SlackNetworkError,
  SlackRateLimitedError,
  SlackResponseTooLargeError,
  SlackTimeoutError,
  isSlackApiError,
  isSlackError,
} from './errors.js';
export type { ArgumentProblem, SlackErrorKind, SlackErrorOptions, UnlistedCode } from './errors.js';
export { redact, silentLogger } from './logger.js';
export type { Logger } from './logger.js';
export { paginateItems, paginatePages } from './paginate.js';
export type { PaginateOptions } from './paginate.js';
export { backoffDelay, defaultRetryPolicy } from './retry.js';
export type { RetryPolicy, RetryReason } from './retry.js';
export { SlackTransport, isApiErrorOf } from './transport.js';
export type { CallOptions, ClientOptions, MethodSpec, RetryEvent, SlackCaller } from './transport.js';
export { TIER_CALLS_PER_MINUTE, TierQueue } from './tier-queue.js';
export { DEFAULT_UPLOAD_SPECS, SlackUploadError, uploadFiles } from './upload.js';
export type {
  SlackUploadErrorKind,
  UploadCompleteResponse,
  UploadFile,
  UploadFilesArguments,
  UploadFilesResult,
  UploadSource,
  UploadSpecs,
} from './upload.js';
