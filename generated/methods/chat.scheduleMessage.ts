// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { KnownBlock, MessageAttachment } from '@slack/types';
import type { CallOptions, MethodSpec, SlackCaller, UnlistedCode } from '../runtime/index.js';
import type { SlackCommonErrorCode } from '../common-errors.js';

/** Arguments of `chat.scheduleMessage`, each on its own: {@link ChatScheduleMessageArguments} adds which of them must be given. */
export interface ChatScheduleMessageArgumentsBase {
  /**
   * Channel, private group, or DM channel to send the message to.
   * @example `C1234567890`
   */
  channel: string;
  /**
   * Unix timestamp of when the message should be sent.
   * @example `299876400`
   */
  post_at: number;
  /**
   * With thread_ts, whether the reply is also shown to the whole channel.
   * @defaultValue `false`
   */
  reply_broadcast?: boolean | undefined;
  /** The parent message to reply to, as its ts. */
  thread_ts?: string | undefined;
  /**
   * The message text, or its fallback when blocks are sent.
   * @example `Hello world`
   */
  text?: string | undefined;
  /** A JSON-based array of structured blocks, as a URL-encoded string. */
  blocks?: string | KnownBlock[] | undefined;
  /** A JSON-based array of structured attachments, as a URL-encoded string. */
  attachments?: string | MessageAttachment[] | undefined;
}

/** Arguments of `chat.scheduleMessage`. At least one of `text`, `blocks`, `attachments` is required. */
export type ChatScheduleMessageArguments = ChatScheduleMessageArgumentsBase &
  ({ text: string } | { blocks: string | KnownBlock[] } | { attachments: string | MessageAttachment[] });

/** Success response of `chat.scheduleMessage`: inferred from the 1 example in its reference. */
export interface ChatScheduleMessageResponse {
  ok: true;
  channel: string;
  scheduled_message_id: string;
  post_at: string;
  message: ChatScheduleMessageResponseMessage;
}

/** The `message` object. */
export interface ChatScheduleMessageResponseMessage {
  text: string;
  type: string;
  subtype: string;
}

/** Error codes `chat.scheduleMessage` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export const ChatScheduleMessageErrorCode = {
  /** Value passed for channel was invalid. */
  ChannelNotFound: 'channel_not_found',
  /** The post_at is in the past. */
  TimeInPast: 'time_in_past',
  /** The post_at is more than 120 days away. */
  TimeTooFar: 'time_too_far',
  /** Too many messages were scheduled in this channel for this time. */
  RestrictedTooMany: 'restricted_too_many',
  /** The message text is too long. */
  MsgTooLong: 'msg_too_long',
  /** No authentication token provided. */
  NotAuthed: 'not_authed',
} as const;
/** Error codes `chat.scheduleMessage` documents (`error` of an `ok: false` response); the type also admits Slack's common errors and codes Slack adds later. */
export type ChatScheduleMessageErrorCode =
  | (typeof ChatScheduleMessageErrorCode)[keyof typeof ChatScheduleMessageErrorCode]
  | SlackCommonErrorCode
  | UnlistedCode;
/** What the runtime needs to call `chat.scheduleMessage`. */
export const chatScheduleMessageSpec: MethodSpec<ChatScheduleMessageResponse, ChatScheduleMessageErrorCode> =
  {
    method: 'chat.scheduleMessage',
    json: true,
    tier: 'Tier 3',
    groups: [{ kind: 'at-least-one-of', args: ['text', 'blocks', 'attachments'] }],
    write: true,
  };

/**
 * Schedules a message to be sent to a channel.
 *
 * Rate limit: Tier 3. Scopes: bot token: chat:write; user token: chat:write.
 * @see https://api.slack.com/methods/chat.scheduleMessage
 */
export function chatScheduleMessage(
  client: SlackCaller,
  args: ChatScheduleMessageArguments,
  options?: CallOptions,
): Promise<ChatScheduleMessageResponse> {
  return client.call(chatScheduleMessageSpec, args, options);
}
