import { formatLocalIso, startOfLocalDay } from '@bemanna/calendar';
import { erlangCServiceLevel } from '@bemanna/erlang';
import fc from 'fast-check';
import { evaluateSchedule, phoneAgentsOf } from './evaluate-schedule';
import { layOutShift, ShiftLayoutError } from './lay-out-shift';
import { syntheticScenario } from './synthetic-scenario';
import { traditionalSchedule } from './traditional-schedule';
import type { RuleName, Scenario, Shift } from './types';
import { buildWeekGrid } from './week-grid';

const TZ = 'Europe/Stockholm';
const scenario = syntheticScenario({ agents: 24, answerGroups: 3, load: 0.9, seed: 3 });
const dayStart = (day: number) =>
  startOfLocalDay(`2025-03-${String(24 + day).padStart(2, '0')}`, TZ);
const local = (day: number, minute: number) => formatLocalIso(dayStart(day) + minute * 60_000, TZ);

/** The rules one shift can break on its own (the week's contract, days and rest need all). */
const SHIFT_RULES: RuleName[] = [
  'activities',
  'shiftLength',
  'startGranularity',
  'earliestStart',
  'latestEnd',
  'lunch',
  'breaks',
  'maxWorkWithoutBreak',
  'skills',
  'openingHours',
];
function shiftRulesBroken(of: Scenario, shift: Shift): RuleName[] {
  const report = evaluateSchedule(of, { shifts: [shift] });
  return report.brokenRules.map((b) => b.rule).filter((rule) => SHIFT_RULES.includes(rule));
}

describe(layOutShift.name, () => {
  it('should keep every rule of a single shift for any allowed length and start', () => {
    const { earliestStart, latestEnd, shiftLengthsMinutes } = scenario.rules;
    const earliest = Number(earliestStart.slice(0, 2)) * 60 + Number(earliestStart.slice(3));
    const latest = Number(latestEnd.slice(0, 2)) * 60 + Number(latestEnd.slice(3));
    const rest = traditionalSchedule(scenario);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: scenario.agents.length - 1 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...shiftLengthsMinutes),
        fc.nat(),
        (a, day, length, slot) => {
          const slots = (latest - length - earliest) / 15 + 1;
          const start = earliest + (slot % slots) * 15;
          const shift = layOutShift(scenario, rest, {
            agentId: scenario.agents[a]!.id,
            start: local(day, start),
            end: local(day, start + length),
          });
          expect(shift.start).toBe(local(day, start));
          expect(shift.end).toBe(local(day, start + length));
          expect(shiftRulesBroken(scenario, shift)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('should put each phone interval on the open group where one more agent answers most in time', () => {
    const agent = scenario.agents.find((candidate) => candidate.skills.length === 2)!;
    const rest = traditionalSchedule(scenario);
    const shift = layOutShift(scenario, rest, {
      agentId: agent.id,
      start: local(0, 7 * 60 + 30),
      end: local(0, 16 * 60),
    });
    const grid = buildWeekGrid(scenario);
    const staffing = phoneAgentsOf(scenario, grid, rest);
    const { targetSeconds } = scenario.serviceGoal;
    // Gains straight from Erlang C, not from the optimiser's table.
    const gain = (g: number, t: number) => {
      const group = scenario.answerGroups[g]!;
      const calls = group.calls[t]!;
      const traffic = (calls * group.ahtSeconds) / (scenario.intervalMinutes * 60);
      const n = staffing[g]![t]!;
      const level = (agents: number) =>
        calls > 0 ? erlangCServiceLevel(traffic, agents, group.ahtSeconds, targetSeconds) : 0;
      return calls * (level(n + 1) - level(n));
    };
    const skills = agent.skills.map((id) => scenario.answerGroups.findIndex((g) => g.id === id));
    let phoneIntervals = 0;
    for (const activity of shift.activities.filter((a) => a.type === 'phone')) {
      const chosen = scenario.answerGroups.findIndex((g) => g.id === activity.answerGroup);
      for (let ms = Date.parse(activity.start); ms < Date.parse(activity.end); ms += 900_000) {
        const t = (ms - grid.weekStartMs) / grid.intervalMs;
        for (const g of skills) expect(gain(chosen, t)).toBeGreaterThanOrEqual(gain(g, t) - 1e-9);
        phoneIntervals++;
      }
    }
    // 08:00-16:00 open less lunch and two breaks; the half hour before opening is backoffice.
    expect(phoneIntervals).toBe(32 - 2 - 2);
    expect(shift.activities[0]).toMatchObject({ type: 'backoffice', end: local(0, 8 * 60) });
  });

  it('should place the lunch and breaks where the agent is worth least', () => {
    // Every group closes at noon on Monday: the afternoon is worth nothing on the phone.
    const morning: Scenario = {
      ...scenario,
      answerGroups: scenario.answerGroups.map((group) => ({
        ...group,
        open: group.open.map((hours, day) => (day === 0 ? ['08:00', '12:00'] : hours)),
      })) as Scenario['answerGroups'],
    };
    const agent = morning.agents.find((candidate) => candidate.skills.length === 1)!;
    const shift = layOutShift(morning, traditionalSchedule(morning), {
      agentId: agent.id,
      start: local(0, 8 * 60),
      end: local(0, 16 * 60 + 30),
    });
    const noon = Date.parse(local(0, 12 * 60));
    const lunch = shift.activities.find((a) => a.type === 'lunch')!;
    const breaks = shift.activities.filter((a) => a.type === 'break');
    expect(Date.parse(lunch.start)).toBeGreaterThanOrEqual(noon);
    // One break in each part around the lunch: the afternoon's costs nothing.
    expect(breaks.map((b) => Date.parse(b.start) >= noon)).toEqual([false, true]);
    expect(shift.activities.filter((a) => a.type === 'phone' && Date.parse(a.end) > noon)).toEqual(
      [],
    );
    expect(shiftRulesBroken(morning, shift)).toEqual([]);
  });

  it('should refuse times off the interval grid, outside the week or an unknown agent', () => {
    const layOut = (agentId: string, day: number, from: number, to: number) => () =>
      layOutShift(
        scenario,
        { shifts: [] },
        { agentId, start: local(day, from), end: local(day, to) },
      );
    const agentId = scenario.agents[0]!.id;
    expect(layOut(agentId, 0, 8 * 60 + 5, 16 * 60)).toThrow(
      /^start: .*15-minute grid of the week of 2025-03-24/,
    );
    expect(layOut(agentId, 7, 8 * 60, 16 * 60)).toThrow(/^start: /);
    expect(layOut(agentId, 0, 16 * 60, 8 * 60)).toThrow(/^end: must be after start/);
    expect(layOut('nobody', 0, 8 * 60, 16 * 60)).toThrow(/^agentId: no agent "nobody"/);
    expect(layOut('nobody', 0, 8 * 60, 16 * 60)).toThrow(ShiftLayoutError);
  });
});
