/**
 * Type-level tests of the generated client, checked by tsc (see generated-types.test.ts): each
 * `@ts-expect-error` must meet an error, so a client that accepted these calls fails the check.
 */
import {
  SlackClient,
  SlackCommonErrorCode,
  isApiErrorOf,
  oauthV2AccessSpec,
  type OauthV2AccessErrorCode as MainEntryCodes,
  type OauthV2AccessResponse,
  type SlackTransport,
} from '../../../generated/index.js';
import { OauthV2AccessErrorCode, oauthToken } from '../../../generated/methods.js';

const client = new SlackClient({ token: 'xoxb-test' });

// A missing required argument is rejected (oauth.token requires client_id).
// @ts-expect-error client_id is missing
void client.oauth.token({ client_secret: 's', code: 'c' });

// An unknown argument is rejected.
// @ts-expect-error not_an_argument is not an argument of oauth.v2.access
void client.oauth.v2.access({ code: 'c', not_an_argument: 1 });

// A wrong argument type is rejected.
// @ts-expect-error code is a string
void client.oauth.v2.user.access({ code: 42 });

// The token is the client's, not an argument.
// @ts-expect-error token is not an argument
void client.oauth.v2.access({ token: 'xoxb' });

// Methods with no required argument can be called bare; the standalone functions take a transport.
void client.oauth.v2.access();
declare const transport: SlackTransport;
void oauthToken(transport, { client_id: 'id', client_secret: 's', code: 'c' });

// By name: a known method is typed as its own function is; a newer one is accepted untyped.
// @ts-expect-error client_id is missing
void client.apiCall('oauth.token', { client_secret: 's', code: 'c' });
// @ts-expect-error not_an_argument is not an argument of oauth.v2.access
void client.apiCall('oauth.v2.access', { code: 'c', not_an_argument: 1 });
void client.apiCall('oauth.v2.access');
void client.apiCall('brand.new.method', { anything: 1 });

export async function byName(): Promise<string> {
  const known: OauthV2AccessResponse = await client.apiCall('oauth.v2.access', { code: 'c' });
  const later = await client.apiCall('brand.new.method');
  const ok: true = later.ok;
  void ok;
  return `${known.app_id}${String(later['anything'])}`;
}

export async function responses(): Promise<string> {
  const r: OauthV2AccessResponse = await client.oauth.v2.access({ code: 'c' });
  // `ok` is `true` on the success type.
  // @ts-expect-error ok cannot be false on a success
  const failed: false = r.ok;
  void failed;
  // A field every example shows is required; one only some show is optional.
  const app: string = r.app_id;
  // @ts-expect-error expires_in is optional
  const expires: number = r.expires_in;
  void expires;
  // A field that is null in some example admits null.
  const enterprise: { id: string } | null = r.enterprise;
  return `${app}${enterprise?.id ?? ''}`;
}

export function errorCodes(error: unknown): string {
  if (isApiErrorOf(error, oauthV2AccessSpec)) {
    // Codes are open: a common error and a code Slack adds later compile beside the documented ones.
    if (error.code === SlackCommonErrorCode.InvalidAuth || error.code === 'account_inactive') return 'auth';
    if (error.code === 'a_code_slack_adds_later') return 'new';
    const documented: OauthV2AccessErrorCode = OauthV2AccessErrorCode.InvalidCode;
    void documented;
    // The main entry gives the codes' union type, and the object only from `./methods`: importing the client builds none.
    const fromMain: MainEntryCodes = 'invalid_code';
    void fromMain;
    // @ts-expect-error NoSuchCode is not a member of the enum
    if (error.code === OauthV2AccessErrorCode.NoSuchCode) return 'typo';
    switch (error.code) {
      case OauthV2AccessErrorCode.InvalidCode:
        return 'the code was wrong';
      case OauthV2AccessErrorCode.BadClientSecret:
        return 'the secret was wrong';
      default:
        return String(error.code);
    }
  }
  return 'other';
}

/** The main entry's values: the error-code objects are not among them (they are built by `./methods` only). */
type MainEntry = typeof import('../../../generated/index.js');
// @ts-expect-error the main entry exports the error codes as a type only
export type NoCodesObject = MainEntry['OauthV2AccessErrorCode'];
export type ItsSpec = MainEntry['oauthV2AccessSpec'];
