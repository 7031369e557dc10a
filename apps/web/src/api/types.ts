import type { ResponseBody, Schemas } from './client';

/*
 * Response bodies of the routes the app reads. The OpenAPI document does not describe response
 * bodies yet (the controllers lack @ApiOkResponse), so each has a hand-written fallback copied
 * from the API's DTOs (apps/api/src/<feature>/dto); ResponseBody switches to the generated type
 * once the document has it.
 */

type DayHours = [string, string] | null;

export type AnswerGroup = ResponseBody<
  '/api/answer-groups/{id}',
  'get',
  {
    id: string;
    name: string;
    ahtSeconds: number;
    serviceLevelGoal: number;
    targetSeconds: number;
    patienceSeconds: number | null;
    maxOccupancy: number | null;
    defaultShrinkage: number;
    /** Monday first; null when closed. */
    openingHours: DayHours[];
    specialDays: { date: string; name: string; hours: DayHours }[];
    /** January first. */
    shrinkageByMonth: number[];
  }
>;

export type BacktestAccuracy = {
  answerGroupId: string;
  /** sum |forecast - actual| / sum actual */
  wape: number | null;
  from: string;
  to: string;
};

export type ForecastVersion = ResponseBody<
  '/api/forecasts/{id}',
  'get',
  {
    id: number;
    name: string;
    method: string;
    intervalMinutes: number;
    firstDay: string;
    lastDay: string;
    accuracy: BacktestAccuracy[];
    createdAt: string;
  }
>;

export type ForecastInterval = {
  intervalStart: string;
  calls: number;
  ahtSeconds: number | null;
};

export type HistoryInterval = {
  intervalStart: string;
  intervalMinutes: number;
  offered: number;
  answered: number | null;
  answeredWithinTarget: number | null;
  abandoned: number | null;
  ahtSeconds: number | null;
};

export type HistoryImport = {
  id: number;
  fileName: string;
  fileSha256: string;
  profileId: number | null;
  intervalMinutes: number;
  rowCount: number;
  inserted: number;
  updated: number;
  unchanged: number;
  firstIntervalStart: string | null;
  lastIntervalStart: string | null;
  createdAt: string;
};

export type ImportProfile = ResponseBody<
  '/api/history/import-profiles',
  'post',
  Schemas['CreateImportProfileDto'] & { id: number }
>;

export type IntervalRequirement = {
  intervalStart: string;
  calls: number;
  ahtSeconds: number;
  trafficErlangs: number;
  agents: number;
  serviceLevel: number;
  asaSeconds: number | null;
  occupancy: number;
  abandonRate?: number;
  shrinkage: number;
  scheduledAgents: number;
};

export type RequirementTotals = {
  calls: number;
  agentHours: number;
  scheduledAgentHours: number;
  fte: number;
  serviceLevel: number | null;
};

export type GroupRequirements = {
  answerGroupId: string;
  model: 'erlang-c' | 'erlang-a';
  serviceLevelGoal: number;
  targetSeconds: number;
  intervals: IntervalRequirement[];
  days: (RequirementTotals & { date: string })[];
  weeks: (RequirementTotals & { week: string; weekStart: string })[];
};

export type Requirements = ResponseBody<
  '/api/requirements',
  'get',
  {
    forecastVersionId: number;
    intervalMinutes: number;
    timezone: string;
    fteHoursPerWeek: number;
    answerGroups: GroupRequirements[];
    total: RequirementTotals;
  }
>;

export type Team = { id: string; name: string; unitId: string | null; managerName: string | null };

export type Agent = ResponseBody<
  '/api/agents/{id}',
  'get',
  {
    id: string;
    name: string;
    teamId: string | null;
    contractMinutesPerWeek: number;
    employmentPercent: number;
    startDate: string;
    endDate: string | null;
    skills: string[];
  }
>;

/** The 400 answer of a rejected history import: every bad row with its line and field. */
export type ImportRejected = Schemas['ImportRejectedDto'];

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export type Job = ResponseBody<
  '/api/jobs/{id}',
  'get',
  {
    id: number;
    kind: string;
    status: JobStatus;
    /** Share done, 0..1. */
    progress: number;
    /** What the job is doing now. */
    message: string | null;
    parameters: Record<string, unknown>;
    /** When succeeded: what was made, e.g. { forecastVersionId }. */
    result: Record<string, unknown> | null;
    error: string | null;
    attempts: number;
    createdAt: string;
    startedAt: string | null;
    finishedAt: string | null;
  }
>;

export type AccuracyFigures = {
  /** sum |f - a| / sum a */
  wape: number | null;
  /** mean |f - a| / a over values with at least 10 calls */
  mape: number | null;
  /** sum (f - a) / sum a; > 0: too high */
  bias: number | null;
  count: number;
};

export type ForecastDetails = ResponseBody<
  '/api/forecasts/{id}/details',
  'get',
  ForecastVersion & {
    /** Method per answer group id. */
    methods: Record<string, string>;
    accuracyDetails: {
      answerGroupId: string;
      method: string;
      chosenBy: 'backtest' | 'requested' | 'fallback';
      backtestOrigins: string[];
      backtestHorizonDays: number;
      /** Best first when chosen by backtest. */
      methods: { method: string; interval: AccuracyFigures; daily: AccuracyFigures }[];
      excludedDates: string[];
    }[];
    predictionLevel: number | null;
    derivedFromId: number | null;
    adjustments: {
      answerGroupId: string;
      from: string;
      to: string;
      percent: number | null;
      absoluteCalls: number | null;
      note: string | null;
      appliedToVersionId: number;
      callsBefore: number;
      callsAfter: number;
      createdAt: string;
    }[];
    jobId: number | null;
  }
>;

/** Forecast calls with the prediction interval's bounds (null for versions without them). */
export type ForecastBounds = { calls: number; low: number | null; high: number | null };

export type ForecastDay = ResponseBody<
  '/api/forecasts/{id}/days',
  'get',
  (ForecastBounds & { answerGroupId: string; date: string })[]
>[number];

export type ForecastIntervalBounds = ResponseBody<
  '/api/forecasts/{id}/interval-bounds',
  'get',
  (ForecastBounds & { intervalStart: string; ahtSeconds: number | null })[]
>[number];

export type ForecastComparison = ResponseBody<
  '/api/forecasts/compare',
  'get',
  {
    a: number;
    b: number;
    answerGroupId: string | null;
    days: {
      date: string;
      a: number | null;
      b: number | null;
      /** b - a */
      difference: number | null;
      /** (b - a) / a */
      relativeDifference: number | null;
    }[];
    totalA: number;
    totalB: number;
  }
>;
