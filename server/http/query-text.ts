// A query-string parameter as the text a route checks. Express gives a string, a list for a repeated parameter
// (?a=1&a=2) or an object for a bracketed one (?a[b]=1); the latter two are shown as JSON, so that the check refuses
// them and its message quotes what came.
import type { Request } from 'express';

export function queryText(value: Request['query'][string]): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return JSON.stringify(value);
}
