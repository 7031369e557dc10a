import type {
  AdherenceException,
  AdherenceFigures,
  AdherenceReport,
  AgentAdherence,
  AgentAdherenceDay,
  AgentDayDetail,
  AgentStateSpan,
} from './types';

/*
 * Week 48 of 2026 (Monday 23 November) as the API reports it, for the feature's specs: team
 * Norr with Anna Andersson and Bo Berg, team Syd with Cecilia Ek, who also worked Saturday.
 */

/** Figures of `scheduled` minutes (no lunch) of which `adherent` kept to the schedule. */
export function figures(scheduled: number, adherent: number): AdherenceFigures {
  return {
    scheduledMinutes: scheduled,
    adherentMinutes: adherent,
    phoneScheduledMinutes: scheduled,
    phoneAdherentMinutes: adherent,
    paidScheduledMinutes: scheduled,
    workedMinutes: scheduled,
    unscheduledWorkMinutes: 0,
    adherence: scheduled > 0 ? adherent / scheduled : null,
    phoneAdherence: scheduled > 0 ? adherent / scheduled : null,
    conformance: scheduled > 0 ? 1 : null,
  };
}

const day = (date: string, scheduled: number, adherent: number): AgentAdherenceDay => ({
  date,
  ...figures(scheduled, adherent),
  exceptionCount: scheduled > adherent ? 1 : 0,
  absence: null,
});

const agent = (
  agentId: string,
  agentName: string,
  teamId: string,
  days: AgentAdherenceDay[],
): AgentAdherence => {
  const counted = days.filter((d) => d.absence === null);
  const sum = (key: 'scheduledMinutes' | 'adherentMinutes') =>
    counted.reduce((total, d) => total + d[key], 0);
  return {
    agentId,
    agentName,
    teamId,
    total: figures(sum('scheduledMinutes'), sum('adherentMinutes')),
    days,
  };
};

export const ANNA = agent('a-1', 'Anna Andersson', 'team-norr', [
  day('2026-11-23', 480, 432),
  day('2026-11-24', 480, 408),
  { ...day('2026-11-25', 0, 0), absence: 'sick' },
]);
export const BO = agent('a-2', 'Bo Berg', 'team-norr', [
  day('2026-11-23', 480, 360),
  day('2026-11-24', 480, 456),
]);
export const CECILIA = agent('a-3', 'Cecilia Ek', 'team-syd', [
  day('2026-11-23', 480, 470),
  day('2026-11-28', 240, 240),
]);

export const REPORT: AdherenceReport = {
  from: '2026-11-23',
  to: '2026-11-29',
  teamId: null,
  coveredUntil: '2026-11-28T18:00:00+01:00',
  scheduleVersionIds: [12],
  total: figures(2640, 2366),
  days: [
    { date: '2026-11-23', ...figures(1440, 1262) },
    { date: '2026-11-24', ...figures(960, 864) },
    { date: '2026-11-28', ...figures(240, 240) },
  ],
  teams: [
    {
      teamId: 'team-norr',
      teamName: 'Norr',
      total: figures(1920, 1656),
      days: [
        { date: '2026-11-23', ...figures(960, 792) },
        { date: '2026-11-24', ...figures(960, 864) },
      ],
    },
    {
      teamId: 'team-syd',
      teamName: 'Syd',
      total: figures(720, 710),
      days: [
        { date: '2026-11-23', ...figures(480, 470) },
        { date: '2026-11-28', ...figures(240, 240) },
      ],
    },
  ],
  // Anna before Bo, as the API sorts by name; the table puts the worst first.
  agents: [ANNA, BO, CECILIA],
  intervals: [
    { start: '2026-11-23T08:00:00+01:00', scheduledAgents: 2, phoneAgents: 1.5 },
    { start: '2026-11-23T08:15:00+01:00', scheduledAgents: 2, phoneAgents: 2 },
    // 08:30 had neither, so the API leaves it out.
    { start: '2026-11-23T08:45:00+01:00', scheduledAgents: 1, phoneAgents: 0.4 },
    { start: '2026-11-24T09:00:00+01:00', scheduledAgents: 1, phoneAgents: 1 },
  ],
  serviceLevel: {
    days: [
      { date: '2026-11-23', calls: 120, scheduled: 0.91, actual: 0.84 },
      { date: '2026-11-24', calls: 80, scheduled: 0.95, actual: 0.95 },
    ],
    total: { calls: 200, scheduled: 0.926, actual: 0.884 },
  },
};

const monday = (time: string) => `2026-11-23T${time}:00+01:00`;

function state(
  name: AgentStateSpan['state'],
  reason: string | null,
  from: string,
  to: string,
): AgentStateSpan {
  return { state: name, reason, start: monday(from), end: monday(to) };
}

function exception(
  minutes: number,
  activity: AdherenceException['activity'],
  name: AdherenceException['state'],
  from: string,
  to: string,
): AdherenceException {
  return { start: monday(from), end: monday(to), minutes, activity, state: name, reason: null };
}

/**
 * Bo's Monday: phone 08:00-12:00, lunch, phone 12:45-17:00. States are imported up to 16:00,
 * so 480 minutes count: he logged in 80 minutes late and was not ready 40 minutes of phone
 * time after lunch, 360 minutes kept to the schedule.
 */
export const BO_MONDAY: AgentDayDetail = {
  agentId: 'a-2',
  agentName: 'Bo Berg',
  date: '2026-11-23',
  scheduleVersionId: 12,
  absence: null,
  activities: [
    { type: 'phone', start: '2026-11-23T08:00:00+01:00', end: '2026-11-23T12:00:00+01:00' },
    { type: 'lunch', start: '2026-11-23T12:00:00+01:00', end: '2026-11-23T12:45:00+01:00' },
    { type: 'phone', start: '2026-11-23T12:45:00+01:00', end: '2026-11-23T17:00:00+01:00' },
  ],
  states: [
    state('ready', null, '09:20', '12:00'),
    state('not_ready', 'lunch', '12:00', '12:45'),
    state('talking', null, '12:45', '14:00'),
    state('not_ready', null, '14:00', '14:40'),
    state('ready', null, '14:40', '16:00'),
  ],
  exceptions: [
    exception(80, 'phone', 'logged_out', '08:00', '09:20'),
    exception(40, 'phone', 'not_ready', '14:00', '14:40'),
  ],
  figures: figures(480, 360),
  coveredUntil: '2026-11-23T16:00:00+01:00',
};
