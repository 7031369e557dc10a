import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { DataDirInUseError } from './database/embedded-postgres';
import { DemoSeedService } from './demo/demo-seed.service';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  if (!config.databaseUrl)
    console.log(`Embedded PostgreSQL (PGlite) with its data in ${config.dataDir}`);
  const running = await createApp(config);
  if (config.seedDemo) {
    const demo = running.app.get(DemoSeedService);
    const seeded = await demo.seedIfEmpty();
    if (seeded) {
      console.log(`Loaded the demo contact centre (forecast version ${seeded.forecastVersionId})`);
      const planned = await demo.planFirstWeek(seeded.forecastVersionId);
      console.log(
        `Planning and publishing the demo's first week in the background (job ${planned.jobId})`,
      );
      demo.importAgentStatesAfter(planned.jobId).then(
        (imported) => {
          if (imported) console.log(`Imported the demo's agent states (${imported.rowCount} rows)`);
        },
        // The app may shut down before the week is planned; the states then wait for none.
        (error: unknown) => console.error(`Could not import the demo's agent states: ${error}`),
      );
    }
  }
  await running.app.listen(config.port);
  const address = `http://localhost:${config.port}`;
  console.log(
    `Bemanna API listening on ${address} (OpenAPI: ${address}/api/docs, health: ${address}/health)`,
  );

  // Close PGlite cleanly so its files are never left half-written.
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // A problem the user can fix gets its message alone; anything else its stack as well.
  console.error(error instanceof DataDirInUseError ? error.message : error);
  process.exit(1);
});
