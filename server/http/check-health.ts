// /healthz: is the server up and does its database answer? Load balancers take 503 as "not ready".
import type { Driver } from 'neo4j-driver';

export interface Health {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  latencyMs?: number; // round trip of a trivial query
  error?: string; // why the database is down
}

export async function checkHealth(driver: Driver, database?: string, timeoutMs = 3000): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      driver.executeQuery('RETURN 1', {}, { database }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'ok', database: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'degraded', database: 'down', error: (error as Error).message.split('\n')[0] };
  } finally {
    clearTimeout(timer);
  }
}
