import { addLocalDays, intervalsOfLocalDay, localMinuteOfDay } from '@bemanna/calendar';
import { seededRandom } from './random';
import type { Agent, AnswerGroup, Scenario } from './types';
import { WORKING_HOURS_ACT } from './working-hours-act';

export interface SyntheticScenarioOptions {
  /** Monday of the week, default 2025-03-24 (the week after has the spring DST change). */
  weekStart?: string;
  agents: number;
  answerGroups: number;
  /** Offered workload (Erlang hours) over phone capacity (paid hours less breaks); 0.9 is tight. */
  load: number;
  /** Share of agents skilled in two groups, default 0.3. */
  multiSkillShare?: number;
  /** Agents per team for weekly meetings; 0 (default) for no teams. */
  teamSize?: number;
  seed?: number;
}

/**
 * A reproducible test and benchmark scenario shaped like a Swedish municipal contact centre:
 * groups open 08:00-17:00 Monday to Thursday and 08:00-16:00 Friday, calls peaking mid-morning
 * and after lunch and highest on Monday, agents on 40- or 30-hour contracts, the rules of the
 * common collective agreement (11 h daily and 36 h weekly rest, 5 h without a break at most).
 * `load` scales the calls so that the week's offered workload is that share of the phone
 * capacity the contracts give: 0.75 is comfortable, 0.9 and above is tight.
 */
export function syntheticScenario(options: SyntheticScenarioOptions): Scenario {
  const weekStart = options.weekStart ?? '2025-03-24';
  const timezone = 'Europe/Stockholm';
  const intervalMinutes = 15;
  const random = seededRandom(options.seed ?? 7);
  const open: AnswerGroup['open'] = [
    ['08:00', '17:00'],
    ['08:00', '17:00'],
    ['08:00', '17:00'],
    ['08:00', '17:00'],
    ['08:00', '16:00'],
    null,
    null,
  ];
  const dayFactor = [1.3, 1.1, 1.0, 1.0, 0.9, 0, 0];
  // Intraday shape: a morning peak around 09:30 and a smaller one around 13:30.
  const shape = (minute: number) =>
    1 +
    1.2 * Math.exp(-(((minute - 570) / 80) ** 2)) +
    0.7 * Math.exp(-(((minute - 810) / 70) ** 2));
  const ahtSeconds = 360;
  const groupShares = Array.from({ length: options.answerGroups }, (_, g) => 1 / (g + 1.5));
  const shareSum = groupShares.reduce((x, y) => x + y, 0);

  // Primary skills in proportion to each group's calls, so that no group is short by design.
  const primaryOf = (i: number) => {
    const position = (i + 0.5) / options.agents;
    let cumulative = 0;
    for (let g = 0; g < groupShares.length; g++) {
      cumulative += groupShares[g]! / shareSum;
      if (position < cumulative) return g;
    }
    return groupShares.length - 1;
  };
  const agents: Agent[] = Array.from({ length: options.agents }, (_, i) => {
    const primary = primaryOf(i);
    const skills = [`g${primary + 1}`];
    if (options.answerGroups > 1 && random() < (options.multiSkillShare ?? 0.3)) {
      skills.push(`g${((primary + 1) % options.answerGroups) + 1}`);
    }
    return {
      id: `a${i + 1}`,
      name: `Agent ${i + 1}`,
      contractMinutesPerWeek: random() < 0.8 ? 2400 : 1800,
      skills,
      ...(options.teamSize ? { teamId: `t${Math.floor(i / options.teamSize) + 1}` } : {}),
    };
  });
  // Phone capacity: paid time less two 15-minute breaks a day.
  const capacityHours = agents.reduce((sum, a) => sum + (a.contractMinutesPerWeek * 0.94) / 60, 0);

  const minutes: { day: number; minute: number }[] = [];
  for (let day = 0; day < 7; day++) {
    for (const start of intervalsOfLocalDay(
      addLocalDays(weekStart, day),
      intervalMinutes,
      timezone,
    )) {
      minutes.push({ day, minute: localMinuteOfDay(start, timezone) });
    }
  }
  const isOpen = (day: number, minute: number) => {
    const hours = open[day];
    if (!hours) return false;
    const [from, to] = hours.map((h) => Number(h.slice(0, 2)) * 60 + Number(h.slice(3)));
    return minute >= from! && minute < to!;
  };
  const raw = minutes.map(({ day, minute }) =>
    isOpen(day, minute) ? dayFactor[day]! * shape(minute) : 0,
  );
  const rawHours = raw.reduce((x, y) => x + y, 0) * (ahtSeconds / 3600);
  const scale = (options.load * capacityHours) / rawHours;

  const answerGroups: AnswerGroup[] = groupShares.map((share, g) => ({
    id: `g${g + 1}`,
    name: `Group ${g + 1}`,
    ahtSeconds,
    open,
    calls: raw.map((r) => Math.round(r * scale * (share / shareSum) * 100) / 100),
  }));
  return {
    timezone,
    weekStart,
    intervalMinutes,
    serviceGoal: { serviceLevel: 0.8, targetSeconds: 120 },
    answerGroups,
    agents,
    rules: {
      shiftLengthsMinutes: [360, 420, 480, 510],
      startGranularityMinutes: 15,
      earliestStart: '07:30',
      latestEnd: '18:00',
      lunchMinutes: 30,
      lunchRequiredAboveMinutes: 360,
      breakMinutes: 15,
      ...WORKING_HOURS_ACT,
      maxDaysPerWeek: 5,
      contractToleranceMinutes: 30,
    },
    ...(options.teamSize
      ? {
          meetings: [...new Set(agents.map((a) => a.teamId!))].map((teamId) => ({
            teamId,
            durationMinutes: 60,
          })),
        }
      : {}),
  };
}
