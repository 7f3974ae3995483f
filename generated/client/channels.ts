// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, SlackCaller } from '../runtime/index.js';
import {
  channelsJoinSpec,
  type ChannelsJoinArguments,
  type ChannelsJoinResponse,
} from '../methods/channels.join.js';

/** The `channels.*` methods, bound to a transport. */
export function channelsMethods(transport: SlackCaller) {
  return {
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
    join: (args: ChannelsJoinArguments, options?: CallOptions): Promise<ChannelsJoinResponse> =>
      transport.call(channelsJoinSpec, args, options),
  };
}
