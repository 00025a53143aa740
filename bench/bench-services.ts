// Stopping what a bench started, each before what it needs: Chromium, the app, the driver, the local Neo4j. A
// failure to stop one is reported and does not leave the others running.
interface BenchServices {
  browser?: { close(): Promise<void> } | undefined;
  app?: { stop(): Promise<void> } | undefined;
  driver?: { close(): Promise<void> } | undefined;
  local?: { stop(): Promise<void> } | undefined;
}

export async function stopBenchServices({ browser, app, driver, local }: BenchServices): Promise<void> {
  const report = (what: string) => (error: unknown) => console.error(`${what} failed:`, error);
  await browser?.close().catch(report('closing Chromium'));
  await app?.stop().catch(report('stopping the app'));
  await driver?.close().catch(report('closing the driver'));
  await local?.stop().catch(report('stopping the local Neo4j'));
}
