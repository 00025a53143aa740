// The settings of accounts and sessions as server/config.ts reads them, and where the login may lead after it.
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultAccountSettings, loadConfig } from '../../../server/config.js';
import { safeNext } from '../../../server/http/auth-routes.js';

describe('account settings', () => {
  it('has defaults and reads time spans, counts and the public address', () => {
    expect(loadConfig({}).accounts).toEqual(defaultAccountSettings);
    expect(
      loadConfig({
        SESSION_IDLE_TIMEOUT: '30m',
        SESSION_MAX_LIFETIME: '8h',
        LOGIN_FAILURE_WINDOW_MS: '60000',
        LOGIN_FAILURE_MAX_PER_ACCOUNT: '3',
        LOGIN_FAILURE_MAX_PER_ADDRESS: '10',
        PASSWORD_LINK_LIFETIME: '1d',
        PUBLIC_URL: 'https://bildungsnetz.example.de/',
      }).accounts,
    ).toEqual({
      sessionIdleSeconds: 1800,
      sessionMaxSeconds: 8 * 3600,
      loginFailureWindowMs: 60_000,
      loginFailureMaxPerAccount: 3,
      loginFailureMaxPerAddress: 10,
      passwordLinkSeconds: 86_400,
      publicUrl: 'https://bildungsnetz.example.de',
    });
  });

  it('refuses bad values, naming the variable and the value', () => {
    expect(() => loadConfig({ SESSION_IDLE_TIMEOUT: 'zwei Stunden' })).toThrow(ConfigError);
    expect(() => loadConfig({ SESSION_IDLE_TIMEOUT: '10s' })).toThrow(/SESSION_IDLE_TIMEOUT.*"10s"/);
    expect(() => loadConfig({ LOGIN_FAILURE_MAX_PER_ACCOUNT: '0' })).toThrow(/LOGIN_FAILURE_MAX_PER_ACCOUNT.*"0"/);
    expect(() => loadConfig({ PUBLIC_URL: 'bildungsnetz.example.de' })).toThrow(/PUBLIC_URL.*"bildungsnetz/);
  });
});

describe('where a login leads', () => {
  it('only to a path of this server', () => {
    expect(safeNext('/explorer/?d=03256&view=map#x')).toBe('/explorer/?d=03256&view=map#x');
    for (const bad of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'explorer/', '/a\nb', 7])
      expect(safeNext(bad)).toBe('/explorer/');
  });
});
