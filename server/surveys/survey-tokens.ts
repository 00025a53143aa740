// The tokens of the survey links: 192 random bits, shown once when a link is issued; the database keeps only their
// SHA-256, so that a copy of the database opens no form. A token's shape is checked before it is hashed or looked up.
import { createHash, randomBytes } from 'node:crypto';

const prefix = 'bna_';
/** 24 bytes = 192 bits of randomness as base64url: 32 characters. */
const tokenPattern = /^bna_[A-Za-z0-9_-]{32}$/;

export function createSurveyToken(): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

export function hashSurveyToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** True when the text has a token's shape (anything else is refused without a database lookup). */
export function isSurveyTokenShape(token: unknown): token is string {
  return typeof token === 'string' && tokenPattern.test(token);
}
