// Whether the database is reachable, as far as this process knows. A request that finds it unreachable marks it
// down; from then on requests are refused at once (no waiting on connection timeouts and retries) while a probe
// checks every probeIntervalMs whether it is back, and marks it up again when it is: the server recovers by itself.
import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';

export interface DatabaseWatch {
  readonly available: boolean;
  markUnavailable(reason: string): void;
  close(): void;
}

export interface WatchOptions {
  probeIntervalMs: number;
  log?: Logger;
}

export function watchDatabase(driver: Driver, database: string | undefined, options: WatchOptions): DatabaseWatch {
  let available = true;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const probe = async () => {
    timer = undefined;
    if (closed) return;
    try {
      await driver.executeQuery('RETURN 1', {}, { database });
      available = true;
      options.log?.info('the database is reachable again');
    } catch {
      if (!closed) timer = setTimeout(() => void probe(), options.probeIntervalMs);
    }
  };

  return {
    get available() {
      return available;
    },
    markUnavailable(reason) {
      if (closed) return;
      if (available) options.log?.warn({ reason }, 'the database is unreachable: refusing requests until it is back');
      available = false;
      timer ??= setTimeout(() => void probe(), options.probeIntervalMs);
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}
