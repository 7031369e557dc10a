import type { INestApplication } from '@nestjs/common';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AppConfig } from '../../../apps/api/src/config/app-config';
import { createApp, type RunningApp } from '../../../apps/api/src/create-app';
import { DemoSeedService } from '../../../apps/api/src/demo/demo-seed.service';

const REPO_ROOT = path.resolve(__dirname, '../../..');
export const WEB_DIST = path.join(REPO_ROOT, 'apps/web/dist');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test/artifacts/screenshots');
/** The instant the page takes as now: Monday of week 48, 2026, 09:00 in Stockholm. */
export const BROWSER_TODAY = '2026-11-23T09:00:00+01:00';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser suite can run here. Without Chromium it fails in CI (which installs it)
 * and is skipped with a message elsewhere, so a laptop without it can still run `npm test`.
 */
export function browserAvailability(): { run: boolean; reason?: string } {
  if (fs.existsSync(CHROMIUM)) return { run: true };
  const reason = `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`Browser tests need Chromium in CI. ${reason}`);
  return { run: false, reason };
}

export interface BrowserApp {
  /** The API itself, for a test to reach its services. */
  app: INestApplication;
  baseUrl: string;
  browser: Browser;
  page: Page;
  /** Saves a full-page screenshot as <name>.png in SCREENSHOT_DIR. */
  screenshot(name: string): Promise<void>;
  /** Errors the page logged or threw; a test asserts there are none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * The API on a fresh embedded PostgreSQL in a temporary folder, with the demo centre loaded and
 * the built web app served at /, listening on a free port; and Chromium on a laptop-sized page
 * in Swedish and Stockholm time. test/e2e's startTestApp cannot serve the web app or seed the
 * demo (its config is fixed), hence createApp with a config of our own here.
 */
export async function startBrowserApp(): Promise<BrowserApp> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html')))
    throw new Error(`${WEB_DIST}/index.html is missing: run \`npm run build\` first`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bemanna-browser-'));
  const config: AppConfig = {
    port: 0,
    dataDir,
    timezone: 'Europe/Stockholm',
    country: 'SE',
    seedDemo: true,
    logLevel: 'silent',
    webDir: WEB_DIST,
    nightlyForecast: null,
  };
  let running: RunningApp | undefined;
  let browser: Browser | undefined;
  try {
    running = await createApp(config);
    await running.app.get(DemoSeedService).seedIfEmpty();
    await running.app.listen(0, '127.0.0.1');
    const { port } = running.app.getHttpServer().address() as AddressInfo;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=sv-SE',
      ],
    });
    const page = await browser.newPage({
      viewport: { width: 1366, height: 768 },
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
    });
    // The demo's history ends on 22 November 2026 and its forecast starts the next day; the
    // page's "today" is that Monday morning, so "this week" means the same whenever this runs.
    await page.clock.setFixedTime(new Date(BROWSER_TODAY));
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // A refused import answers 400 on purpose; the page shows it, the browser logs it.
      if (message.type() === 'error' && !/status of 400/.test(message.text()))
        pageErrors.push(message.text());
    });
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const app = running;
    const openBrowser = browser;
    return {
      app: app.app,
      baseUrl: `http://127.0.0.1:${port}`,
      browser,
      page,
      pageErrors,
      async screenshot(name) {
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
      },
      async close() {
        await openBrowser.close();
        await app.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await running?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** `describe` when Chromium is here, else `describe.skip` with the reason printed once. */
export function describeInBrowser(title: string, body: () => void): void {
  const availability = browserAvailability();
  if (!availability.run) console.warn(`Skipping the browser tests: ${availability.reason}`);
  (availability.run ? describe : describe.skip)(title, body);
}

/**
 * One app and browser for a describe block: started before its tests (handed to `onStart`),
 * closed after them, and after each test no page errors but those `allowedPageErrors` matches
 * (a page error is a bug even when the page still looks right).
 */
export function useBrowserApp(
  onStart: (app: BrowserApp) => void,
  options: { allowedPageErrors?: RegExp } = {},
): void {
  let app: BrowserApp | undefined;
  beforeAll(async () => {
    app = await startBrowserApp();
    onStart(app);
  });
  afterAll(async () => {
    await app?.close();
    console.log(`Browser screenshots: ${SCREENSHOT_DIR}`);
  });
  afterEach(() => {
    const errors = app?.pageErrors.splice(0) ?? [];
    expect(errors.filter((error) => !options.allowedPageErrors?.test(error))).toEqual([]);
  });
}
