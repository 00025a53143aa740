// What the server started, stopped in the reverse order: each step on its own (one that fails or throws does not
// skip the rest), and the whole bounded in time, so that a hung step cannot keep the process from exiting.
import type { Logger } from '../logger.js';

export interface StopStep {
  name: string; // for the log, e.g. "http", "database"
  stop: () => Promise<void> | void;
}

export interface StopResult {
  failed: string[]; // steps that threw
  timedOut: boolean; // the time limit passed before every step had finished
}

export class StopList {
  private readonly steps: StopStep[] = [];

  /** Remember something started; it is stopped before everything added earlier. */
  add(name: string, stop: StopStep['stop']): void {
    this.steps.push({ name, stop });
  }

  /** Stops every step, newest first, within timeoutMs in all. Never throws. */
  async stopAll(log: Logger, timeoutMs: number): Promise<StopResult> {
    const failed: string[] = [];
    let current: string | undefined;
    const run = async () => {
      for (const step of this.steps.splice(0).reverse()) {
        current = step.name;
        try {
          await step.stop();
          log.debug({ step: step.name }, 'stopped');
        } catch (error) {
          failed.push(step.name);
          log.error({ err: error, step: step.name }, `stopping ${step.name} failed; stopping the rest`);
        } finally {
          current = undefined;
        }
      }
    };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      run().then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), timeoutMs);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) log.error({ step: current, timeoutMs }, `shutdown took longer than ${timeoutMs} ms; giving up`);
    return { failed, timedOut };
  }
}
