// The settings of the login through the county's identity provider as server/config.ts reads them, and how the
// provider's claims become a role, a login name and a display name (server/auth/oidc-claims.ts). No database.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type OidcSettings } from '../../../server/config.js';
import { displayNameOfClaims, loginNameOfClaims, roleOfClaims } from '../../../server/auth/oidc-claims.js';

const base = {
  OIDC_ISSUER: 'https://login.kreis.example/realms/kreis',
  OIDC_CLIENT_ID: 'bildungsnetz',
  OIDC_ROLE_MAP: 'bildungskoordination=coordinator, statistik=analyst,traeger=partner',
};

describe('OIDC settings', () => {
  it('are off without OIDC_ISSUER, and read with their defaults when it is set', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    const oidc = loadConfig(base).oidc!;
    expect({ ...oidc, roleMap: Object.fromEntries(oidc.roleMap) }).toEqual({
      issuer: 'https://login.kreis.example/realms/kreis',
      clientId: 'bildungsnetz',
      clientSecret: undefined,
      redirectUrl: undefined,
      scopes: 'openid profile email',
      roleClaim: 'roles',
      roleMap: { bildungskoordination: 'coordinator', statistik: 'analyst', traeger: 'partner' },
      groupsClaim: 'groups',
      allowedGroups: [],
      partnerClaim: 'bildungsnetz_actor',
    });
    // openid is always asked for, once.
    expect(loadConfig({ ...base, OIDC_SCOPES: 'profile openid groups' }).oidc!.scopes).toBe('openid profile groups');
    expect(loadConfig({ ...base, OIDC_ALLOWED_GROUPS: ' bildungsnetz , kreis ' }).oidc!.allowedGroups).toEqual([
      'bildungsnetz',
      'kreis',
    ]);
  });

  it('refuses what cannot work, naming the variable and the value', () => {
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'login.kreis.example' })).toThrow(/OIDC_ISSUER.*"login\.kreis/);
    expect(() => loadConfig({ ...base, OIDC_CLIENT_ID: '' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadConfig({ ...base, OIDC_ROLE_MAP: '' })).toThrow(/OIDC_ROLE_MAP/);
    expect(() => loadConfig({ ...base, OIDC_ROLE_MAP: 'hausmeister=admin' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, OIDC_ROLE_MAP: 'hausmeister=admin' })).toThrow(/"hausmeister=admin"/);
    expect(() => loadConfig({ ...base, OIDC_REDIRECT_URL: '/auth/oidc/callback' })).toThrow(/OIDC_REDIRECT_URL/);
  });
});

const settings: OidcSettings = loadConfig({ ...base, OIDC_ALLOWED_GROUPS: 'bildungsnetz' }).oidc!;

describe('the role of a person', () => {
  it('is the mapped role of a value of the role claim, a string or a list', () => {
    expect(roleOfClaims(settings, { roles: 'statistik', groups: ['bildungsnetz'] })).toEqual({
      ok: true,
      role: 'analyst',
      partnerRef: undefined,
    });
    expect(
      roleOfClaims(settings, { roles: ['mitarbeitende', 'bildungskoordination'], groups: 'bildungsnetz' }),
    ).toEqual({ ok: true, role: 'coordinator', partnerRef: undefined });
  });

  it('is the more powerful one when two values are mapped', () => {
    const decided = roleOfClaims(settings, { roles: ['statistik', 'bildungskoordination'], groups: ['bildungsnetz'] });
    expect(decided).toMatchObject({ ok: true, role: 'coordinator' });
  });

  it('is refused without a mapped value, outside the allowed groups, and for a partner without organisation', () => {
    expect(roleOfClaims(settings, { roles: ['hausmeister'], groups: ['bildungsnetz'] })).toMatchObject({
      ok: false,
      reason: 'OIDC_NO_ROLE',
    });
    expect(roleOfClaims(settings, { groups: ['bildungsnetz'] })).toMatchObject({ ok: false, reason: 'OIDC_NO_ROLE' });
    expect(roleOfClaims(settings, { roles: ['bildungskoordination'], groups: ['kaemmerei'] })).toMatchObject({
      ok: false,
      reason: 'OIDC_GROUP',
    });
    expect(roleOfClaims(settings, { roles: ['bildungskoordination'] })).toMatchObject({
      ok: false,
      reason: 'OIDC_GROUP',
    });
    expect(roleOfClaims(settings, { roles: ['traeger'], groups: ['bildungsnetz'] })).toMatchObject({
      ok: false,
      reason: 'OIDC_NO_PARTNER',
    });
    expect(
      roleOfClaims(settings, { roles: ['traeger'], groups: ['bildungsnetz'], bildungsnetz_actor: 'vhs-kurse' }),
    ).toEqual({ ok: true, role: 'partner', partnerRef: 'vhs-kurse' });
  });
});

describe('names of a new account', () => {
  it('takes the login name from preferred_username or email, folded to what a login name may hold', () => {
    expect(loginNameOfClaims({ preferred_username: 'Jürgen.Weiß' }, 'ab12')).toBe('jurgen.weiss');
    expect(loginNameOfClaims({ email: 'M.Kaya@kreis.example' }, 'ab12')).toBe('m.kaya@kreis.example');
    expect(loginNameOfClaims({ preferred_username: '--' }, 'ab12cd34ef56ff')).toBe('landkreis-ab12cd34ef56');
  });

  it('shows the name, else given and family name, else the login name', () => {
    expect(displayNameOfClaims({ name: ' Anna Landkreis ' }, 'anna')).toBe('Anna Landkreis');
    expect(displayNameOfClaims({ given_name: 'Anna', family_name: 'Landkreis' }, 'anna')).toBe('Anna Landkreis');
    expect(displayNameOfClaims({}, 'anna')).toBe('anna');
  });
});
