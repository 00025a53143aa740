// Failed logins per IP address: a refused token or API key counts, a good one does not, so a client whose
// credentials hold is never slowed. Once an address has AUTH_FAILURE_MAX failures in the window, requests from it
// that carry credentials are refused (429) before anything is verified or looked up in the database, until the
// window ends. Requests without credentials are not affected (the request rate limit covers them).
import type { Request } from 'express';
import { ipKeyGenerator, MemoryStore, type Options } from 'express-rate-limit';
import type { Limits } from '../config.js';
import { AppError, ErrorCode } from '../errors.js';

export interface AuthFailureLimit {
  /** A RATE_LIMITED error when the request's address is over the limit, else undefined. */
  check(req: Request): Promise<AppError | undefined>;
  /** Counts a refused token or API key against the request's address. */
  record(req: Request): Promise<void>;
  close(): void;
}

export function limitAuthFailures(limits: Pick<Limits, 'authFailureWindowMs' | 'authFailureMax'>): AuthFailureLimit {
  const store = new MemoryStore();
  store.init({ windowMs: limits.authFailureWindowMs } as Options);
  // IPv6 addresses are counted per /56 network, as the request rate limit does: one host has many of them.
  const keyOf = (req: Request) => ipKeyGenerator(req.ip ?? 'unknown');
  return {
    async check(req) {
      const client = await store.get(keyOf(req));
      if (!client || client.totalHits < limits.authFailureMax) return undefined;
      const retryAfterSeconds = Math.max(1, Math.ceil(((client.resetTime?.getTime() ?? 0) - Date.now()) / 1000));
      return new AppError(
        ErrorCode.RATE_LIMITED,
        `Too many failed logins from your address: at most ${limits.authFailureMax} refused tokens or API keys per ${limits.authFailureWindowMs / 1000} s (AUTH_FAILURE_MAX); try again in ${retryAfterSeconds} s`,
        {
          reason: 'AUTH_FAILURES',
          limit: limits.authFailureMax,
          windowMs: limits.authFailureWindowMs,
          retryAfterSeconds,
        },
      );
    },
    async record(req) {
      await store.increment(keyOf(req));
    },
    close: () => store.shutdown(),
  };
}
