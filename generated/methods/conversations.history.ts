// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, MethodSpec, SlackCaller, UnlistedCode } from '../runtime/index.js';
import type { SlackCommonErrorCode } from '../common-errors.js';

/** Arguments of `conversations.history`. */
export interface ConversationsHistoryArguments {
  /**
   * ID of the conversation whose history to read.
   * @example `C1234567890`
   */
  channel: string;
  /**
   * Where to continue: the next_cursor of the previous page.
   * @example `dXNlcjpVMDYxTkZUVDI=`
   */
  cursor?: string | undefined;
  /**
   * Whether to return every piece of metadata of each message.
   * @defaultValue `false`
   */
  include_all_metadata?: boolean | undefined;
  /**
   * Whether messages exactly at latest or oldest count.
   * @example `true`
   * @defaultValue `0`
   */
  inclusive?: boolean | undefined;
  /**
   * Only messages before this timestamp.
   * @defaultValue `now`
   */
  latest?: string | undefined;
  /**
   * How many messages at most per page, up to 999.
   * @example `20`
   * @defaultValue `100`
   */
  limit?: number | undefined;
  /**
   * Only messages after this timestamp.
   * @defaultValue `0`
   */
  oldest?: string | undefined;
  /**
   * Order of the messages. Acceptable values: newest, oldest.
   * @defaultValue `newest`
   */
  sort?: 'newest' | 'oldest' | undefined;
}

/** Success response of `conversations.history`: inferred from the 2 examples in its reference. */
export interface ConversationsHistoryResponse {
  ok: true;
  messages: ConversationsHistoryResponseMessage[];
  has_more: boolean;
  pin_count: number;
  response_metadata: ConversationsHistoryResponseMetadata;
}

/** An element of `messages`. */
export interface ConversationsHistoryResponseMessage {
  type: string;
  user: string;
  text: string;
  ts: string;
  thread_ts?: string;
  reply_count?: number;
}

/** The `response_metadata` object. */
export interface ConversationsHistoryResponseMetadata {
  next_cursor: string;
}

/** Error codes `conversations.history` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export const ConversationsHistoryErrorCode = {
  /** Value passed for channel was invalid. */
  ChannelNotFound: 'channel_not_found',
  /** Value passed for cursor was not valid or is no longer valid. */
  InvalidCursor: 'invalid_cursor',
  /** Value passed for latest was invalid. */
  InvalidTsLatest: 'invalid_ts_latest',
  /** Value passed for oldest was invalid. */
  InvalidTsOldest: 'invalid_ts_oldest',
  /** The bot is not a member of the conversation. */
  NotInChannel: 'not_in_channel',
  /** Some aspect of authentication cannot be validated. */
  InvalidAuth: 'invalid_auth',
  /** The request has been rate limited. */
  Ratelimited: 'ratelimited',
  /**
   * The JSON body could not be parsed.
   *
   * Hidden: marked hidden on the reference page.
   */
  InvalidJson: 'invalid_json',
} as const;
/** Error codes `conversations.history` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export type ConversationsHistoryErrorCode =
  | (typeof ConversationsHistoryErrorCode)[keyof typeof ConversationsHistoryErrorCode]
  | SlackCommonErrorCode
  | UnlistedCode;
/** What the runtime needs to call `conversations.history`. */
export const conversationsHistorySpec: MethodSpec<
  ConversationsHistoryResponse,
  ConversationsHistoryErrorCode
> = { method: 'conversations.history', json: false, tier: 'Tier 3', itemsKey: 'messages' };

/**
 * Fetches a conversation's history of messages and events.
 *
 * Rate limit: Tier 3. Scopes: bot token: channels:history, groups:history, im:history; user token: channels:history, mpim:history.
 * @see https://docs.slack.dev/reference/methods/conversations.history
 */
export function conversationsHistory(
  client: SlackCaller,
  args: ConversationsHistoryArguments,
  options?: CallOptions,
): Promise<ConversationsHistoryResponse> {
  return client.call(conversationsHistorySpec, args, options);
}
