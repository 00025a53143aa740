// What the county's identity provider says about a person, read as this project's terms: the role (from the
// configured role claim through OIDC_ROLE_MAP), whether one of the allowed groups holds the person, the partner's
// organisation, and a login name and display name. The county decides who may do what in its own directory: a
// person with no mapped role, or outside every allowed group, is refused, never let in as the least role.
import type { OidcSettings } from '../config.js';
import type { GrantableRole } from './roles.js';

export type Claims = Record<string, unknown>;

/** Why the identity provider's answer does not let the person in; the login page says each in German. */
export type OidcRefusal = 'OIDC_NO_ROLE' | 'OIDC_GROUP' | 'OIDC_NO_PARTNER';

export type RoleOfClaims =
  | { ok: true; role: GrantableRole; partnerRef: string | undefined }
  | { ok: false; reason: OidcRefusal; detail: string };

/** A claim as a list of strings: a string is one value, a list its string members, anything else none. */
export function valuesOf(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim)) return claim.filter((value): value is string => typeof value === 'string');
  return [];
}

/** The more a role may do, the earlier: a person the provider names for two roles gets the one it meant most. */
const rank: readonly GrantableRole[] = ['coordinator', 'analyst', 'partner'];

export function roleOfClaims(settings: OidcSettings, claims: Claims): RoleOfClaims {
  const groups = valuesOf(claims[settings.groupsClaim]);
  if (settings.allowedGroups.length > 0 && !groups.some((group) => settings.allowedGroups.includes(group)))
    return {
      ok: false,
      reason: 'OIDC_GROUP',
      detail: `the claim "${settings.groupsClaim}" holds ${JSON.stringify(groups)}, none of OIDC_ALLOWED_GROUPS ${JSON.stringify(settings.allowedGroups)}`,
    };
  const values = valuesOf(claims[settings.roleClaim]);
  const roles = new Set(values.flatMap((value) => settings.roleMap.get(value) ?? []));
  const role = rank.find((candidate) => roles.has(candidate));
  if (!role)
    return {
      ok: false,
      reason: 'OIDC_NO_ROLE',
      detail: `the claim "${settings.roleClaim}" holds ${JSON.stringify(values)}, none of which OIDC_ROLE_MAP names`,
    };
  if (role !== 'partner') return { ok: true, role, partnerRef: undefined };
  const partnerRef = valuesOf(claims[settings.partnerClaim])[0]?.trim();
  if (!partnerRef)
    return {
      ok: false,
      reason: 'OIDC_NO_PARTNER',
      detail: `a partner person needs the claim "${settings.partnerClaim}" naming its organisation's Actor`,
    };
  return { ok: true, role, partnerRef };
}

const loginNamePattern = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** A login name for a new account from the provider's preferred_username or email; else one from the subject. */
export function loginNameOfClaims(claims: Claims, subjectHash: string): string {
  for (const key of ['preferred_username', 'email']) {
    const value = claims[key];
    if (typeof value !== 'string') continue;
    const name = value
      .trim()
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9._@-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 56);
    if (loginNamePattern.test(name)) return name;
  }
  return `landkreis-${subjectHash.slice(0, 12)}`;
}

/** The name shown in the explorer and the change history: name, else given and family name, else the login name. */
export function displayNameOfClaims(claims: Claims, loginName: string): string {
  const text = (key: string) => (typeof claims[key] === 'string' ? claims[key].trim() : '');
  const name = text('name') || [text('given_name'), text('family_name')].filter(Boolean).join(' ');
  return (name || loginName).slice(0, 200);
}
