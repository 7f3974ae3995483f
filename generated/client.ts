// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import {
  SlackTransport,
  paginateItems,
  paginatePages,
  type CallOptions,
  type ClientOptions,
  type MethodSpec,
  type PaginateOptions,
} from './runtime/index.js';
import {
  channelsJoin,
  type ChannelsJoinArguments,
  type ChannelsJoinResponse,
} from './methods/channels.join.js';
import {
  chatScheduleMessage,
  type ChatScheduleMessageArguments,
  type ChatScheduleMessageResponse,
} from './methods/chat.scheduleMessage.js';
import {
  conversationsHistory,
  conversationsHistorySpec,
  type ConversationsHistoryArguments,
  type ConversationsHistoryResponse,
} from './methods/conversations.history.js';
import { oauthToken, type OauthTokenArguments, type OauthTokenResponse } from './methods/oauth.token.js';
import {
  oauthV2Access,
  type OauthV2AccessArguments,
  type OauthV2AccessResponse,
} from './methods/oauth.v2.access.js';
import {
  oauthV2UserAccess,
  type OauthV2UserAccessArguments,
  type OauthV2UserAccessResponse,
} from './methods/oauth.v2.user.access.js';
import { pinsAdd, type PinsAddArguments, type PinsAddResponse } from './methods/pins.add.js';
import { pinsList, type PinsListArguments, type PinsListResponse } from './methods/pins.list.js';
import { pinsRemove, type PinsRemoveArguments, type PinsRemoveResponse } from './methods/pins.remove.js';
/** Methods that page with `cursor`: their arguments, page type and item type. */
export type PaginatedMethods = {
  'conversations.history': {
    args: ConversationsHistoryArguments;
    response: ConversationsHistoryResponse;
    item: NonNullable<ConversationsHistoryResponse['messages']>[number];
  };
};
const PAGINATED: {
  readonly [M in keyof PaginatedMethods]: MethodSpec<PaginatedMethods[M]['response'], unknown>;
} = {
  'conversations.history': conversationsHistorySpec,
};

/** A Slack Web API client: every documented method, in namespaces that mirror its name. */
export class SlackClient {
  /** Sends the calls; shared by every method of this client. */
  readonly transport: SlackTransport;
  readonly channels = {
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
      channelsJoin(this.transport, args, options),
  };
  readonly chat = {
    /**
     * Schedules a message to be sent to a channel.
     *
     * Rate limit: Tier 3. Scopes: bot token: chat:write; user token: chat:write.
     * @see https://api.slack.com/methods/chat.scheduleMessage
     */
    scheduleMessage: (
      args: ChatScheduleMessageArguments,
      options?: CallOptions,
    ): Promise<ChatScheduleMessageResponse> => chatScheduleMessage(this.transport, args, options),
  };
  readonly conversations = {
    /**
     * Fetches a conversation's history of messages and events.
     *
     * Rate limit: Tier 3. Scopes: bot token: channels:history, groups:history, im:history; user token: channels:history, mpim:history.
     * @see https://docs.slack.dev/reference/methods/conversations.history
     */
    history: (
      args: ConversationsHistoryArguments,
      options?: CallOptions,
    ): Promise<ConversationsHistoryResponse> => conversationsHistory(this.transport, args, options),
  };
  readonly oauth = {
    /**
     * This method allows you to exchange a temporary OAuth verifier code for a "workspace token".
     *
     * Present arguments as parameters in application/x-www-form-urlencoded querystring or POST body.
     *
     * This method does not currently accept application/json.
     *
     * As discussed in RFC 6749 it is possible to supply the Client ID and Client Secret using the HTTP Basic authentication scheme.
     *
     * If HTTP Basic authentication is used you do not need to supply the client_id and client_secret parameters as part of the request.
     *
     * Scopes: none listed.
     * @see https://api.slack.com/methods/oauth.token
     */
    token: (args: OauthTokenArguments, options?: CallOptions): Promise<OauthTokenResponse> =>
      oauthToken(this.transport, args, options),
    v2: {
      /**
       * Exchanges a temporary OAuth verifier code for an access token.
       *
       * Present arguments as parameters in application/x-www-form-urlencoded querystring or POST body.
       *
       * This method does not currently accept application/json.
       *
       * We strongly recommend supplying the Client ID and Client Secret using the HTTP Basic authentication scheme, as discussed in RFC 6749.
       *
       * Rate limit: Special. Scopes: none listed.
       * @see https://docs.slack.dev/reference/methods/oauth.v2.access
       */
      access: (args: OauthV2AccessArguments = {}, options?: CallOptions): Promise<OauthV2AccessResponse> =>
        oauthV2Access(this.transport, args, options),
      user: {
        /**
         * Exchanges a temporary OAuth verifier code for a user access token.
         *
         * If possible, avoid sending client_id and client_secret as parameters in your request and instead supply the Client ID and Client Secret using the HTTP Basic authentication scheme.
         *
         * Rate limit: Special. Scopes: none listed.
         * @see https://docs.slack.dev/reference/methods/oauth.v2.user.access
         */
        access: (
          args: OauthV2UserAccessArguments = {},
          options?: CallOptions,
        ): Promise<OauthV2UserAccessResponse> => oauthV2UserAccess(this.transport, args, options),
      },
    },
  };
  readonly pins = {
    /**
     * Pins an item to a channel.
     *
     * Rate limit: Tier 2. Scopes: bot token: pins:write; user token: pins:write.
     * @see https://docs.slack.dev/reference/methods/pins.add
     */
    add: (args: PinsAddArguments, options?: CallOptions): Promise<PinsAddResponse> =>
      pinsAdd(this.transport, args, options),
    /**
     * Lists items pinned to a channel.
     *
     * Rate limit: Tier 2. Scopes: bot token: pins:read; user token: pins:read.
     * @see https://docs.slack.dev/reference/methods/pins.list
     */
    list: (args: PinsListArguments, options?: CallOptions): Promise<PinsListResponse> =>
      pinsList(this.transport, args, options),
    /**
     * Un-pins an item from a channel.
     *
     * Rate limit: Tier 2. Scopes: bot token: pins:write; user token: pins:write.
     * @see https://docs.slack.dev/reference/methods/pins.remove
     */
    remove: (args: PinsRemoveArguments, options?: CallOptions): Promise<PinsRemoveResponse> =>
      pinsRemove(this.transport, args, options),
  };

  constructor(options: ClientOptions = {}) {
    this.transport = new SlackTransport(options);
  }

  /** The pages of a method that pages with `cursor`, following `response_metadata.next_cursor` until it is empty. */
  paginate<M extends keyof PaginatedMethods>(
    method: M,
    args: PaginatedMethods[M]['args'],
    options: PaginateOptions = {},
  ): AsyncGenerator<PaginatedMethods[M]['response'], void, undefined> {
    return paginatePages(this.transport, PAGINATED[method], args, options);
  }

  /** The items of a paginated method's pages, one by one (`channels` of `conversations.list`). */
  items<M extends keyof PaginatedMethods>(
    method: M,
    args: PaginatedMethods[M]['args'],
    options: PaginateOptions = {},
  ): AsyncGenerator<PaginatedMethods[M]['item'], void, undefined> {
    return paginateItems<PaginatedMethods[M]['response'], PaginatedMethods[M]['item']>(
      this.transport,
      PAGINATED[method],
      args,
      options,
    );
  }

  /** Closes the client's connections. */
  close(): Promise<void> {
    return this.transport.close();
  }
}
