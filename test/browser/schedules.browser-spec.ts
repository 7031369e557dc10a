import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { registerHoldingJob, startHoldingJob } from '../e2e/support/hold-job';
import { type BrowserApp, describeInBrowser, useBrowserApp } from './support/browser-app';

/** One answer group and a short optimiser budget keep generation to seconds. */
const GROUP = 'Parkering och trafik';
const TIME_LIMIT_SECONDS = '5';

/** A shift's label ("…, mån 23 nov. 2026 08:00–16:30") with both times `minutes` later. */
function later(label: string, minutes: number): string {
  return label.replace(/(\d\d):(\d\d)/g, (_, hours: string, mins: string) => {
    const total = Number(hours) * 60 + Number(mins) + minutes;
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  });
}

/** A label as a pattern of the labels that start with it (a broken rule may follow). */
function startingWith(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/**
 * The planner cancels a generation waiting in the queue, lays week 48's schedule for one
 * answer group, opens it, moves a shift past the latest end, sees the rule named before saving,
 * saves it anyway and publishes it; then, on the week saved without the sick agent, changes,
 * swaps, removes and adds shifts from the selected shift's card. Each test continues where the
 * previous one left the browser.
 */
describeInBrowser('The schedule page in the browser', () => {
  let sut: BrowserApp;
  let page: Page;

  // A refused save answers 422 on purpose (the page shows the rules); anything else is a bug.
  useBrowserApp(
    (app) => {
      sut = app;
      page = app.page;
    },
    { allowedPageErrors: /status of 422/ },
  );

  it('should cancel a generation waiting behind another job: nothing saved', async () => {
    // Another job holds the worker, so the generation waits in the queue until cancelled.
    registerHoldingJob(sut.app);
    const holding = await startHoldingJob(sut.app);
    await page.goto(`${sut.baseUrl}/schedule`);
    await page.getByText('Inga scheman för veckan ännu.').waitFor();
    await page.getByRole('button', { name: 'Skapa schema' }).click();
    await page
      .getByRole('progressbar', { name: 'I kö: väntar på att ett annat jobb blir klart' })
      .waitFor();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('status').filter({ hasText: 'Avbrutet: inget sparades.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Skapa schema' }).isEnabled()).toBe(true);
    await sut.screenshot('schedule-cancelled');
    await fetch(`${sut.baseUrl}/api/jobs/${holding}/cancel`, { method: 'POST' });
    const [latest] = await (
      await fetch(`${sut.baseUrl}/api/jobs?kind=schedule-generation&limit=1`)
    ).json();
    expect(latest).toMatchObject({ status: 'cancelled', startedAt: null, result: null });
    // The settings list it among the background jobs.
    await page.goto(`${sut.baseUrl}/settings?tab=jobs`);
    const row = page.getByRole('row').filter({ hasText: `${latest.id}Schema` });
    await row.getByRole('cell', { name: 'Avbrutet' }).waitFor();
  });

  it('should generate a schedule for one answer group as a job and open it', async () => {
    await page.goto(sut.baseUrl);
    await page.getByRole('navigation').getByRole('link', { name: 'Schema' }).click();
    await page.getByRole('heading', { name: 'Schema', level: 1 }).waitFor();
    expect(await page.getByLabel('Vecka').inputValue()).toBe('2026-11-23');
    await page.getByText('Inga scheman för veckan ännu.').waitFor();
    const groups = page.getByRole('group', { name: 'Svarsgrupper' }).getByRole('checkbox');
    for (const checkbox of await groups.all()) {
      const name = (await checkbox.evaluate((input) => input.parentElement?.textContent)) ?? '';
      if (name.trim() !== GROUP) await checkbox.uncheck();
    }
    await page.getByLabel('Tidsgräns (s)').fill(TIME_LIMIT_SECONDS);
    await page.getByRole('button', { name: 'Skapa schema' }).click();
    // The optimiser runs to its time limit, so the page counts down what is left of it.
    await page.getByRole('progressbar', { name: /sekunder? kvar$/ }).waitFor();
    const done = page.getByRole('status').filter({ hasText: /Schema #\d+ är klart/ });
    await done.waitFor({ timeout: 90_000 });
    const id = (await done.textContent())?.match(/#(\d+)/)?.[1];
    await page.getByRole('heading', { name: new RegExp(`^#${id} `) }).waitFor();
    await page.getByRole('cell', { name: 'Utkast' }).first().waitFor();
  });

  it('should download the version as a CSV a spreadsheet opens', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exportera (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^schema-2026-11-23-version-\d+\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const [header, first] = csv.split('\r\n');
    expect(header).toBe(
      '\ufeffagent_id;agent_name;team_id;date;shift_start;shift_end;activity;start;end;minutes;answer_group;overtime;written_queue',
    );
    expect(first).toMatch(
      /^[^;]+;[^;]+;[^;]*;2026-11-2\d;\d\d:\d\d;\d\d:\d\d;(phone|meeting|backoffice);/,
    );
  });

  it('should show the timeline, the coverage and the service level against the bound', async () => {
    const timeline = page.getByRole('region', { name: 'Schema per medarbetare och tid' });
    await timeline
      .getByRole('button', { name: /mån 23 nov\. 2026 \d\d:\d\d–\d\d:\d\d/ })
      .first()
      .waitFor();
    await page.getByText(/^(Inget schema kan nå över \d+(,\d)?\s%|Ingen övre gräns)/).waitFor();
    // The centre's default rules, as the version was planned with them.
    await page
      .getByText(
        'Planerat med pass på 6–9 h mellan 07.00 och 18.00, lunch 30 min, rast 15 min och minst 60 min arbete intill raster.',
        { exact: false },
      )
      .waitFor();
    await page
      .getByText(/det här( schemat)?: \d+(,\d)?\s%/)
      .first()
      .waitFor();
    await page
      .getByRole('figure', { name: /Schemalagda agenter i telefon mot behovet/ })
      .locator('canvas')
      .first()
      .waitFor();
    await page.getByRole('heading', { name: `Täckning: ${GROUP}` }).waitFor();
    const week = page.getByRole('row', { name: /^Hela veckan/ });
    expect(await week.textContent()).toMatch(/\d+(,\d)?\s%/);
    await sut.screenshot('20-schedule');
  });

  it('should move a shift by dragging it, in quarter hours', async () => {
    // Monday in the day view: 1.3 pixels a minute, room to drag.
    await page.getByLabel('Visa').selectOption('2026-11-23');
    const shift = page
      .getByRole('region', { name: 'Schema per medarbetare och tid' })
      .getByRole('button', { name: /mån 23 nov\. 2026/ })
      .nth(1);
    const before = (await shift.getAttribute('aria-label')) ?? '';
    // The mouse only reaches what is on screen.
    await shift.scrollIntoViewIfNeeded();
    const box = await shift.boundingBox();
    if (!box) throw new Error('The shift has no size');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 20, y);
    await page.mouse.down();
    // 40 px is 31 minutes: it snaps to half an hour.
    await page.mouse.move(box.x + 40, y, { steps: 4 });
    await page.mouse.move(box.x + 60, y, { steps: 4 });
    await page.mouse.up();
    await page.getByRole('heading', { name: /\(1 ändring\)/ }).waitFor();
    expect(await shift.getAttribute('aria-label')).toBe(later(before, 30));
  });

  it("should move a shift's end by dragging its right edge", async () => {
    const shift = page
      .getByRole('region', { name: 'Schema per medarbetare och tid' })
      .getByRole('button', { name: /mån 23 nov\. 2026/ })
      .nth(2);
    const before = (await shift.getAttribute('aria-label')) ?? '';
    const handle = shift.locator('[data-handle="end"]');
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    if (!box) throw new Error('The end handle has no size');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 20, y, { steps: 4 });
    await page.mouse.move(x - 40, y, { steps: 4 });
    await page.mouse.up();
    await page.getByRole('heading', { name: /\(2 ändringar\)/ }).waitFor();
    const [start, end] = before.match(/\d\d:\d\d/g) ?? [];
    expect(await shift.getAttribute('aria-label')).toContain(`${start}–${later(end ?? '', -30)}`);
  });

  it('should name the rule a move past the latest end breaks, with the effect, before saving', async () => {
    const shift = page
      .getByRole('region', { name: 'Schema per medarbetare och tid' })
      .getByRole('button', { name: /mån 23 nov\. 2026/ })
      .first();
    await shift.focus();
    // Twelve hours later asked, the shift stops at the view's end (19:00), past the 18:00 latest
    // end whatever the optimiser chose for it.
    for (let i = 0; i < 48; i++) await page.keyboard.press('ArrowRight');
    expect(await shift.getAttribute('aria-label')).toMatch(/–19:00/);
    await page.getByRole('heading', { name: /\(3 ändringar\)/ }).waitFor();
    const broken = page.locator('.broken-rules');
    await broken.getByText('Senaste slut').first().waitFor();
    await page.getByText(/Servicenivå för veckan: \d+(,\d)?\s% före, \d+(,\d)?\s% efter/).waitFor();
    expect(await shift.getAttribute('aria-label')).toMatch(/Bruten regel: .*Senaste slut/);
    expect(await page.locator('.timeline button.shift.broken').count()).toBeGreaterThan(0);
    await sut.screenshot('21-schedule-broken-rule');
  });

  it('should refuse the save with the rules, save it anyway as a new version and publish it', async () => {
    await page.getByRole('button', { name: 'Spara som ny version' }).click();
    await page.getByText('Sparades inte: schemat bryter regler.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Spara ändå' }).click();
    await page.getByRole('heading', { name: /\(ändrad\)/ }).waitFor();
    await page.getByRole('button', { name: 'Publicera' }).click();
    await page.getByText(/Publicerad \d+ nov\. 2026/).waitFor();
    const published = page.getByRole('row', { name: /\(ändrad\)/ });
    // The versions' list follows the publish a moment later.
    await published.getByText('Publicerad').waitFor();
    expect(await published.getByText('Publicerad').count()).toBe(1);
    await sut.screenshot('22-schedule-published');
  });
  it('should show what sick leave registered on the absences page takes from the published week', async () => {
    const timeline = page.getByRole('region', { name: 'Schema per medarbetare och tid' });
    // A Monday shift that breaks no rule: the published version, saved by force, broke some,
    // and which shifts those are depends on what the time-limited optimiser chose.
    const monday = timeline
      .getByRole('button', { name: /^[^,]+, mån 23 nov\. 2026 \d\d:\d\d–\d\d:\d\d$/ })
      .first();
    const label = (await monday.getAttribute('aria-label')) ?? '';
    const agent = label.split(',')[0] ?? '';
    await page.getByRole('navigation').getByRole('link', { name: 'Frånvaro' }).click();
    await page.getByRole('heading', { name: 'Frånvaro', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Registrera frånvaro' });
    const option = form.getByRole('option', { name: new RegExp(`^${agent} \\(`) });
    await form.getByLabel('Medarbetare').selectOption((await option.getAttribute('value')) ?? '');
    // The browser's day is Monday 23 November: sick from today, kind Sjuk by default.
    await form.getByRole('button', { name: 'Registrera' }).click();
    await page.getByText(`Registrerat: ${agent}`, { exact: false }).waitFor();
    await page.goBack();
    const impact = page.getByRole('region', { name: 'Frånvaro efter att schemat lades' });
    await impact
      .getByText(
        /^Ett pass faller bort\. Förväntad servicenivå för veckan: \d+(,\d)?\s% enligt schemat/,
      )
      .waitFor();
    await impact.getByText(`${agent}, Sjuk, mån 23 nov. 2026: ett pass`).waitFor();
    await timeline
      .getByRole('button', { name: `${label}. Frånvarande: Sjuk`, exact: true })
      .waitFor();
    await page.getByRole('columnheader', { name: 'Med frånvaron' }).waitFor();
    await sut.screenshot('24-schedule-sick-leave');
    // The overview says it too, for the week the published schedule covers.
    await page.getByRole('navigation').getByRole('link', { name: 'Översikt' }).click();
    await page
      .getByRole('link', {
        name: /^Med frånvaron som registrerats sedan faller ett pass bort: \d+(,\d)?\s%\.$/,
      })
      .waitFor();
    // Beside the requirement's service level, the published schedule's per group: the one
    // group it planned has a figure, the others none.
    const thisWeek = page.locator('table').first();
    await thisWeek.getByRole('columnheader', { name: 'Enligt schemat' }).waitFor();
    const column = (await thisWeek.getByRole('columnheader').allTextContents()).indexOf(
      'Enligt schemat',
    );
    const cell = (group: string) =>
      thisWeek
        .getByRole('row', { name: new RegExp(`^${group}`) })
        .locator('th, td')
        .nth(column);
    expect(await cell(GROUP).textContent()).toMatch(/^\d+(,\d)?\s%$/);
    expect(await cell('Äldre Direkt').textContent()).toBe('–');
    await page.goBack();
    // Saved as the week now stands, the new draft keeps the rules and has nothing more to lose.
    await impact.getByRole('button', { name: 'Spara veckan utan de frånvarandes pass' }).click();
    await page.getByRole('heading', { name: /\(med frånvaro\)/ }).waitFor();
    // It breaks only what the published version, saved by force, already broke.
    const headers = await page.getByRole('columnheader').allTextContents();
    const brokenRules = (name: RegExp) =>
      page
        .getByRole('row', { name })
        .locator('td, th')
        .nth(headers.indexOf('Brutna regler'))
        .textContent();
    expect(await brokenRules(/\(med frånvaro\)/)).toBe(await brokenRules(/\(ändrad\)$/));
    await impact.waitFor({ state: 'detached' });
    expect(
      await timeline.getByRole('button', { name: new RegExp(`^${agent}, mån 23 nov`) }).count(),
    ).toBe(0);
  });

  describe('editing a selected shift', () => {
    const timeline = () => page.getByRole('region', { name: 'Schema per medarbetare och tid' });
    const card = () => page.getByRole('region', { name: 'Valt pass' });
    // Tuesday shifts that break no rule, whatever the time-limited optimiser chose.
    const tuesdayShifts = () =>
      timeline().getByRole('button', { name: /^[^,]+, tis 24 nov\. 2026 \d\d:\d\d–\d\d:\d\d$/ });
    let label = '';
    // The card docks at the window's bottom until the page is scrolled to its place; a full-page
    // screenshot would draw it docked halfway down.
    const screenshot = async (name: string) => {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await sut.screenshot(name);
    };

    it('should select a shift with a click, show its activities, and close with Escape', async () => {
      await page.getByLabel('Visa').selectOption('2026-11-24');
      const shift = tuesdayShifts().first();
      label = (await shift.getAttribute('aria-label')) ?? '';
      await shift.click();
      await card().getByText(label, { exact: true }).waitFor();
      expect(await shift.getAttribute('aria-current')).toBe('true');
      const activities = card().getByRole('list', { name: 'Passets aktiviteter' });
      const [start, end] = label.match(/\d\d:\d\d/g) ?? [];
      expect(await activities.getByRole('listitem').first().textContent()).toMatch(
        new RegExp(`^${start}–\\d\\d:\\d\\d `),
      );
      expect(await activities.getByRole('listitem').last().textContent()).toContain(`–${end} `);
      await screenshot('25-schedule-selected-shift');
      // The clicked shift has focus: Escape lets go of it, Enter takes a keyboard to the card.
      await page.keyboard.press('Escape');
      await card().waitFor({ state: 'detached' });
      await page.keyboard.press('Enter');
      await card().waitFor();
      expect(await card().evaluate((element) => element === document.activeElement)).toBe(true);
    });

    it('should change an hour of the shift to training, as the dry run has it', async () => {
      const [start = ''] = label.match(/\d\d:\d\d/g) ?? [];
      const [from, to] = [later(start, 60), later(start, 120)];
      const form = card().getByRole('form', { name: 'Ändra aktivitet' });
      await form.getByRole('combobox', { name: 'Från', exact: true }).selectOption({ label: from });
      await form.getByRole('combobox', { name: 'Till', exact: true }).selectOption({ label: to });
      await form
        .getByRole('combobox', { name: 'Aktivitet', exact: true })
        .selectOption({ label: 'Utbildning' });
      await form.getByRole('button', { name: 'Ändra' }).click();
      await page.getByRole('heading', { name: /\(1 ändring\)/ }).waitFor();
      await card()
        .getByRole('listitem')
        .filter({ hasText: `${from}–${to} Utbildning` })
        .waitFor();
      // The timeline draws the hour in training's colour.
      const shift = timeline().getByRole('button', { name: startingWith(label) });
      const colours = await shift
        .locator('.activity')
        .evaluateAll((spans) => spans.map((span) => (span as HTMLElement).style.background));
      expect(colours).toContain('rgb(86, 204, 242)');
    });

    it('should swap the shift with an agent who has that day off', async () => {
      const swapWith = card().getByRole('combobox', { name: 'Byt pass med', exact: true });
      const dayOff = (await swapWith.locator('option').allTextContents()).find((option) =>
        option.endsWith(' (ledig)'),
      );
      if (!dayOff) throw new Error('Every agent works on Tuesday');
      await swapWith.selectOption({ label: dayOff });
      await card().getByRole('button', { name: 'Byt pass' }).click();
      await page.getByRole('heading', { name: /\(2 ändringar\)/ }).waitFor();
      const other = dayOff.replace(/ \(ledig\)$/, '');
      const times = label.slice(label.indexOf(','));
      await timeline()
        .getByRole('button', { name: startingWith(`${other}${times}`) })
        .waitFor();
      await timeline()
        .getByRole('button', { name: startingWith(label) })
        .waitFor({
          state: 'detached',
        });
      // The agent's day is free now: the card offers a new shift in its place.
      await page.getByRole('region', { name: 'Nytt pass' }).waitFor();
      await screenshot('26-schedule-swapped');
    });

    it('should remove a shift, and add one on the day off by clicking it', async () => {
      const shift = tuesdayShifts().last();
      const removed = (await shift.getAttribute('aria-label')) ?? '';
      const agent = removed.split(',')[0] ?? '';
      const [start = ''] = removed.match(/\d\d:\d\d/g) ?? [];
      await shift.click();
      await card().getByRole('button', { name: 'Ta bort passet' }).click();
      await page.getByRole('heading', { name: /\(3 ändringar\)/ }).waitFor();
      await timeline()
        .getByRole('button', { name: startingWith(removed) })
        .waitFor({
          state: 'detached',
        });
      await page.keyboard.press('Escape');
      const newShift = page.getByRole('region', { name: 'Nytt pass' });
      await newShift.waitFor({ state: 'detached' });
      const row = page
        .locator('.timeline-row')
        .filter({ has: page.locator('.timeline-name', { hasText: startingWith(agent) }) });
      await row.locator('.timeline-day.off').click();
      // Who else could cover the day, asked of the API with the edits so far: any agent off
      // that day adds a little service in the removed shift's hours.
      await newShift.getByRole('heading', { name: 'Vem kan täcka tis 24 nov. 2026?' }).waitFor();
      await newShift
        .getByRole('button', { name: /^Lägg till passet för / })
        .first()
        .waitFor();
      await newShift
        .getByText(/ \(\+\d+(,\d)? samtal besvarade i tid[,)]/)
        .first()
        .waitFor();
      const chosen = newShift.getByRole('combobox', { name: 'Medarbetare', exact: true });
      expect(await chosen.locator('option:checked').textContent()).toBe(agent);
      await newShift
        .getByRole('combobox', { name: 'Start', exact: true })
        .selectOption({ label: start });
      await newShift.getByRole('button', { name: 'Lägg till pass', exact: true }).click();
      await page.getByRole('heading', { name: /\(4 ändringar\)/ }).waitFor();
      // The API lays the new shift out, lunch and all; the timeline and the card show it, as
      // extra hours (mertid or övertid), the form's default.
      const added = timeline().getByRole('button', {
        name: startingWith(`${agent}, tis 24 nov. 2026 ${start}–`),
      });
      await added.waitFor();
      expect(await added.getAttribute('aria-label')).toMatch(/\. Extra tid$/);
      await card()
        .getByRole('listitem')
        .filter({ hasText: / Lunch$/ })
        .waitFor();
      await page
        .getByText(/^Servicenivå för veckan: \d+(,\d)?\s% före, \d+(,\d)?\s% efter/)
        .waitFor();
      await screenshot('27-schedule-shift-added');
    });
  });

  it('should show the page in English with English numbers', async () => {
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
    await page.getByRole('heading', { name: `Coverage: ${GROUP}` }).waitFor();
    await page.getByText(/^No schedule can exceed \d+(\.\d)?%, this one: \d+(\.\d)?%/).waitFor();
    await page.getByRole('cell', { name: 'Published' }).first().waitFor();
    await sut.screenshot('23-schedule-english');
  });

  it('should refuse to publish a week whose Monday breaks the rest after a Sunday published since, and publish it when told', async () => {
    await page.getByLabel('Language').selectOption('sv');
    const api = async (path: string, init?: { method: string; body: unknown }) => {
      const response = await fetch(`${sut.baseUrl}${path}`, {
        method: init?.method ?? 'GET',
        headers: { 'content-type': 'application/json' },
        ...(init ? { body: JSON.stringify(init.body) } : {}),
      });
      return response.json();
    };
    // Week 49 is planned first, then week 48 gets Sunday evening work and is published.
    const [forecast] = await api('/api/forecasts');
    const groups: { id: string; name: string }[] = await api('/api/answer-groups');
    const group = groups.find((candidate) => candidate.name === GROUP);
    const { jobId } = await api('/api/schedules/generate', {
      method: 'POST',
      body: {
        weekStart: '2026-11-30',
        forecastVersionId: forecast.id,
        timeLimitSeconds: Number(TIME_LIMIT_SECONDS),
        answerGroupIds: [group?.id],
      },
    });
    let job = await api(`/api/jobs/${jobId}`);
    while (job.status === 'queued' || job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = await api(`/api/jobs/${jobId}`);
    }
    const draft = await api(`/api/schedules/${job.result.scheduleVersionId}`);
    const [earliest] = draft.schedule.shifts
      .filter((shift: { start: string }) => shift.start.startsWith('2026-11-30'))
      .sort(
        (a: { start: string }, b: { start: string }) => Date.parse(a.start) - Date.parse(b.start),
      );
    const [published] = (await api('/api/schedules?weekStart=2026-11-23')).filter(
      (version: { status: string }) => version.status === 'published',
    );
    const week48 = await api(`/api/schedules/${published.id}`);
    const sunday = (time: string) => `2026-11-29T${time}:00+01:00`;
    const withSunday = await api(`/api/schedules/${published.id}`, {
      method: 'PUT',
      body: {
        force: true,
        schedule: {
          shifts: [
            ...week48.schedule.shifts,
            {
              agentId: earliest.agentId,
              start: sunday('15:00'),
              end: sunday('23:00'),
              activities: [{ type: 'backoffice', start: sunday('15:00'), end: sunday('23:00') }],
            },
          ],
        },
      },
    });
    await api(`/api/schedules/${withSunday.id}/publish`, { method: 'POST', body: {} });

    await page.goto(`${sut.baseUrl}/schedule?week=2026-11-30&version=${draft.id}`);
    await page.getByRole('heading', { name: new RegExp(`^#${draft.id} `) }).waitFor();
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    const refusal = page.locator('.broken-rules').filter({ hasText: 'Publiceringen stoppades' });
    await refusal.getByText('Dygnsvila').first().waitFor();
    await sut.screenshot('24-schedule-publish-refused');
    await refusal.getByRole('button', { name: 'Publicera ändå' }).click();
    await page.getByText(/Publicerad \d+ nov\. 2026/).waitFor();
  });
});
