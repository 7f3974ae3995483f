// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, MethodSpec, SlackCaller, UnlistedCode } from '../runtime/index.js';
import type { SlackCommonErrorCode } from '../common-errors.js';

/** Arguments of `channels.join`. */
export interface ChannelsJoinArguments {
  /**
   * Name of channel to join
   * @example `#general`
   */
  name: string | number | boolean;
  /**
   * Whether to return an error for invalid channel names instead of cleaning them.
   * @example `true`
   * @defaultValue `false`
   */
  validate?: string | number | boolean | undefined;
}

/** Success response of `channels.join`: inferred from the 1 example in its reference. */
export interface ChannelsJoinResponse {
  ok: true;
  already_in_channel: boolean;
  channel: ChannelsJoinResponseChannel;
}

/** The `channel` object. */
export interface ChannelsJoinResponseChannel {
  id: string;
  name: string;
  is_member: boolean;
}

/** Error codes `channels.join` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export const ChannelsJoinErrorCode = {
  /** Value passed for channel was invalid. */
  ChannelNotFound: 'channel_not_found',
  /** A channel cannot be created with the given name. */
  NameTaken: 'name_taken',
  /** A team preference prevents the caller from creating channels. */
  RestrictedAction: 'restricted_action',
  /** The channel has been archived. */
  IsArchived: 'is_archived',
} as const;
/** Error codes `channels.join` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export type ChannelsJoinErrorCode =
  (typeof ChannelsJoinErrorCode)[keyof typeof ChannelsJoinErrorCode] | SlackCommonErrorCode | UnlistedCode;
/** What the runtime needs to call `channels.join`. */
export const channelsJoinSpec: MethodSpec<ChannelsJoinResponse, ChannelsJoinErrorCode> = {
  method: 'channels.join',
  json: false,
  write: true,
};

/**
 * This method is used to join a channel. If the channel does not exist, it is created.
 *
 * Present arguments as parameters in application/x-www-form-urlencoded querystring or POST body.
 *
 * This method does not currently accept application/json.
 *
 * Scopes: none listed.
 * @deprecated The reference marks this method deprecated.
 * @see https://api.slack.com/methods/channels.join
 */
export function channelsJoin(
  client: SlackCaller,
  args: ChannelsJoinArguments,
  options?: CallOptions,
): Promise<ChannelsJoinResponse> {
  return client.call(channelsJoinSpec, args, options);
}
