// What several test files need and nobody changes (the built explorer, the demo county loaded) is made once per
// run: the first worker to ask makes it, the others wait for it. Workers are separate processes, so they agree
// through the run's scratch folder (global-setup.ts): creating a folder is atomic, the first to create the lock
// makes the thing, and a marker file says when it is done or why it failed.
import fs from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';

const waitMs = 240_000; // as long as the hook timeout: a build on a busy machine takes a while
const pollMs = 100;

/** Runs make(dir) once in the whole run and returns dir, a folder of the run for what it made. */
export async function oncePerRun(name: string, make: (dir: string) => Promise<void>): Promise<string> {
  const base = path.join(inject('runDir'), name);
  const dir = `${base}.out`;
  const marker = `${base}.done`;
  try {
    await fs.mkdir(`${base}.lock`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await waitForMarker(name, marker);
    return dir;
  }
  try {
    await fs.mkdir(dir, { recursive: true });
    await make(dir);
    await writeMarker(marker, 'ok');
  } catch (error) {
    // The others waiting for it fail too, with the reason, instead of waiting until their timeout.
    await writeMarker(marker, `failed: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
  return dir;
}

/** Written under another name and renamed, so that a worker reading it never sees half of it. */
async function writeMarker(marker: string, content: string): Promise<void> {
  await fs.writeFile(`${marker}.partial`, content);
  await fs.rename(`${marker}.partial`, marker);
}

async function waitForMarker(name: string, marker: string): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const content = await fs.readFile(marker, 'utf8').catch(() => undefined);
    if (content === 'ok') return;
    if (content !== undefined) throw new Error(`${name}, made by another test worker, ${content}`);
    if (Date.now() > deadline) throw new Error(`${name} was not made by another test worker within ${waitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
