// Structured JSON logs (pino). One logger for the process; modules take a child with their own name.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'bildungsnetz'): Logger {
  return pino({ name, level, base: { pid: process.pid } });
}
