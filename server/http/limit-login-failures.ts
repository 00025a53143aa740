// Failed logins on the login page, counted per login name and per IP address (as limit-auth-failures.ts counts
// refused tokens): over either limit within the window, the login is refused before the password is checked, a
// right one too, until the window ends. A successful login clears its name's count, not its address's. In memory,
// per server process: behind several instances, each counts on its own.
import type { Request } from 'express';
import { ipKeyGenerator, MemoryStore, type Options } from 'express-rate-limit';
import type { AccountSettings } from '../config.js';
import { AppError, ErrorCode } from '../errors.js';

type LoginLimits = Pick<
  AccountSettings,
  'loginFailureWindowMs' | 'loginFailureMaxPerAccount' | 'loginFailureMaxPerAddress'
>;

export interface LoginFailureLimit {
  /** A RATE_LIMITED error (German message) when the name or the address is over its limit, else undefined. */
  check(req: Request, name: string): Promise<AppError | undefined>;
  record(req: Request, name: string): Promise<void>;
  clear(name: string): Promise<void>;
  close(): void;
}

export function limitLoginFailures(limits: LoginLimits): LoginFailureLimit {
  const store = new MemoryStore();
  store.init({ windowMs: limits.loginFailureWindowMs } as Options);
  const addressKey = (req: Request) => `address:${ipKeyGenerator(req.ip ?? 'unknown')}`;
  const accountKey = (name: string) => `account:${name}`;
  const over = async (key: string, max: number) => {
    const client = await store.get(key);
    if (!client || client.totalHits < max) return undefined;
    return Math.max(1, Math.ceil(((client.resetTime?.getTime() ?? 0) - Date.now()) / 1000));
  };
  return {
    async check(req, name) {
      const byAddress = await over(addressKey(req), limits.loginFailureMaxPerAddress);
      const byAccount =
        byAddress === undefined ? await over(accountKey(name), limits.loginFailureMaxPerAccount) : undefined;
      const retryAfterSeconds = byAddress ?? byAccount;
      if (retryAfterSeconds === undefined) return undefined;
      const minutes = Math.ceil(retryAfterSeconds / 60);
      return new AppError(
        ErrorCode.RATE_LIMITED,
        `Zu viele fehlgeschlagene Anmeldungen ${byAddress !== undefined ? 'von Ihrer Adresse' : 'für diesen Anmeldenamen'}. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} wieder.`,
        {
          reason: byAddress !== undefined ? 'LOGIN_FAILURES_ADDRESS' : 'LOGIN_FAILURES_ACCOUNT',
          limit: byAddress !== undefined ? limits.loginFailureMaxPerAddress : limits.loginFailureMaxPerAccount,
          windowMs: limits.loginFailureWindowMs,
          retryAfterSeconds,
        },
      );
    },
    async record(req, name) {
      await store.increment(addressKey(req));
      if (name !== '') await store.increment(accountKey(name));
    },
    async clear(name) {
      await store.resetKey(accountKey(name));
    },
    close: () => store.shutdown(),
  };
}
