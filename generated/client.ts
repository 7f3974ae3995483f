// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import {
  SlackTransport,
  paginateItems,
  paginatePages,
  warningsOncePerMethod,
  DEFAULT_UPLOAD_SPECS,
  uploadFiles,
  type UploadCompleteResponse,
  type UploadFilesArguments,
  type UploadFilesResult,
  type UploadSpecs,
  type CallOptions,
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
  channelsJoinSpec,
  type ChannelsJoinArguments,
  type ChannelsJoinResponse,
} from './methods/channels.join.js';
import {
  chatScheduleMessageSpec,
  type ChatScheduleMessageArguments,
  type ChatScheduleMessageResponse,
} from './methods/chat.scheduleMessage.js';
import {
  conversationsHistorySpec,
  type ConversationsHistoryArguments,
  type ConversationsHistoryResponse,
} from './methods/conversations.history.js';
import { oauthTokenSpec, type OauthTokenArguments, type OauthTokenResponse } from './methods/oauth.token.js';
import {
  oauthV2AccessSpec,
  type OauthV2AccessArguments,
  type OauthV2AccessResponse,
} from './methods/oauth.v2.access.js';
import {
  oauthV2UserAccessSpec,
  type OauthV2UserAccessArguments,
  type OauthV2UserAccessResponse,
} from './methods/oauth.v2.user.access.js';
import { pinsAddSpec, type PinsAddArguments, type PinsAddResponse } from './methods/pins.add.js';
import { pinsListSpec, type PinsListArguments, type PinsListResponse } from './methods/pins.list.js';
import { pinsRemoveSpec, type PinsRemoveArguments, type PinsRemoveResponse } from './methods/pins.remove.js';
/** Every method this client knows, by name: its arguments and its response. */
export type SlackMethods = {
  'channels.join': { args: ChannelsJoinArguments; response: ChannelsJoinResponse };
  'chat.scheduleMessage': { args: ChatScheduleMessageArguments; response: ChatScheduleMessageResponse };
  'conversations.history': { args: ConversationsHistoryArguments; response: ConversationsHistoryResponse };
  'oauth.token': { args: OauthTokenArguments; response: OauthTokenResponse };
  'oauth.v2.access': { args: OauthV2AccessArguments; response: OauthV2AccessResponse };
  'oauth.v2.user.access': { args: OauthV2UserAccessArguments; response: OauthV2UserAccessResponse };
  'pins.add': { args: PinsAddArguments; response: PinsAddResponse };
  'pins.list': { args: PinsListArguments; response: PinsListResponse };
  'pins.remove': { args: PinsRemoveArguments; response: PinsRemoveResponse };
};
/** `apiCall`'s arguments and options: required where the method has a required argument, an untyped record for a name the client does not know. */
type ApiCallParameters<M extends string> = M extends keyof SlackMethods
  ? {} extends SlackMethods[M]['args']
    ? [args?: SlackMethods[M]['args'], options?: CallOptions]
    : [args: SlackMethods[M]['args'], options?: CallOptions]
  : [args?: Record<string, unknown>, options?: CallOptions];
/** `apiCall`'s answer: the method's response type, or an `ok: true` object of unknown fields for a name the client does not know. */
type ApiCallResponse<M extends string> = M extends keyof SlackMethods
  ? SlackMethods[M]['response']
  : { ok: true; [field: string]: unknown };
const SPECS: Readonly<Record<string, MethodSpec<unknown, unknown>>> = {
  'channels.join': channelsJoinSpec,
  'chat.scheduleMessage': chatScheduleMessageSpec,
  'conversations.history': conversationsHistorySpec,
  'oauth.token': oauthTokenSpec,
  'oauth.v2.access': oauthV2AccessSpec,
  'oauth.v2.user.access': oauthV2UserAccessSpec,
  'pins.add': pinsAddSpec,
  'pins.list': pinsListSpec,
  'pins.remove': pinsRemoveSpec,
};
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
const UPLOAD_SPECS: UploadSpecs<UploadCompleteResponse> = {
  getUploadURL: DEFAULT_UPLOAD_SPECS.getUploadURL,
  complete: DEFAULT_UPLOAD_SPECS.complete,
};

/** A Slack Web API client: every documented method, in namespaces that mirror its name. */
export class SlackClient {
  /** Sends the calls; shared by every method of this client. */
  readonly transport: SlackTransport;
  /** The options the client was made with (the upload helper reads them). */
  readonly #options: ClientOptions;
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
    this.transport = new SlackTransport(warningsOncePerMethod(options));
    this.#options = options;
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

  /** Calls a Web API method by name: typed for the methods this client knows, and accepted untyped for a newer one (sent as a form post, with the same auth, retries and errors). */
  apiCall<M extends string>(
    method: M,
    ...[args, options]: ApiCallParameters<M>
  ): Promise<ApiCallResponse<M>> {
    // A name is sent as a path segment: only the shape of a method name may go out.
    if (!/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9_]*)+$/.test(method))
      return Promise.reject(new TypeError(`Not a Web API method name: ${JSON.stringify(method)}`));
    const spec = Object.hasOwn(SPECS, method) ? SPECS[method]! : { method, json: false, write: true };
    return this.transport.call(spec, args ?? {}, options) as Promise<ApiCallResponse<M>>;
  }

  /**
   * Uploads one file or several and shares them in one message, as Slack asks since it retired `files.upload` (the official SDK's `filesUploadV2`): for each file `files.getUploadURLExternal` and the bytes POSTed to the URL it returns, then one `files.completeUploadExternal`. A file is a path, bytes, a Blob or a stream; paths and streams of a given `length` are sent as they are read, a stream without one is read into memory first. A failed upload throws a `SlackUploadError` and completes nothing; the API calls throw as any call does.
   * @see https://docs.slack.dev/messaging/working-with-files#uploading_files
   */
  uploadFiles(
    args: UploadFilesArguments,
    options: CallOptions = {},
  ): Promise<UploadFilesResult<UploadCompleteResponse>> {
    return uploadFiles(this.transport, UPLOAD_SPECS, this.#options, args, options);
  }

  /** Closes the client's connections. */
  close(): Promise<void> {
    return this.transport.close();
  }
}
