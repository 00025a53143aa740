// Passwords of people's accounts: argon2id (memory-hard, the argon2 package's defaults: 64 MiB, 3 passes), never
// stored or logged in plain text. A password is checked against its rules before it is hashed.
import argon2 from 'argon2';
import { BadUserInputError } from '../errors.js';

export const passwordMinLength = 10;
// Longer passwords add nothing and would let a login request make the server hash megabytes.
export const passwordMaxLength = 200;

/** Refuses a password that is too short or too long; the message is German, as the pages that show it. */
export function checkPasswordRules(password: string): void {
  const length = [...password].length;
  if (length < passwordMinLength || length > passwordMaxLength)
    throw new BadUserInputError(
      `Das Passwort muss ${passwordMinLength} bis ${passwordMaxLength} Zeichen lang sein; es hat ${length}.`,
      { field: 'password', reason: 'PASSWORD_RULES' },
    );
}

export function hashPassword(password: string): Promise<string> {
  checkPasswordRules(password);
  return argon2.hash(password, { type: argon2.argon2id });
}

/** Whether the password matches the hash; a malformed hash or an overlong password is no match. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  if (password.length > passwordMaxLength * 4) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a password nobody has, checked when a login name is unknown, disabled or has no password yet: the
 * answer then takes as long as for a known name, so that the time does not tell which names exist.
 */
let decoyHash: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= argon2.hash('decoy password never used', { type: argon2.argon2id });
  await verifyPassword(await decoyHash, password);
  return false;
}
