// A per-request cap on database sessions: GraphQL resolves the root fields of a query (and the items of a list)
// at the same time, so 300 aliases of one analysis would otherwise take 300 pooled connections at once and leave
// none for anybody else. Every session of a request goes through its gate; fields beyond the cap wait their turn.
import type { Driver, Session, SessionConfig } from 'neo4j-driver';

export interface SessionGate {
  readonly max: number; // sessions one request may hold at once
  readonly inUse: number; // sessions held now
  readonly highWater: number; // the most held at once so far
  readonly waiting: number; // callers queued for a slot
  /** Waits for a slot; the function it resolves to gives the slot back (once). */
  acquire(): Promise<() => void>;
  /** Takes a slot at once, even over the cap: for the driver's synchronous calls (see gateDriver). */
  take(): () => void;
}

/** What the server remembers of all its gates: the most sessions one request held at once. */
export interface SessionUse {
  highWater: number;
}

export function createSessionGate(max: number, use?: SessionUse): SessionGate {
  if (!Number.isInteger(max) || max < 1) throw new Error(`a session gate needs a cap of 1 or more, got ${max}`);
  const queue: (() => void)[] = [];
  let inUse = 0;
  let highWater = 0;

  const take = (): (() => void) => {
    inUse += 1;
    highWater = Math.max(highWater, inUse);
    if (use) use.highWater = Math.max(use.highWater, inUse);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      inUse -= 1;
      // The slot goes straight to the next in line, so that a newcomer cannot overtake the queue.
      const next = queue.shift();
      if (next) next();
    };
  };

  return {
    max,
    get inUse() {
      return inUse;
    },
    get highWater() {
      return highWater;
    },
    get waiting() {
      return queue.length;
    },
    acquire() {
      if (inUse < max && queue.length === 0) return Promise.resolve(take());
      return new Promise((resolve) => queue.push(() => resolve(take())));
    },
    take,
  };
}

/**
 * A session that opens the driver's session only once it holds a slot of the gate (on the first executeRead or
 * executeWrite) and gives the slot back on close. run and beginTransaction answer synchronously, so they cannot
 * wait: they take a slot at once, over the cap if need be (only mutations use them, and GraphQL runs the fields of
 * a mutation one after another).
 */
function gatedSession(driver: Driver, config: SessionConfig | undefined, gate: SessionGate): Session {
  let session: Session | undefined;
  let release: (() => void) | undefined;
  let opening: Promise<Session> | undefined;

  const open = (): Promise<Session> => {
    opening ??= gate.acquire().then((give) => {
      release = give;
      session = driver.session(config);
      return session;
    });
    return opening;
  };
  const openNow = (): Session => {
    if (!session) {
      release = gate.take();
      session = driver.session(config);
      opening = Promise.resolve(session);
    }
    return session;
  };

  const gated = {
    executeRead: async (...args: Parameters<Session['executeRead']>) => (await open()).executeRead(...args),
    executeWrite: async (...args: Parameters<Session['executeWrite']>) => (await open()).executeWrite(...args),
    run: (...args: Parameters<Session['run']>) => openNow().run(...args),
    beginTransaction: (...args: Parameters<Session['beginTransaction']>) => openNow().beginTransaction(...args),
    lastBookmarks: () => session?.lastBookmarks() ?? [],
    close: async () => {
      try {
        if (opening) await (await opening).close();
      } finally {
        release?.();
      }
    },
    [Symbol.asyncDispose]: () => gated.close(),
  };
  return gated as unknown as Session;
}

/** The driver as one request sees it: executeQuery and sessions wait for a slot of the request's gate. */
export function gateDriver(driver: Driver, gate: SessionGate): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') return (config?: SessionConfig) => gatedSession(target, config, gate);
      if (property === 'executeQuery') {
        return async (...args: Parameters<Driver['executeQuery']>) => {
          const release = await gate.acquire();
          try {
            return await target.executeQuery(...args);
          } finally {
            release();
          }
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A request's gate and the driver that goes through it, as the GraphQL context carries them. */
export interface RequestSessions {
  gate: SessionGate;
  driver: Driver;
}

export function createRequestSessions(driver: Driver, max: number, use?: SessionUse): RequestSessions {
  const gate = createSessionGate(max, use);
  return { gate, driver: gateDriver(driver, gate) };
}
