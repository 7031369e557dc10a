import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticScenario } from '@bemanna/schedule';

// Runs the built CLI exactly as outside checks do (`npm test` builds first).
const CLI = join(__dirname, '../../dist/main.js');

function wfm(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('wfm schedule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wfm-schedule-'));
  const scenarioFile = join(dir, 'scenario.json');
  const scheduleFile = join(dir, 'schedule.json');
  writeFileSync(
    scenarioFile,
    JSON.stringify(syntheticScenario({ agents: 8, answerGroups: 2, load: 0.8, teamSize: 4 })),
  );

  it('should write a schedule that evaluate finds keeps every rule', () => {
    const made = wfm([
      'schedule',
      '--scenario',
      scenarioFile,
      '--out',
      scheduleFile,
      '--time-limit',
      '4',
    ]);
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/service level .*upper bound .*gap/);
    const schedule = JSON.parse(readFileSync(scheduleFile, 'utf8'));
    expect(schedule.shifts.length).toBeGreaterThan(0);

    const evaluated = wfm([
      'schedule',
      'evaluate',
      '--scenario',
      scenarioFile,
      '--schedule',
      scheduleFile,
    ]);
    expect(evaluated.code).toBe(0);
    const report = JSON.parse(evaluated.stdout);
    expect(report.brokenRules).toEqual([]);
    expect(report.answerGroups[0].intervals[0]).toEqual(
      expect.objectContaining({
        phoneAgents: expect.any(Number),
        requiredAgents: expect.any(Number),
        serviceLevel: 1,
      }),
    );
    expect(report.week.serviceLevel).toBeGreaterThan(0);
  });

  it('should answer a written queue (extension) as backoffice and report its cases in time', () => {
    const scenario = syntheticScenario({ agents: 8, answerGroups: 2, load: 0.7 });
    scenario.writtenQueues = [
      {
        id: 'epost',
        name: 'E-post',
        handleMinutes: 6,
        cases: [20, 15, 15, 10, 10, 3, 2],
        answerWithinWorkingDays: 1,
      },
    ];
    for (const agent of scenario.agents) agent.skills.push('epost');
    const file = join(dir, 'written.json');
    const out = join(dir, 'written-schedule.json');
    writeFileSync(file, JSON.stringify(scenario));
    expect(wfm(['schedule', '--scenario', file, '--out', out, '--time-limit', '3']).code).toBe(0);
    const evaluated = wfm(['schedule', 'evaluate', '--scenario', file, '--schedule', out]);
    expect(evaluated.code).toBe(0);
    const report = JSON.parse(evaluated.stdout);
    expect(report.brokenRules).toEqual([]);
    expect(report.writtenQueues).toEqual([
      expect.objectContaining({ writtenQueue: 'epost', casesDue: 75, shareInTime: 1 }),
    ]);
    const backoffice = JSON.parse(readFileSync(out, 'utf8')).shifts.flatMap(
      (shift: { activities: { type: string; writtenQueue?: string }[] }) =>
        shift.activities.filter((activity) => activity.writtenQueue === 'epost'),
    );
    expect(backoffice.length).toBeGreaterThan(0);
    expect(backoffice.every((activity: { type: string }) => activity.type === 'backoffice')).toBe(
      true,
    );
  });

  it('should exit 2 naming the file and JSON path of a bad scenario, without a stack trace', () => {
    const bad = JSON.parse(readFileSync(scenarioFile, 'utf8'));
    bad.answerGroups[1].calls.pop();
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    for (const args of [
      ['schedule', '--scenario', badFile, '--out', scheduleFile],
      ['schedule', 'evaluate', '--scenario', badFile, '--schedule', scheduleFile],
    ]) {
      const { code, stderr } = wfm(args);
      expect(code).toBe(2);
      expect(stderr).toContain(`${badFile}: $.answerGroups[1].calls: must have 668 entries`);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('should exit 2 naming the path of a bad schedule', () => {
    const badFile = join(dir, 'bad-schedule.json');
    writeFileSync(
      badFile,
      JSON.stringify({ shifts: [{ agentId: 'a1', start: 'soon', end: 'later', activities: [] }] }),
    );
    const { code, stderr } = wfm([
      'schedule',
      'evaluate',
      '--scenario',
      scenarioFile,
      '--schedule',
      badFile,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('$.shifts[0].start');
  });

  it('should exit 2 naming the agent when no week can keep the rules', () => {
    const impossible = JSON.parse(readFileSync(scenarioFile, 'utf8'));
    impossible.agents[3].contractMinutesPerWeek = 100;
    const impossibleFile = join(dir, 'impossible.json');
    writeFileSync(impossibleFile, JSON.stringify(impossible));
    const { code, stderr } = wfm(['schedule', '--scenario', impossibleFile, '--time-limit', '2']);
    expect(code).toBe(2);
    expect(stderr).toContain(`${impossibleFile}: $.agents[3]: no week for agent "a4"`);
  });

  it('should exit 2 naming the line and column where a scenario stops being JSON', () => {
    const brokenFile = join(dir, 'broken.json');
    writeFileSync(brokenFile, '{\n  "weekStart": "2025-03-24",\n  "agents": [}\n');
    const { code, stderr } = wfm(['schedule', '--scenario', brokenFile]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${brokenFile}:3:14: not valid JSON`);
  });

  it('should exit 2 for a missing scenario file', () => {
    const { code, stderr } = wfm(['schedule', '--scenario', join(dir, 'missing.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('missing.json: cannot read');
  });
});
