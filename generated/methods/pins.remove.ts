// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, MethodSpec, SlackCaller, UnlistedCode } from '../runtime/index.js';
import type { SlackCommonErrorCode } from '../common-errors.js';

/** Arguments of `pins.remove`. */
export interface PinsRemoveArguments {
  /**
   * Channel where the item is pinned.
   * @example `C1234567890`
   */
  channel: string | number | boolean;
  /**
   * Timestamp of the message to un-pin.
   * @example `1234567890.123456`
   */
  timestamp?: string | number | boolean | undefined;
}

/** Success response of `pins.remove`: its reference shows neither schema nor example, so only `ok` is known. */
export interface PinsRemoveResponse {
  ok: true;
}

/** Error codes `pins.remove` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export const PinsRemoveErrorCode = {
  /** The item is not pinned to the channel. */
  NoPin: 'no_pin',
  /** The item cannot be pinned. */
  NotPinnable: 'not_pinnable',
} as const;
/** Error codes `pins.remove` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export type PinsRemoveErrorCode =
  (typeof PinsRemoveErrorCode)[keyof typeof PinsRemoveErrorCode] | SlackCommonErrorCode | UnlistedCode;
/** What the runtime needs to call `pins.remove`. */
export const pinsRemoveSpec: MethodSpec<PinsRemoveResponse, PinsRemoveErrorCode> = {
  method: 'pins.remove',
  json: false,
  tier: 'Tier 2',
  write: true,
};

/**
 * Un-pins an item from a channel.
 *
 * Rate limit: Tier 2. Scopes: bot token: pins:write; user token: pins:write.
 * @see https://docs.slack.dev/reference/methods/pins.remove
 */
export function pinsRemove(
  client: SlackCaller,
  args: PinsRemoveArguments,
  options?: CallOptions,
): Promise<PinsRemoveResponse> {
  return client.call(pinsRemoveSpec, args, options);
}
