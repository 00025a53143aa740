// A real OpenID Connect provider in the test process (oidc-provider, the certified implementation), standing in
// for the county's: its own login form takes any password for the people listed here, whose claims it hands out
// (roles and groups at the userinfo endpoint, as many county providers do). Consent is skipped, as for a county's
// own application. The provider's port is known before the client's redirect URL, so the client is registered
// once the app under test listens (register()).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type OidcContext } from 'oidc-provider';

export interface Person {
  name: string;
  roles?: string[];
  groups?: string[];
  bildungsnetz_actor?: string;
  preferred_username?: string;
}

export interface IdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * Registers the client with its redirect URL (the app's /auth/oidc/callback) and the addresses the provider may
   * send the browser to after a logout (RP-initiated logout), and starts answering.
   */
  register(redirectUrl: string, postLogoutRedirectUris?: string[]): void;
  close(): Promise<void>;
}

export const providerScopes = 'openid profile email roles groups bildungsnetz';

export async function startIdentityProvider(people: Record<string, Person>): Promise<IdentityProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'bildungsnetz-test';
  const clientSecret = 'ein-geheimnis-des-landkreises-fuer-die-tests';
  let handler: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  server.on('request', (req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  return {
    issuer,
    clientId,
    clientSecret,
    register(redirectUrl, postLogoutRedirectUris = []) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUrl],
            post_logout_redirect_uris: postLogoutRedirectUris,
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_post',
          },
        ],
        cookies: { keys: ['test-cookie-key-of-the-identity-provider'] },
        claims: {
          openid: ['sub'],
          profile: ['name', 'preferred_username'],
          email: ['email'],
          roles: ['roles'],
          groups: ['groups'],
          bildungsnetz: ['bildungsnetz_actor'],
        },
        pkce: { required: () => true },
        findAccount: (_ctx: unknown, id: string) => {
          const person = people[id];
          if (!person) return undefined;
          return { accountId: id, claims: () => ({ sub: id, ...person }) };
        },
        // The county's own application: no consent page, every scope granted.
        loadExistingGrant: async (ctx: OidcContext) => {
          const { oidc } = ctx;
          const grant = new oidc.provider.Grant({
            clientId: oidc.client!.clientId,
            accountId: oidc.session!.accountId!,
          });
          grant.addOIDCScope(providerScopes);
          await grant.save();
          return grant;
        },
      });
      handler = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
