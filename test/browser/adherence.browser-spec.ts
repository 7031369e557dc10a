import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { DemoSeedService } from '../../apps/api/src/demo/demo-seed.service';
import { type BrowserApp, describeInBrowser, useBrowserApp } from './support/browser-app';

/** The demo's first week plans in seconds with a short budget; its states follow. */
const TIME_LIMIT_SECONDS = 4;

/**
 * The unit manager on the Wednesday of week 48: the week is published and the telephony
 * system's states of Monday to Wednesday noon are imported. She reads the team's adherence,
 * opens an agent's day with its exceptions, and has a bad state file refused by line.
 */
describeInBrowser('The adherence page in the browser', () => {
  let sut: BrowserApp;
  let page: Page;

  // A refused import answers 400 on purpose (the page lists its rows); anything else is a bug.
  useBrowserApp(
    (app) => {
      sut = app;
      page = app.page;
    },
    { allowedPageErrors: /status of 400/ },
  );

  it("should show the week's adherence per team and agent once states are imported", async () => {
    const demo = sut.app.get(DemoSeedService);
    const [forecast] = await (await fetch(`${sut.baseUrl}/api/forecasts`)).json();
    const { jobId } = await demo.planFirstWeek(forecast.id, TIME_LIMIT_SECONDS);
    const imported = await demo.importAgentStatesAfter(jobId);
    expect(imported?.rowCount).toBeGreaterThan(10_000);

    await page.goto(`${sut.baseUrl}/adherence`);
    await page.getByRole('heading', { name: 'Följsamhet', level: 1 }).waitFor();
    await page.getByText(/Agentstatus är importerad till och med/).waitFor();
    const table = page.getByRole('table', { name: 'Följsamhet per medarbetare och dag' });
    await table.waitFor();
    // The eight agents sick on Monday show their sick leave, not a poor day.
    expect(await table.getByRole('button', { name: /, mån 23\/11: Sjuk/ }).count()).toBe(8);
    expect(
      await table.getByRole('button', { name: /, mån 23\/11: [\d,]+\s%/ }).count(),
    ).toBeGreaterThan(60);
    await page.getByRole('figure', { name: 'Följsamhet per dag och team' }).waitFor();
    await page.getByRole('figure', { name: 'Agenter i telefon per kvart' }).waitFor();
    // What it did to the forecast's service level: the sick and the late cost calls in time.
    await page.getByRole('figure', { name: 'Vad det gjorde med servicenivån' }).waitFor();
    const report = await (
      await fetch(`${sut.baseUrl}/api/adherence?from=2026-11-23&to=2026-11-29`)
    ).json();
    expect(report.serviceLevel.total.actual).toBeLessThan(report.serviceLevel.total.scheduled);
    await sut.screenshot('adherence-week');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('foljsamhet-2026-11-23.csv');
    const lines = fs
      .readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(
      lines[0]
        ?.replace(/^\ufeff/, '')
        .split(';')
        .slice(0, 4),
    ).toEqual(['Team', 'Medarbetare', 'Id', 'Datum']);
    // Every agent-day of the report, sick days (weekends too) named as the table names them.
    const week = await (
      await fetch(`${sut.baseUrl}/api/adherence?from=2026-11-23&to=2026-11-29`)
    ).json();
    const days = week.agents.flatMap((agent: { days: { absence: string | null }[] }) => agent.days);
    expect(lines).toHaveLength(1 + days.length);
    expect(lines.filter((line) => line.endsWith(';Sjuk'))).toHaveLength(
      days.filter((day: { absence: string | null }) => day.absence === 'sick').length,
    );
  });

  it("should open an agent's day with the schedule, the states and the exceptions", async () => {
    const table = page.getByRole('table', { name: 'Följsamhet per medarbetare och dag' });
    // Agents are listed worst first within each team: the first cell has exceptions.
    const cell = table.getByRole('button', { name: /, mån 23\/11: [\d,]+\s%/ }).first();
    await cell.click();
    await page.getByRole('table', { name: 'Avvikelser (minst 5 minuter)' }).waitFor();
    await page.getByText('Schema', { exact: true }).first().waitFor();
    await page.getByText('Faktiskt', { exact: true }).first().waitFor();
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    await sut.screenshot('adherence-agent-day');
  });

  it('should refuse a bad state file by line and field, and store nothing', async () => {
    const before = await (await fetch(`${sut.baseUrl}/api/adherence/imports`)).json();
    const csv = [
      'agent_id,state,start,end,reason',
      'a-nobody,ready,2026-11-25T13:00:00+01:00,2026-11-25T13:30:00+01:00,',
      'a-nobody,away,2026-11-25T13:30:00+01:00,2026-11-25T14:00:00+01:00,',
    ].join('\n');
    await page.getByLabel('CSV-fil').setInputFiles({
      name: 'acd-states.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${csv}\n`),
    });
    await page.getByRole('button', { name: 'Importera' }).click();
    const rejection = page.getByRole('alert');
    await rejection.getByRole('cell', { name: 'agent_id' }).first().waitFor();
    expect(await rejection.getByRole('row').count()).toBe(1 + 3);
    await rejection.getByRole('cell', { name: /"away" är ingen status/ }).waitFor();
    const after = await (await fetch(`${sut.baseUrl}/api/adherence/imports`)).json();
    expect(after).toHaveLength(before.length);
    await sut.screenshot('adherence-import-refused');
  });

  it("should show the week's adherence so far on the overview, linked to the page", async () => {
    await page.goto(sut.baseUrl);
    const link = page.getByRole('link', { name: /^Följsamhet hittills i veckan: [\d,]+\s%/ });
    await link.waitFor();
    await page
      .getByText(/Servicenivå med dem som var i telefon: [\d,]+\s%, mot [\d,]+\s% med schemat\./)
      .waitFor();
    await link.click();
    await page.getByRole('heading', { name: 'Följsamhet', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?week=2026-11-23');
  });

  it("should set the demo's written queues and show each one's week on the published week", async () => {
    await page.goto(`${sut.baseUrl}/settings?tab=writtenQueues`);
    const inbox = page.getByRole('row', { name: /E-post och webbformulär/ });
    // 725 cases a week at 7 minutes.
    await inbox.getByRole('cell', { name: '84,6' }).waitFor();
    await inbox.getByRole('button', { name: 'Ändra' }).click();
    // The demo's two years of e-mail give a forecast that won its backtest.
    await page.getByRole('button', { name: 'Föreslå från historiken' }).click();
    await page
      .getByText(
        /^Prognos för veckan från .* på \d+ dagars historik \(fel per dag i backtest \d+(,\d)?\s%\)/,
      )
      .waitFor();
    expect(Number(await page.getByLabel('mån', { exact: true }).inputValue())).toBeGreaterThan(100);
    await page.getByLabel('Minuter per ärende').fill('8');
    await page.getByRole('button', { name: 'Spara' }).click();
    // Saved with the suggested cases and 8 minutes a case.
    await inbox.getByRole('cell', { name: '8', exact: true }).waitFor();
    await sut.screenshot('10c-settings-written-queues');
    await page.goto(`${sut.baseUrl}/schedule`);
    await page
      .getByRole('row', { name: /Vecka 48 \(demo\)/ })
      .getByRole('button', { name: 'Öppna' })
      .click();
    const elderCare = page.getByRole('table', {
      name: /^Äldreomsorg, e-post: \d+(,\d)?\s% av ärendena besvaras i tid/,
    });
    await elderCare.waitFor();
    expect(await elderCare.getByRole('row', { name: /^Hela veckan/ }).textContent()).toMatch(
      /^Hela veckan190190/,
    );
    await elderCare.scrollIntoViewIfNeeded();
    await sut.screenshot('21-schedule-written-queues');
    // The overview says it too, for the published week.
    await page.getByRole('navigation').getByRole('link', { name: 'Översikt' }).click();
    await page
      .getByText(
        /Skriftliga ärenden besvarade i tid: Äldreomsorg, e-post \d+(,\d)?\s%, E-post och webbformulär \d+(,\d)?\s%\./,
      )
      .waitFor();
  });
});
