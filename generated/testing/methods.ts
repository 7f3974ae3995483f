// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { PaginatedMethods, SlackMethods } from '../client.js';
import { SlackCommonErrorCode } from '../common-errors.js';
import type { ChannelsJoinErrorCode } from '../methods/channels.join.js';
import type { ChatScheduleMessageErrorCode } from '../methods/chat.scheduleMessage.js';
import type { ConversationsHistoryErrorCode } from '../methods/conversations.history.js';
import type { OauthTokenErrorCode } from '../methods/oauth.token.js';
import type { OauthV2AccessErrorCode } from '../methods/oauth.v2.access.js';
import type { OauthV2UserAccessErrorCode } from '../methods/oauth.v2.user.access.js';
import type { PinsAddErrorCode } from '../methods/pins.add.js';
import type { PinsListErrorCode } from '../methods/pins.list.js';
import type { PinsRemoveErrorCode } from '../methods/pins.remove.js';
import type { MockTable } from './facts.js';

/** By method: the codes it documents, and Slack's common codes (what `mock.fail` takes). */
export type MockCodes = {
  'channels.join': (typeof ChannelsJoinErrorCode)[keyof typeof ChannelsJoinErrorCode] | SlackCommonErrorCode;
  'chat.scheduleMessage':
    (typeof ChatScheduleMessageErrorCode)[keyof typeof ChatScheduleMessageErrorCode] | SlackCommonErrorCode;
  'conversations.history':
    (typeof ConversationsHistoryErrorCode)[keyof typeof ConversationsHistoryErrorCode] | SlackCommonErrorCode;
  'oauth.token': (typeof OauthTokenErrorCode)[keyof typeof OauthTokenErrorCode] | SlackCommonErrorCode;
  'oauth.v2.access':
    (typeof OauthV2AccessErrorCode)[keyof typeof OauthV2AccessErrorCode] | SlackCommonErrorCode;
  'oauth.v2.user.access':
    (typeof OauthV2UserAccessErrorCode)[keyof typeof OauthV2UserAccessErrorCode] | SlackCommonErrorCode;
  'pins.add': (typeof PinsAddErrorCode)[keyof typeof PinsAddErrorCode] | SlackCommonErrorCode;
  'pins.list': (typeof PinsListErrorCode)[keyof typeof PinsListErrorCode] | SlackCommonErrorCode;
  'pins.remove': (typeof PinsRemoveErrorCode)[keyof typeof PinsRemoveErrorCode] | SlackCommonErrorCode;
};

/** By method: its arguments, its response, its codes and, where it pages with a cursor, one item. */
export type MockMethods = {
  [M in keyof SlackMethods]: SlackMethods[M] & { code: MockCodes[M] } & (M extends keyof PaginatedMethods
      ? { item: PaginatedMethods[M]['item'] }
      : unknown);
};

/** What the double knows of each method, from the docs, and the codes any method may answer with. */
export const TABLE: MockTable = {
  methods: {
    'channels.join': {
      example: {
        ok: true,
        already_in_channel: true,
        channel: { id: 'C024BE91L', name: 'fun', is_member: true },
      },
      required: ['name'],
      codes: ['channel_not_found', 'name_taken', 'restricted_action', 'is_archived'],
      json: false,
    },
    'chat.scheduleMessage': {
      example: {
        ok: true,
        channel: 'C1H9RESGL',
        scheduled_message_id: 'Q1298393284',
        post_at: '1562180400',
        message: {
          text: "Here's a message for you in the future",
          type: 'delayed_message',
          subtype: 'bot_message',
        },
      },
      required: ['channel', 'post_at'],
      codes: [
        'channel_not_found',
        'time_in_past',
        'time_too_far',
        'restricted_too_many',
        'msg_too_long',
        'not_authed',
      ],
      json: true,
      groups: [{ kind: 'at-least-one-of', args: ['text', 'blocks', 'attachments'] }],
      tier: 'Tier 3',
      wire: { post_at: 'integer' },
    },
    'conversations.history': {
      example: {
        ok: true,
        messages: [
          {
            type: 'message',
            user: 'U012AB3CDE',
            text: 'I find you punny and would like to smell your nose letter',
            ts: '1512085950.000216',
          },
          {
            type: 'message',
            user: 'U061F7AUR',
            text: 'What, you want to smell my shoes better?',
            ts: '1512104434.000490',
            thread_ts: '1512104434.000490',
            reply_count: 2,
          },
        ],
        has_more: true,
        pin_count: 0,
        response_metadata: { next_cursor: 'bmV4dF90czoxNTEyMDg1ODYxMDAwNTQz' },
      },
      required: ['channel'],
      codes: [
        'channel_not_found',
        'invalid_cursor',
        'invalid_ts_latest',
        'invalid_ts_oldest',
        'not_in_channel',
        'invalid_auth',
        'ratelimited',
        'invalid_json',
      ],
      json: false,
      tier: 'Tier 3',
      itemsKey: 'messages',
      wire: { limit: 'integer' },
    },
    'oauth.token': {
      example: {
        ok: true,
        access_token: 'xoxa-access-token-string',
        token_type: 'app',
        app_id: 'A012345678',
        app_user_id: 'U0AB12ABC',
        installer_user_id: 'U061F7AUR',
        authorizing_user_id: 'U0HTT3Q0G',
        team_name: 'Subarachnoid Workspace',
        team_id: 'T061EG9Z9',
        permissions: [{ scopes: [], resource_type: 'channel', resource_id: 0 }],
      },
      required: ['client_id', 'client_secret', 'code'],
      codes: [
        'invalid_client_id',
        'bad_client_secret',
        'invalid_code',
        'bad_redirect_uri',
        'invalid_arg_name',
        'invalid_array_arg',
        'invalid_charset',
        'invalid_form_data',
        'invalid_post_type',
        'missing_post_type',
        'team_added_to_org',
        'request_timeout',
        'fatal_error',
      ],
      json: false,
      basicAuth: true,
      tokenless: true,
    },
    'oauth.v2.access': {
      example: {
        ok: true,
        access_token: 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
        token_type: 'bot',
        scope: 'commands,incoming-webhook',
        bot_user_id: 'U0KRQLJ9H',
        app_id: 'A0KRD7HC3',
        team: { name: 'Slack Softball Team', id: 'T9TK3CUKW' },
        enterprise: { name: 'slack-sports', id: 'E12345678' },
        authed_user: { id: 'U1234', scope: 'chat:write', access_token: 'xoxp-1234', token_type: 'user' },
      },
      required: [],
      codes: [
        'invalid_grant_type',
        'invalid_client_id',
        'bad_client_secret',
        'invalid_code',
        'bad_redirect_uri',
        'oauth_authorization_url_mismatch',
        'preview_feature_not_available',
        'cannot_install_an_org_installed_app',
        'no_scopes',
        'invalid_refresh_token',
        'invalid_arguments',
        'invalid_arg_name',
        'invalid_array_arg',
        'invalid_charset',
        'invalid_form_data',
        'invalid_post_type',
        'missing_post_type',
        'team_added_to_org',
        'invalid_json',
        'json_not_object',
        'ratelimited',
        'accesslimited',
        'request_timeout',
        'upgrade_required',
        'service_unavailable',
        'fatal_error',
        'internal_error',
      ],
      json: false,
      tier: 'Special',
      basicAuth: true,
      tokenless: true,
    },
    'oauth.v2.user.access': {
      example: {
        ok: true,
        access_token: 'xoxp-123456789...',
        token_type: 'user',
        id_token: 'eyJhbGciOiJSUzI1Ni...',
        authed_user: { id: 'U12345', scope: 'openid,email,profile' },
        team: { id: 'T012345' },
      },
      required: [],
      codes: [
        'access_denied',
        'accesslimited',
        'account_inactive',
        'bad_client_secret',
        'bad_redirect_uri',
        'cannot_install_an_org_installed_app',
        'deprecated_endpoint',
        'ekm_access_denied',
        'enterprise_is_restricted',
        'fatal_error',
        'internal_error',
        'invalid_arg_name',
        'invalid_arguments',
        'invalid_array_arg',
        'invalid_auth',
        'invalid_charset',
        'invalid_client_id',
        'invalid_code',
        'invalid_form_data',
        'invalid_grant_type',
        'invalid_post_type',
        'invalid_refresh_token',
        'method_deprecated',
        'missing_post_type',
        'missing_scope',
        'no_permission',
        'no_scopes',
        'no_user_scopes',
        'not_allowed_token_type',
        'not_authed',
        'not_implemented',
        'oauth_authorization_url_mismatch',
        'org_login_required',
        'preview_feature_not_available',
        'ratelimited',
        'request_timeout',
        'service_unavailable',
        'team_access_not_granted',
        'team_added_to_org',
        'token_expired',
        'token_revoked',
        'two_factor_setup_required',
        'user_email_unverified',
      ],
      json: true,
      tier: 'Special',
      basicAuth: true,
      tokenless: true,
    },
    'pins.add': {
      example: { ok: true },
      required: ['channel', 'timestamp'],
      codes: ['already_pinned', 'channel_not_found', 'permission_denied'],
      json: false,
      tier: 'Tier 2',
    },
    'pins.list': {
      example: { ok: true },
      required: ['channel'],
      codes: ['channel_not_found'],
      json: false,
      tier: 'Tier 2',
    },
    'pins.remove': {
      example: { ok: true },
      required: ['channel'],
      codes: ['no_pin', 'not_pinnable'],
      json: false,
      tier: 'Tier 2',
    },
  },
  commonCodes: Object.values(SlackCommonErrorCode),
};
