// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, SlackCaller } from '../runtime/index.js';
import {
  chatScheduleMessageSpec,
  type ChatScheduleMessageArguments,
  type ChatScheduleMessageResponse,
} from '../methods/chat.scheduleMessage.js';

/** The `chat.*` methods, bound to a transport. */
export function chatMethods(transport: SlackCaller) {
  return {
    /**
     * Schedules a message to be sent to a channel.
     *
     * Rate limit: Tier 3. Scopes: bot token: chat:write; user token: chat:write.
     * @see https://api.slack.com/methods/chat.scheduleMessage
     */
    scheduleMessage: (
      args: ChatScheduleMessageArguments,
      options?: CallOptions,
    ): Promise<ChatScheduleMessageResponse> => transport.call(chatScheduleMessageSpec, args, options),
  };
}
