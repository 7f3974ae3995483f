// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, SlackCaller } from '../runtime/index.js';
import {
  conversationsHistorySpec,
  type ConversationsHistoryArguments,
  type ConversationsHistoryResponse,
} from '../methods/conversations.history.js';

/** The `conversations.*` methods, bound to a transport. */
export function conversationsMethods(transport: SlackCaller) {
  return {
    /**
     * Fetches a conversation's history of messages and events.
     *
     * Rate limit: Tier 3. Scopes: bot token: channels:history, groups:history, im:history; user token: channels:history, mpim:history.
     * @see https://docs.slack.dev/reference/methods/conversations.history
     */
    history: (
      args: ConversationsHistoryArguments,
      options?: CallOptions,
    ): Promise<ConversationsHistoryResponse> => transport.call(conversationsHistorySpec, args, options),
  };
}
