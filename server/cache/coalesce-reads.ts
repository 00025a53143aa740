// Requests that need the data version at about the same time share one read of it, without ever being given a
// version older than their own arrival. A caller joins a read only if that read starts after the caller asked: when
// none runs, the caller starts one; while one runs (it started before the caller asked, so it may have missed a write
// acknowledged since), the caller waits for the next, which starts as soon as the running one ends and serves every
// caller that asked in between. So a version is never older than the moment its request asked for it (a write
// acknowledged before that moment is counted), and under load the database sees one version read per read's
// duration instead of one per request (BENCHMARKS.md, issue 17).
//
// A failed read fails the callers that joined it; the next caller starts a new one.

const ignore = () => undefined;

export function coalesceReads<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined; // the read under way
  let next: Promise<T> | undefined; // the read that starts when the running one ends

  const start = (): Promise<T> => {
    const reading = read();
    running = reading;
    const settle = () => {
      if (running === reading) running = undefined;
    };
    reading.then(settle, settle);
    return reading;
  };

  return () => {
    if (!running) return start();
    next ??= running.then(ignore, ignore).then(() => {
      next = undefined;
      return start();
    });
    return next;
  };
}
