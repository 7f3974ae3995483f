// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, SlackCaller } from '../runtime/index.js';
import { pinsAddSpec, type PinsAddArguments, type PinsAddResponse } from '../methods/pins.add.js';
import { pinsListSpec, type PinsListArguments, type PinsListResponse } from '../methods/pins.list.js';
import { pinsRemoveSpec, type PinsRemoveArguments, type PinsRemoveResponse } from '../methods/pins.remove.js';

/** The `pins.*` methods, bound to a transport. */
export function pinsMethods(transport: SlackCaller) {
  return {
    /**
     * Pins an item to a channel.
     *
     * Rate limit: Tier 2. Scopes: bot token: pins:write; user token: pins:write.
     * @see https://docs.slack.dev/reference/methods/pins.add
     */
    add: (args: PinsAddArguments, options?: CallOptions): Promise<PinsAddResponse> =>
      transport.call(pinsAddSpec, args, options),
    /**
     * Lists items pinned to a channel.
     *
     * Rate limit: Tier 2. Scopes: bot token: pins:read; user token: pins:read.
     * @see https://docs.slack.dev/reference/methods/pins.list
     */
    list: (args: PinsListArguments, options?: CallOptions): Promise<PinsListResponse> =>
      transport.call(pinsListSpec, args, options),
    /**
     * Un-pins an item from a channel.
     *
     * Rate limit: Tier 2. Scopes: bot token: pins:write; user token: pins:write.
     * @see https://docs.slack.dev/reference/methods/pins.remove
     */
    remove: (args: PinsRemoveArguments, options?: CallOptions): Promise<PinsRemoveResponse> =>
      transport.call(pinsRemoveSpec, args, options),
  };
}
