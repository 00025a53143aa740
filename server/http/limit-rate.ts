// The rate limit per client: the viewer's id when the request is authenticated (an API key, a user), else the IP
// address. The viewer is read from res.locals.viewer, which the authentication middleware sets before this runs.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Viewer } from '../auth/viewer.js';
import type { Limits } from '../config.js';
import { ErrorCode, errorBody } from '../errors.js';

export function limitRate(limits: Pick<Limits, 'rateLimitWindowMs' | 'rateLimitMax'>): RequestHandler {
  return rateLimit({
    windowMs: limits.rateLimitWindowMs,
    limit: limits.rateLimitMax,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const viewer = res.locals.viewer as Viewer | undefined;
      return viewer && viewer.via !== 'none'
        ? `${viewer.via}:${viewer.id}`
        : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (_req, res, _next, options) => {
      const seconds = res.getHeader('Retry-After');
      res
        .status(options.statusCode)
        .json(
          errorBody(
            ErrorCode.RATE_LIMITED,
            `Too many requests: at most ${limits.rateLimitMax} per ${limits.rateLimitWindowMs / 1000} s per client (RATE_LIMIT_MAX); try again in ${String(seconds)} s`,
            { limit: limits.rateLimitMax, windowMs: limits.rateLimitWindowMs, retryAfterSeconds: Number(seconds) },
          ),
        );
    },
  });
}
