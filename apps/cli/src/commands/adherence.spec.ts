import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Runs the built CLI exactly as outside checks do (`npm test` builds first).
const CLI = join(__dirname, '../../dist/main.js');

function wfm(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const DAY = '2026-11-23';
const at = (time: string) => `${DAY}T${time}:00+01:00`;

describe('wfm adherence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wfm-adherence-'));
  const scheduleFile = join(dir, 'schedule.json');
  writeFileSync(
    scheduleFile,
    JSON.stringify({
      shifts: [
        {
          agentId: 'a01',
          start: at('08:00'),
          end: at('12:00'),
          activities: [
            { type: 'phone', start: at('08:00'), end: at('10:00'), answerGroup: 'g' },
            { type: 'break', start: at('10:00'), end: at('10:15') },
            { type: 'phone', start: at('10:15'), end: at('12:00'), answerGroup: 'g' },
          ],
        },
      ],
    }),
  );
  const statesFile = (name: string, rows: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, `agent_id,state,start,end,reason\n${rows.join('\n')}\n`);
    return file;
  };

  it('should print adherence per agent and day, with the spans out of adherence', () => {
    const states = statesFile('states.csv', [
      `a01,logged_out,${at('07:30')},${at('08:10')},`,
      `a01,ready,${at('08:10')},${at('10:00')},`,
      `a01,not_ready,${at('10:00')},${at('10:22')},break`,
      `a01,talking,${at('10:22')},${at('12:00')},`,
    ]);
    const run = wfm(['adherence', '--schedule', scheduleFile, '--states', states]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.covered).toEqual({ start: at('07:30'), end: at('12:00') });
    const [day] = report.agents[0].days;
    // 240 scheduled minutes, 10 late and 7 over the break.
    expect(day).toMatchObject({
      date: DAY,
      scheduledMinutes: 240,
      adherentMinutes: 223,
      phoneScheduledMinutes: 225,
      phoneAdherentMinutes: 208,
      adherence: 223 / 240,
      conformance: 230 / 240,
    });
    expect(day.exceptions).toEqual([
      {
        start: at('08:00'),
        end: at('08:10'),
        activity: 'phone',
        state: 'logged_out',
        reason: null,
      },
      {
        start: at('10:15'),
        end: at('10:22'),
        activity: 'phone',
        state: 'not_ready',
        reason: 'break',
      },
    ]);
    expect(report.total.adherence).toBe(223 / 240);
  });

  it('should exit 2 naming the file, line and field of a bad state', () => {
    const states = statesFile('bad.csv', [`a01,away,${at('08:00')},${at('09:00')},`]);
    const run = wfm(['adherence', '--schedule', scheduleFile, '--states', states]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${states}:2: state: "away" is not a state`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const zone = wfm([
      'adherence',
      '--schedule',
      scheduleFile,
      '--states',
      states,
      '--timezone',
      'Mars/Olympus',
    ]);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('unknown time zone "Mars/Olympus"');
  });
});
