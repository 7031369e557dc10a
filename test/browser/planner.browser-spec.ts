import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { type BrowserApp, describeInBrowser, useBrowserApp } from './support/browser-app';

/** A format A file; line 1 is the header, so the n-th row is line n + 1. */
function formatA(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  const csv = ['interval_start,answer_group,offered,answered,aht_seconds', ...rows].join('\n');
  return { name: 'acd-export.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`) };
}

/**
 * The planner's day, in order: each test continues where the previous one left the browser, as
 * a planner would (import, then forecast, then requirements).
 */
describeInBrowser('The planner in the browser', () => {
  let sut: BrowserApp;
  let page: Page;

  useBrowserApp((app) => {
    sut = app;
    page = app.page;
  });

  const chooseFile = (file: ReturnType<typeof formatA>) =>
    page.getByLabel('CSV-fil').setInputFiles(file);
  const chosenVersion = () =>
    page.getByLabel('Prognosversion').locator('option:checked').textContent();

  it("should serve the OpenAPI document the web app's committed types were generated from", async () => {
    // Otherwise a renamed DTO field would compile against stale types and break a page.
    const script = path.resolve(__dirname, '../../apps/web/scripts/generate-api-types.js');
    const { stdout } = await promisify(execFile)(process.execPath, [script, '--check'], {
      env: { ...process.env, API_URL: sut.baseUrl },
    });
    expect(stdout).toContain('matches the API');
  });

  it("should serve the web app's pages and answer the API's errors as the API does", async () => {
    const page = await fetch(`${sut.baseUrl}/schema`);
    expect([page.status, page.headers.get('content-type')]).toEqual([
      200,
      'text/html; charset=utf-8',
    ]);
    const unknown = await fetch(`${sut.baseUrl}/api/nothing-here`);
    expect([unknown.status, (await unknown.json()).message]).toEqual([
      404,
      'Cannot GET /api/nothing-here',
    ]);
    // The web app's fallback once turned this into 404 "Cannot POST /api/teams".
    const malformed = await fetch(`${sut.baseUrl}/api/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id": "x",}',
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).message).toMatch(/JSON/);
  });

  it('should open on the overview in Swedish with every answer group', async () => {
    await page.goto(sut.baseUrl);
    await page.getByRole('heading', { name: 'Översikt', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Denna vecka, v\. 48 \(mån 23 nov\. 2026/ }).waitFor();
    const firstTable = page.locator('table').first();
    await firstTable.getByRole('rowheader', { name: 'Äldre Direkt' }).waitFor();
    expect(await firstTable.locator('tbody tr').count()).toBe(7);
    await page
      .getByText('Inget publicerat schema för veckan ännu', { exact: false })
      .first()
      .waitFor();
    await sut.screenshot('01-overview');
  });

  it('should answer an unknown address with its own page inside the menu', async () => {
    await page.goto(`${sut.baseUrl}/schema`);
    await page.getByRole('heading', { name: 'Sidan finns inte', level: 1 }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Schema' }).waitFor();
    await page.getByRole('link', { name: 'Till översikten' }).click();
    await page.getByRole('heading', { name: 'Översikt', level: 1 }).waitFor();
  });

  it('should show the line and field of a bad row and store nothing', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Importera samtalshistorik' }).waitFor();
    await chooseFile(
      formatA([
        '2026-11-20T08:00:00+01:00,aldre-direkt,12,11,300',
        '2026-11-20T08:15:00+01:00,aldre-direkt,tolv,11,300',
      ]),
    );
    await page.getByRole('button', { name: 'Importera' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Inget har sparats' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Filen har 1 felaktig rad.');
    const errorRow = alert.locator('tbody tr').first();
    expect(await errorRow.locator('td').nth(0).textContent()).toBe('3');
    expect(await errorRow.locator('td').nth(1).textContent()).toBe('offered');
    expect(await errorRow.locator('td').nth(2).textContent()).toBe(
      '"tolv" är inget tal ≥ 0 (t.ex. 12.5)',
    );
    await sut.screenshot('02-import-error');
  });

  it('should import a good file and list it in the import history', async () => {
    await chooseFile(
      formatA([
        '2026-11-20T08:00:00+01:00,aldre-direkt,12,11,300',
        '2026-11-20T08:15:00+01:00,aldre-direkt,14,13,310',
      ]),
    );
    await page.getByRole('button', { name: 'Importera' }).click();
    const status = page.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^Klart: 2 rader/);
    await page.getByRole('cell', { name: 'acd-export.csv' }).first().waitFor();
    await sut.screenshot('03-import-done');
  });

  it('should map the columns of a new export the first time and then import it', async () => {
    const callGuide = [
      'Datum;Tid;Kö;Inkommande;Besvarade;Snitt hanteringstid',
      '2026-11-20;08:30;aldre-direkt;15;14;245,5',
      '2026-11-20;08:45;aldre-direkt;9;9;260',
    ].join('\n');
    await chooseFile({
      name: 'callguide.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${callGuide}\n`),
    });
    await page.getByRole('group', { name: 'Koppla kolumner' }).waitFor();
    // The guesses come from the header; only the mapping's name is left to the planner.
    expect(await page.getByLabel('Svarsgrupp (kö) *').inputValue()).toBe('Kö');
    await page.getByLabel('Namn på kopplingen').fill('CallGuide kvart');
    await sut.screenshot('04-import-mapping');
    await page.getByRole('button', { name: 'Spara kopplingen' }).click();
    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByRole('status').filter({ hasText: 'Klart: 2 rader' }).waitFor();
  });

  it('should warn on the overview that the forecast is older than its history', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Översikt' }).click();
    await page.getByText(/Prognosen är äldre än historiken/).waitFor();
  });

  it('should run a forecast as a job and show history, forecast and accuracy', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Prognos' }).click();
    await page.getByRole('heading', { name: 'Gör en prognos' }).waitFor();
    // The page's fixed today, the day after the demo's history.
    expect(await page.getByLabel('Från och med').inputValue()).toBe('2026-11-23');
    await page.getByLabel('Antal dagar').fill('14');
    await page.getByRole('button', { name: 'Gör prognos' }).click();
    const done = page.getByRole('status').filter({ hasText: /Prognos #\d+ är klar/ });
    await done.waitFor({ timeout: 90_000 });
    const created = (await done.textContent())?.match(/#(\d+)/)?.[1];
    expect(await page.getByLabel('Prognosversion').inputValue()).toBe(created);
    expect(await chosenVersion()).toContain(
      `#${created} Prognos från 2026-11-23, 14 dagar · Automatiskt val`,
    );
    await page
      .getByRole('figure', { name: 'Utfall och prognos av inkommande samtal' })
      .locator('canvas')
      .first()
      .waitFor();
    await page.getByRole('columnheader', { name: 'WAPE intervall' }).waitFor();
    await page.getByText(/vald i backtest/).waitFor();
    await sut.screenshot('05-forecast');
  });

  it('should adjust a day with a note and compare the new version with the old', async () => {
    const before = await page.getByLabel('Prognosversion').inputValue();
    await page.getByLabel('Från', { exact: true }).fill('2026-11-24');
    await page.getByLabel('Till och med').fill('2026-11-24');
    await page.getByLabel('Ändring (%)').fill('20');
    await page.getByLabel('Anteckning').fill('Utskick av fakturor');
    await page.getByRole('button', { name: 'Spara justering' }).click();
    await page
      .getByRole('heading', { name: `Jämförelse med version #${before}, samtal per dag` })
      .waitFor();
    expect(await page.getByLabel('Prognosversion').inputValue()).not.toBe(before);
    expect(await chosenVersion()).toMatch(
      /^#\d+ Äldre Direkt 2026-11-24 – 2026-11-24 \+20 %: Utskick av fakturor · justering av #\d+/,
    );
    const adjustedDay = page.getByRole('row', { name: /tis 24 nov\. 2026/ });
    expect(await adjustedDay.locator('td').last().textContent()).toMatch(/^20(,0)?\s%$/);
    await page
      .getByText(/Utskick av fakturor/)
      .filter({ visible: true })
      .first()
      .waitFor();
    await sut.screenshot('06-forecast-adjusted');
  });

  it('should open the requirements heat map, answer a what-if at once and show service level on hover', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Bemanningsbehov' }).click();
    const heatMap = page.getByRole('figure', { name: /Värmekarta/ });
    await heatMap.locator('canvas').first().waitFor();
    await page.getByRole('columnheader', { name: 'Enligt inställningarna' }).waitFor();
    const box = await heatMap.boundingBox();
    if (!box) throw new Error('The heat map has no size');
    // The middle of the map is a weekday late morning: open hours with calls.
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3);
    await page.getByText(/Servicenivå med \d+ agenter: \d+(,\d)?\s%/).waitFor();
    await sut.screenshot('07-requirements-hover');
    const plannedHours = await page
      .getByRole('row', { name: /Agenttimmar i telefon/ })
      .locator('td')
      .first()
      .textContent();
    await page.getByLabel('Mål (%)').fill('95');
    const whatIf = page.getByRole('row', { name: /Agenttimmar i telefon/ }).locator('td.whatif');
    await whatIf.waitFor();
    const parse = (text: string | null) =>
      Number((text ?? '').replace(/[^\d,]/g, '').replace(',', '.'));
    expect(parse(await whatIf.textContent())).toBeGreaterThan(parse(plannedHours));
    await sut.screenshot('08-requirements-what-if');
  });

  it('should show settings and switch to English', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('rowheader', { name: 'Äldre Direkt' }).waitFor();
    await page
      .getByRole('row', { name: /Äldre Direkt/ })
      .getByRole('button', { name: 'Ändra' })
      .click();
    await page.getByRole('heading', { name: 'Ändra Äldre Direkt' }).waitFor();
    await sut.screenshot('09-settings');
    await page.getByLabel('Servicemål (%)').fill('85');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByRole('row', { name: /Äldre Direkt/ })
      .getByText(/^85\s%\sinom 120\ss$/)
      .waitFor();
    await page.getByRole('tab', { name: 'Medarbetare' }).click();
    await page.getByText(/\d+ medarbetare/).waitFor();
    await page.getByRole('cell', { name: 'Team Norr' }).first().waitFor();
    await page.getByRole('button', { name: 'Ny medarbetare' }).click();
    await page.getByLabel('Id', { exact: true }).fill('agent-900');
    await page.getByLabel('Namn', { exact: true }).fill('Test Testsson');
    await page.getByLabel('Timmar/vecka (avtal)').fill('30');
    await page.getByRole('checkbox', { name: 'Parkering och trafik' }).check();
    await page.getByRole('button', { name: 'Spara' }).click();
    const added = page.getByRole('row', { name: /Test Testsson/ });
    await added.waitFor();
    expect(await added.textContent()).toContain('Parkering och trafik');
    await sut.screenshot('10-settings-agents');
    await page.getByRole('tab', { name: 'Arbetstidsregler' }).click();
    expect(page.url()).toContain('tab=rules');
    await page.getByLabel('Rast (min, betald)').fill('10');
    await page.getByRole('button', { name: 'Spara regler' }).click();
    await page.getByText('Sparat. Nästa schema läggs med de här reglerna.').waitFor();
    await page.getByText('standard: 15').waitFor();
    await sut.screenshot('10b-settings-rules');
    await page.getByRole('button', { name: 'Återställ standard' }).click();
    await page.getByText('standard: 15').waitFor({ state: 'detached' });
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: /^This week, week \d+/ }).waitFor();
    await sut.screenshot('11-overview-english');
  });
});
