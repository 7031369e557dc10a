/** An answer group (svarsgrupp): one queue callers reach from the municipality's phone menu. */
export interface DemoAnswerGroup {
  id: string;
  name: string;
  /** Planned average handle time (talk + wrap-up) per answered call. */
  ahtSeconds: number;
  /** Share of offered calls to answer within `targetSeconds`. */
  serviceGoal: { serviceLevel: number; targetSeconds: number };
  /** Opening hours: seven entries, Monday first, local `HH:MM` pairs, `null` when closed. */
  open: ([string, string] | null)[];
  /** Mean caller patience, where the centre plans with Erlang A. */
  patienceSeconds?: number;
  channel: 'phone';
}

export interface DemoTeam {
  id: string;
  name: string;
  /** Organisational unit (enhet) the team belongs to. */
  unit: string;
  manager: string;
}

export interface DemoAgent {
  id: string;
  name: string;
  teamId: string;
  /** Sysselsättningsgrad: 100, 75 or 50. */
  employmentPercent: number;
  /** Paid minutes per week by contract: 2,400 at 100% (40 h). */
  contractMinutesPerWeek: number;
  /** Ids of the answer groups the agent can take calls for. */
  skills: string[];
  /** First day of employment, `YYYY-MM-DD`. */
  startDate: string;
  /** Last day of employment, for agents who have left. */
  endDate?: string;
  /** What the agent would like of the schedule (weekdays 0 = Monday ... 6 = Sunday). */
  preferences?: { daysOff?: number[]; shiftTime?: 'early' | 'late' };
}

/** Whole days an agent is away, as a unit manager registers them (the API's absence kinds). */
export interface DemoAbsence {
  agentId: string;
  kind: 'vacation' | 'sick' | 'childCare' | 'parentalLeave' | 'training' | 'leave' | 'other';
  fromDate: string;
  /** Last day away, inclusive. */
  toDate: string;
  note?: string;
}

/** One row of interval history, as an ACD exports it (format A). */
export interface DemoHistoryRow {
  /** ISO 8601 with the Europe/Stockholm offset, e.g. `2025-03-31T08:00:00+02:00`. */
  intervalStart: string;
  answerGroup: string;
  offered: number;
  answered: number;
  answeredWithinTarget: number;
  abandoned: number;
  /** Mean handle time of the answered calls; `null` when none were answered. */
  ahtSeconds: number | null;
}

/** A queue of written cases (e-mail, web forms) the centre answers within working days. */
export interface DemoWrittenQueue {
  id: string;
  name: string;
  /** Minutes of work per case. */
  handleMinutes: number;
  /** Expected cases arriving per weekday, Monday first. */
  casesPerWeekday: number[];
  /** Weekdays (0 = Monday) it is worked. */
  workingDays: number[];
  answerWithinWorkingDays: number;
  /** Agents skilled in any of these answer groups answer it. */
  answerGroupIds: string[];
}

export interface DemoCentre {
  name: string;
  timezone: 'Europe/Stockholm';
  intervalMinutes: 15;
  answerGroups: DemoAnswerGroup[];
  writtenQueues: DemoWrittenQueue[];
  teams: DemoTeam[];
  agents: DemoAgent[];
}
