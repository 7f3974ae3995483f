// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, MethodSpec, SlackCaller, UnlistedCode } from '../runtime/index.js';
import type { SlackCommonErrorCode } from '../common-errors.js';

/** Arguments of `pins.list`. */
export interface PinsListArguments {
  /**
   * Channel to get pinned items for.
   * @example `C1234567890`
   */
  channel: string | number | boolean;
}

/** Success response of `pins.list`: its reference shows neither schema nor example, so only `ok` is known. */
export interface PinsListResponse {
  ok: true;
}

/** Error codes `pins.list` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export const PinsListErrorCode = {
  /** The channel could not be found. */
  ChannelNotFound: 'channel_not_found',
} as const;
/** Error codes `pins.list` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export type PinsListErrorCode =
  (typeof PinsListErrorCode)[keyof typeof PinsListErrorCode] | SlackCommonErrorCode | UnlistedCode;
/** What the runtime needs to call `pins.list`. */
export const pinsListSpec: MethodSpec<PinsListResponse, PinsListErrorCode> = {
  method: 'pins.list',
  json: false,
  tier: 'Tier 2',
};

/**
 * Lists items pinned to a channel.
 *
 * Rate limit: Tier 2. Scopes: bot token: pins:read; user token: pins:read.
 * @see https://docs.slack.dev/reference/methods/pins.list
 */
export function pinsList(
  client: SlackCaller,
  args: PinsListArguments,
  options?: CallOptions,
): Promise<PinsListResponse> {
  return client.call(pinsListSpec, args, options);
}
