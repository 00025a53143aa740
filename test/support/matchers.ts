// vitest's asymmetric matchers (expect.stringContaining(), expect.any(), ...) are typed `any`, which the linter's
// no-unsafe-assignment refuses inside an object literal. These are the same matchers typed `unknown`: toEqual() and
// toMatchObject() take them all the same, and no test needs an eslint-disable comment for them.
import { expect } from 'vitest';

/** Matches a string that contains `text`. */
export const textContaining = (text: string): unknown => expect.stringContaining(text);

/** Matches a string that matches `pattern`. */
export const textMatching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

/** Matches any value made by `type` (String, Number, Array, a class). */
export const anyOf = (type: unknown): unknown => expect.any(type);
