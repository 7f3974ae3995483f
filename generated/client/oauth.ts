// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import type { CallOptions, SlackCaller } from '../runtime/index.js';
import { oauthTokenSpec, type OauthTokenArguments, type OauthTokenResponse } from '../methods/oauth.token.js';
import {
  oauthV2AccessSpec,
  type OauthV2AccessArguments,
  type OauthV2AccessResponse,
} from '../methods/oauth.v2.access.js';
import {
  oauthV2UserAccessSpec,
  type OauthV2UserAccessArguments,
  type OauthV2UserAccessResponse,
} from '../methods/oauth.v2.user.access.js';

/** The `oauth.*` methods, bound to a transport. */
export function oauthMethods(transport: SlackCaller) {
  return {
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
      transport.call(oauthTokenSpec, args, options),
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
        transport.call(oauthV2AccessSpec, args, options),
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
        ): Promise<OauthV2UserAccessResponse> => transport.call(oauthV2UserAccessSpec, args, options),
      },
    },
  };
}
