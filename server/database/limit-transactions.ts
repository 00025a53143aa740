// Every transaction the server runs gets a time limit, whoever opens it: the guarded mutations, upsertOffers, the
// analyses, the reports, the import, and @neo4j/graphql's generated queries (which open their sessions on the driver
// they are given). Neo4j stops a transaction that runs longer (the client gets QUERY_TOO_EXPENSIVE, server/errors.ts),
// so one request cannot hold the database for minutes. A timeout given explicitly is kept.
import type { Driver, Session, SessionConfig } from 'neo4j-driver';

type TransactionConfig = NonNullable<Parameters<Session['beginTransaction']>[0]>;

function withTimeout(config: TransactionConfig | undefined, timeoutMs: number): TransactionConfig {
  return config?.timeout === undefined || config.timeout === null ? { ...config, timeout: timeoutMs } : config;
}

function limitSession(session: Session, timeoutMs: number): Session {
  return new Proxy(session, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      switch (property) {
        case 'run':
          return (query: unknown, parameters?: unknown, config?: TransactionConfig) =>
            target.run(query as never, parameters, withTimeout(config, timeoutMs));
        case 'beginTransaction':
          return (config?: TransactionConfig) => target.beginTransaction(withTimeout(config, timeoutMs));
        case 'executeRead':
        case 'executeWrite':
          return (work: never, config?: TransactionConfig) => target[property](work, withTimeout(config, timeoutMs));
        default:
          return (value as (...args: unknown[]) => unknown).bind(target);
      }
    },
  });
}

/** The same driver, with every session's transactions limited to timeoutMs unless they set their own timeout. */
export function limitTransactions(driver: Driver, timeoutMs: number): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property === 'session') return (config?: SessionConfig) => limitSession(target.session(config), timeoutMs);
      if (property === 'executeQuery')
        return (
          query: string,
          parameters?: Record<string, unknown>,
          config: Parameters<Driver['executeQuery']>[2] = {},
        ) =>
          target.executeQuery(query, parameters, {
            ...config,
            transactionConfig: withTimeout(config?.transactionConfig, timeoutMs),
          });
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
}
