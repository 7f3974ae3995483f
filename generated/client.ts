// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import {
  SlackTransport,
  paginateItems,
  paginatePages,
  type ClientOptions,
  type MethodSpec,
  type PaginateOptions,
} from './runtime/index.js';
import { channelsMethods } from './client/channels.js';
import { chatMethods } from './client/chat.js';
import { conversationsMethods } from './client/conversations.js';
import { oauthMethods } from './client/oauth.js';
import { pinsMethods } from './client/pins.js';
import {
  conversationsHistorySpec,
  type ConversationsHistoryArguments,
  type ConversationsHistoryResponse,
} from './methods/conversations.history.js';
/** Methods that page with `cursor`: their arguments, page type and item type. */
export type PaginatedMethods = {
  'conversations.history': {
    args: ConversationsHistoryArguments;
    response: ConversationsHistoryResponse;
    item: Extract<NonNullable<ConversationsHistoryResponse['messages']>, readonly unknown[]>[number];
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
  /** The `channels.*` methods. */
  readonly channels: ReturnType<typeof channelsMethods>;
  /** The `chat.*` methods. */
  readonly chat: ReturnType<typeof chatMethods>;
  /** The `conversations.*` methods. */
  readonly conversations: ReturnType<typeof conversationsMethods>;
  /** The `oauth.*` methods. */
  readonly oauth: ReturnType<typeof oauthMethods>;
  /** The `pins.*` methods. */
  readonly pins: ReturnType<typeof pinsMethods>;

  constructor(options: ClientOptions = {}) {
    this.transport = new SlackTransport(options);
    this.channels = channelsMethods(this.transport);
    this.chat = chatMethods(this.transport);
    this.conversations = conversationsMethods(this.transport);
    this.oauth = oauthMethods(this.transport);
    this.pins = pinsMethods(this.transport);
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
