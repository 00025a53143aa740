// Kubernetes-style probes beside /healthz: /livez (the process answers: restart it when not) and /readyz (send
// it traffic: started, not draining, and the database answers; 503 otherwise, with the reason).
import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { DatabaseWatch } from '../database/watch-database.js';
import { checkHealth } from './check-health.js';

export type ReadinessState = 'starting' | 'ready' | 'draining';

/** Where the server is in its life: starting until main (or a test) says it is ready, draining once it stops. */
export class Readiness {
  state: ReadinessState = 'starting';

  markReady(): void {
    if (this.state === 'starting') this.state = 'ready';
  }

  markDraining(): void {
    this.state = 'draining';
  }
}

export interface ProbeOptions {
  driver: Driver;
  database?: string;
  watch: DatabaseWatch;
  readiness: Readiness;
}

export function createProbeRoutes({ driver, database, watch, readiness }: ProbeOptions): express.Router {
  const router = express.Router();
  router.get('/livez', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (readiness.state !== 'ready') {
      // Draining: ask the client not to keep the connection for another request.
      if (readiness.state === 'draining') res.set('connection', 'close');
      res.status(503).json({ status: readiness.state });
      return;
    }
    const health = await checkHealth(driver, database);
    if (health.status !== 'ok') watch.markUnavailable(health.error ?? 'readiness check failed');
    res
      .status(health.status === 'ok' ? 200 : 503)
      .json({ status: health.status === 'ok' ? 'ready' : 'degraded', database: health.database });
  });
  return router;
}
