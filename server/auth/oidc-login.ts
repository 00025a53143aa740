// The OpenID Connect login with openid-client (v6): authorization code with PKCE (S256), state and nonce. The
// provider's metadata is discovered at the first login, not at start-up: a provider that is down then does not keep
// the server from starting, and a failed discovery is tried again at the next login. What the provider answers is
// checked by openid-client (issuer, audience, signature, nonce, state, PKCE); its claims are the ID token's, with
// the userinfo endpoint's added where the provider keeps them there.
import * as client from 'openid-client';
import type { OidcSettings } from '../config.js';
import { AppError, ErrorCode } from '../errors.js';
import type { AccountStore } from './accounts.js';
import { saveOidcAttempt, takeOidcAttempt } from './oidc-attempts.js';
import { roleOfClaims, type Claims, type OidcRefusal } from './oidc-claims.js';
import { findPartnerActor, upsertOidcAccount } from './oidc-accounts.js';
import type { AccountInfo } from './accounts.js';

/** Why a login through the provider did not succeed; the login page says each in German (login-page.ts). */
export type OidcFailure = OidcRefusal | 'OIDC_UNAVAILABLE' | 'OIDC_INVALID' | 'OIDC_CANCELLED' | 'OIDC_DISABLED';

export class OidcLoginError extends AppError {
  constructor(
    readonly reason: OidcFailure,
    message: string,
  ) {
    super(ErrorCode.UNAUTHENTICATED, message, { reason });
  }
}

/** Plain HTTP only for a provider on this machine (development, the tests): anything else must be HTTPS. */
function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

export interface OidcClient {
  settings: OidcSettings;
  /** Where the person logs in: the provider's authorization URL; the attempt is kept under the returned id. */
  begin(redirectUrl: string, next: string): Promise<{ url: URL; attemptId: string }>;
  /**
   * The account of the person the provider sent back (callbackUrl: the redirect URL with the provider's query), and
   * the ID token, kept with the session for the logout at the provider.
   */
  finish(
    callbackUrl: URL,
    attemptId: string | undefined,
  ): Promise<{ account: AccountInfo; next: string; idToken: string | undefined }>;
  /**
   * Where the browser ends its session at the provider (RP-initiated logout: the provider's end_session_endpoint
   * with id_token_hint and post_logout_redirect_uri), or undefined when the provider offers none or cannot be asked.
   */
  endSessionUrl(idToken: string, postLogoutRedirectUrl: string): Promise<URL | undefined>;
}

export function createOidcClient(settings: OidcSettings, store: AccountStore): OidcClient {
  let configuration: Promise<client.Configuration> | undefined;
  const discover = (): Promise<client.Configuration> => {
    const issuer = new URL(settings.issuer);
    const made = client.discovery(
      issuer,
      settings.clientId,
      settings.clientSecret,
      settings.clientSecret ? undefined : client.None(),
      isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    configuration = made;
    made.catch(() => configuration === made && (configuration = undefined));
    return made;
  };
  const configured = async () => {
    try {
      return await (configuration ?? discover());
    } catch (error) {
      throw new OidcLoginError(
        'OIDC_UNAVAILABLE',
        `The identity provider ${settings.issuer} could not be asked: ${(error as Error).message}`,
      );
    }
  };

  return {
    settings,
    async begin(redirectUrl, next) {
      const config = await configured();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const attemptId = await saveOidcAttempt(store, { state, nonce, codeVerifier, next });
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUrl,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, attemptId };
    },
    async finish(callbackUrl, attemptId) {
      const attempt = await takeOidcAttempt(store, attemptId);
      if (!attempt)
        throw new OidcLoginError(
          'OIDC_INVALID',
          'No login through the identity provider was begun in this browser, or it is older than 10 minutes',
        );
      const config = await configured();
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: attempt.codeVerifier,
          expectedState: attempt.state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        // The person cancelled at the provider (access_denied) or the provider refused: nothing for us to check.
        if (error instanceof client.AuthorizationResponseError)
          throw new OidcLoginError(
            error.error === 'access_denied' ? 'OIDC_CANCELLED' : 'OIDC_INVALID',
            `The identity provider answered ${error.error}: ${error.error_description ?? ''}`,
          );
        const unreachable = error instanceof TypeError || (error as { code?: string }).code === 'OAUTH_TIMEOUT';
        throw new OidcLoginError(
          unreachable ? 'OIDC_UNAVAILABLE' : 'OIDC_INVALID',
          `The identity provider's answer was refused: ${(error as Error).message}`,
        );
      }
      const idClaims = tokens.claims()!;
      let claims: Claims = { ...idClaims };
      // Providers keep roles and groups in the ID token or only at the userinfo endpoint: both are read.
      if (config.serverMetadata().userinfo_endpoint && tokens.access_token) {
        const userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub).catch(() => undefined);
        if (userinfo) claims = { ...userinfo, ...idClaims };
      }
      const decided = roleOfClaims(settings, claims);
      if (!decided.ok)
        throw new OidcLoginError(decided.reason, `Login through ${settings.issuer} refused: ${decided.detail}`);
      let actorId: string | null = null;
      if (decided.partnerRef !== undefined) {
        actorId = (await findPartnerActor(store, decided.partnerRef)) ?? null;
        if (!actorId)
          throw new OidcLoginError(
            'OIDC_NO_PARTNER',
            `The claim "${settings.partnerClaim}" names "${decided.partnerRef}", which is no Actor's id nor a partner's source`,
          );
      }
      const account = await upsertOidcAccount(store, {
        issuer: idClaims.iss,
        subject: idClaims.sub,
        claims,
        role: decided.role,
        actorId,
      });
      if (account.disabled) throw new OidcLoginError('OIDC_DISABLED', `The account "${account.name}" is disabled`);
      return { account, next: attempt.next, idToken: tokens.id_token };
    },
    async endSessionUrl(idToken, postLogoutRedirectUrl) {
      // The local session has ended already: a provider that is down only keeps its own session alive.
      const config = await configured().catch(() => undefined);
      if (!config?.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, {
        id_token_hint: idToken,
        post_logout_redirect_uri: postLogoutRedirectUrl,
      });
    },
  };
}
