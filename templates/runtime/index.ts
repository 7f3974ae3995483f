export { SlackApiError, SlackError, SlackHttpError, isSlackApiError, isSlackError } from './errors.js';
export type { SlackErrorKind, UnlistedCode } from './errors.js';
export { SlackTransport, isApiErrorOf } from './transport.js';
export type { CallOptions, ClientOptions, MethodSpec, SlackCaller } from './transport.js';
