import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type { AppConfig } from '../../../apps/api/src/config/app-config';
import { createApp } from '../../../apps/api/src/create-app';

export interface TestApp {
  app: INestApplication;
  /** A supertest agent on the app's HTTP server. */
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The API on a database of its own: with DATABASE_URL, a fresh `bemanna_test_<random>` on that
 * server, dropped at the end; without it, a fresh embedded PostgreSQL in a temporary folder.
 * Migrations run as the app starts, exactly as in production. `overrides` change the test
 * configuration.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const serverUrl = process.env.DATABASE_URL;
  let databaseUrl: string | undefined;
  let dataDir = '';
  let cleanUp: () => Promise<void>;
  if (serverUrl) {
    const name = `bemanna_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    cleanUp = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bemanna-e2e-'));
    cleanUp = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const config: AppConfig = {
    port: 0,
    databaseUrl,
    dataDir,
    timezone: 'Europe/Stockholm',
    country: 'SE',
    seedDemo: false,
    logLevel: 'silent',
    webDir: path.join(dataDir || os.tmpdir(), 'no-web-app'),
    // Off, so that no test meets a forecast run the clock started; a test may turn it on.
    nightlyForecast: null,
    ...overrides,
  };
  try {
    const running = await createApp(config);
    return {
      app: running.app,
      http: () => request(running.app.getHttpServer()),
      async close() {
        await running.close();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
