// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, MethodSpec, SlackCaller, UnlistedCode } from '../runtime/index.js';
import type { SlackCommonErrorCode } from '../common-errors.js';

/** Arguments of `pins.add`. */
export interface PinsAddArguments {
  /**
   * Channel to pin the message in.
   * @example `C1234567890`
   */
  channel: string | number | boolean;
  /**
   * Timestamp of the message to pin.
   * @example `1234567890.123456`
   */
  timestamp: string | number | boolean;
}

/** Success response of `pins.add`: its reference shows neither schema nor example, so only `ok` is known. */
export interface PinsAddResponse {
  ok: true;
}

/** Error codes `pins.add` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export const PinsAddErrorCode = {
  /** The item is already pinned to the channel. */
  AlreadyPinned: 'already_pinned',
  /** The channel could not be found. */
  ChannelNotFound: 'channel_not_found',
  /** The caller cannot pin in this channel. */
  PermissionDenied: 'permission_denied',
} as const;
/** Error codes `pins.add` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export type PinsAddErrorCode =
  (typeof PinsAddErrorCode)[keyof typeof PinsAddErrorCode] | SlackCommonErrorCode | UnlistedCode;
/** What the runtime needs to call `pins.add`. */
export const pinsAddSpec: MethodSpec<PinsAddResponse, PinsAddErrorCode> = {
  method: 'pins.add',
  json: false,
  tier: 'Tier 2',
  write: true,
};

/**
 * Pins an item to a channel.
 *
 * Rate limit: Tier 2. Scopes: bot token: pins:write; user token: pins:write.
 * @see https://docs.slack.dev/reference/methods/pins.add
 */
export function pinsAdd(
  client: SlackCaller,
  args: PinsAddArguments,
  options?: CallOptions,
): Promise<PinsAddResponse> {
  return client.call(pinsAddSpec, args, options);
}
