import { DemoInputError } from './demo-input-error';
import type { DemoAnswerGroup } from './types';

/** A seasonal bump: a Gaussian over the day of the year, wrapping at New Year. */
export interface SeasonalBump {
  /** Day of the year (1 = 1 January) where the bump peaks. */
  peakDayOfYear: number;
  /** Standard deviation in days. */
  widthDays: number;
  /** Relative change at the peak: 0.5 is 50% more calls, -0.3 is 30% fewer. */
  amplitude: number;
}

/** How many calls an answer group gets, and when: the parameters behind the demo history. */
export interface DemandModel {
  /** Expected calls on a normal Wednesday outside any season, at the 2026 level. */
  wednesdayCalls: number;
  /** Day volume relative to Wednesday, Monday first; ignored on days the group is closed. */
  weekdayFactors: readonly number[];
  /** Relative growth per year (e-services grow as more errands move online). */
  growthPerYear: number;
  /** How far calls fall in the middle of the summer holiday (0.4 = 40% fewer). */
  summerDip: number;
  bumps: readonly SeasonalBump[];
  /** Local minute of day of the morning peak. */
  morningPeakMinute: number;
  /** Mean patience of real callers in the simulation; groups without a planned one still hang up. */
  simulatedPatienceSeconds: number;
}

export interface AnswerGroupDefinition {
  group: DemoAnswerGroup;
  demand: DemandModel;
}

const GOAL = { serviceLevel: 0.8, targetSeconds: 120 } as const;
const WEEKDAYS = ['08:00', '16:30'] as [string, string];
const FRIDAY = ['08:00', '15:00'] as [string, string];
const EARLY_WEEKDAYS = ['07:00', '17:00'] as [string, string];

/**
 * The seven answer groups, modelled on those of Swedish municipal contact centres. Volumes
 * are sized for the demo's 90 agents: in the week of 23 November 2026, Erlang C at 80% in
 * 120 s per quarter asks for about 1,930 phone hours, 86% of the 2,240 that their contracts
 * give after 30% shrinkage; real shifts cannot follow the intraday curve exactly and lose
 * the rest. That means about 2,600 calls on an ordinary Wednesday and 3,300 on a Monday.
 */
export const ANSWER_GROUP_DEFINITIONS: readonly AnswerGroupDefinition[] = [
  {
    // The elderly and their relatives: steady, rises in winter, and the one group open at
    // weekends because home-care questions do not wait for Monday.
    group: {
      id: 'aldre-direkt',
      name: 'Äldre Direkt',
      ahtSeconds: 450,
      serviceGoal: { ...GOAL },
      open: [
        WEEKDAYS,
        WEEKDAYS,
        WEEKDAYS,
        WEEKDAYS,
        FRIDAY,
        ['10:00', '14:00'],
        ['10:00', '14:00'],
      ],
      patienceSeconds: 360,
      channel: 'phone',
    },
    demand: {
      wednesdayCalls: 285,
      weekdayFactors: [1.15, 1.03, 1, 0.98, 0.9, 0.3, 0.22],
      growthPerYear: 0.03,
      summerDip: 0.2,
      bumps: [{ peakDayOfYear: 20, widthDays: 45, amplitude: 0.15 }],
      morningPeakMinute: 570,
      simulatedPatienceSeconds: 360,
    },
  },
  {
    // Preschool and school: school starts in mid-August and in January, and preschool
    // placements and school choice (skolval) are applied for in late winter and spring.
    group: {
      id: 'forskola-skola',
      name: 'Förskola och skola',
      ahtSeconds: 390,
      serviceGoal: { ...GOAL },
      open: [WEEKDAYS, WEEKDAYS, WEEKDAYS, WEEKDAYS, FRIDAY, null, null],
      channel: 'phone',
    },
    demand: {
      wednesdayCalls: 350,
      weekdayFactors: [1.3, 1.05, 1, 0.95, 0.8, 0, 0],
      growthPerYear: 0.01,
      summerDip: 0.55,
      bumps: [
        { peakDayOfYear: 230, widthDays: 9, amplitude: 0.9 },
        { peakDayOfYear: 12, widthDays: 7, amplitude: 0.4 },
        { peakDayOfYear: 60, widthDays: 25, amplitude: 0.3 },
      ],
      morningPeakMinute: 540,
      simulatedPatienceSeconds: 420,
    },
  },
  {
    // LSS and disability services: long, careful calls from a steady group of callers.
    group: {
      id: 'funktionsnedsattning',
      name: 'Funktionsnedsättning',
      ahtSeconds: 510,
      serviceGoal: { ...GOAL },
      open: [
        ['08:00', '16:00'],
        ['08:00', '16:00'],
        ['08:00', '16:00'],
        ['08:00', '16:00'],
        FRIDAY,
        null,
        null,
      ],
      patienceSeconds: 420,
      channel: 'phone',
    },
    demand: {
      wednesdayCalls: 165,
      weekdayFactors: [1.2, 1.05, 1, 0.97, 0.85, 0, 0],
      growthPerYear: 0.02,
      summerDip: 0.35,
      bumps: [{ peakDayOfYear: 270, widthDays: 30, amplitude: 0.1 }],
      morningPeakMinute: 570,
      simulatedPatienceSeconds: 420,
    },
  },
  {
    // The switchboard-like front door: short calls, the most of them, open longest. Falling
    // slowly as errands move to e-services.
    group: {
      id: 'allmanna-fragor',
      name: 'Allmänna frågor',
      ahtSeconds: 240,
      serviceGoal: { ...GOAL },
      open: [
        EARLY_WEEKDAYS,
        EARLY_WEEKDAYS,
        EARLY_WEEKDAYS,
        EARLY_WEEKDAYS,
        ['07:00', '16:00'],
        null,
        null,
      ],
      patienceSeconds: 240,
      channel: 'phone',
    },
    demand: {
      wednesdayCalls: 765,
      weekdayFactors: [1.25, 1.05, 1, 0.96, 0.85, 0, 0],
      growthPerYear: -0.03,
      summerDip: 0.4,
      bumps: [{ peakDayOfYear: 258, widthDays: 20, amplitude: 0.08 }],
      morningPeakMinute: 555,
      simulatedPatienceSeconds: 240,
    },
  },
  {
    // Parking and streets: resident parking permits (boendeparkering) and street cleaning
    // in spring, snow clearing in early winter.
    group: {
      id: 'parkering-trafik',
      name: 'Parkering och trafik',
      ahtSeconds: 270,
      serviceGoal: { ...GOAL },
      open: [WEEKDAYS, WEEKDAYS, WEEKDAYS, WEEKDAYS, FRIDAY, null, null],
      channel: 'phone',
    },
    demand: {
      wednesdayCalls: 305,
      weekdayFactors: [1.3, 1.05, 1, 0.95, 0.8, 0, 0],
      growthPerYear: 0.01,
      summerDip: 0.35,
      bumps: [
        { peakDayOfYear: 100, widthDays: 25, amplitude: 0.6 },
        { peakDayOfYear: 340, widthDays: 15, amplitude: 0.2 },
      ],
      morningPeakMinute: 555,
      simulatedPatienceSeconds: 360,
    },
  },
  {
    // Waste and water: garden-waste subscriptions and bulky waste in spring, leaves and
    // bin changes in autumn. Opens at seven for the tradespeople.
    group: {
      id: 'avfall-vatten',
      name: 'Avfall och vatten',
      ahtSeconds: 300,
      serviceGoal: { ...GOAL },
      open: [
        EARLY_WEEKDAYS,
        EARLY_WEEKDAYS,
        EARLY_WEEKDAYS,
        EARLY_WEEKDAYS,
        ['07:00', '15:00'],
        null,
        null,
      ],
      patienceSeconds: 300,
      channel: 'phone',
    },
    demand: {
      wednesdayCalls: 440,
      weekdayFactors: [1.3, 1.08, 1, 0.95, 0.82, 0, 0],
      growthPerYear: 0.02,
      summerDip: 0.3,
      bumps: [
        { peakDayOfYear: 115, widthDays: 20, amplitude: 0.5 },
        { peakDayOfYear: 290, widthDays: 20, amplitude: 0.35 },
      ],
      morningPeakMinute: 525,
      simulatedPatienceSeconds: 300,
    },
  },
  {
    // Help with the municipality's e-services and BankID log-in: grows every year and peaks
    // with the school application rounds.
    group: {
      id: 'e-tjanstsupport',
      name: 'E-tjänstsupport',
      ahtSeconds: 390,
      serviceGoal: { ...GOAL },
      open: [
        ['08:00', '16:00'],
        ['08:00', '16:00'],
        ['08:00', '16:00'],
        ['08:00', '16:00'],
        ['08:00', '15:00'],
        null,
        null,
      ],
      channel: 'phone',
    },
    demand: {
      wednesdayCalls: 250,
      weekdayFactors: [1.25, 1.05, 1, 0.97, 0.85, 0, 0],
      growthPerYear: 0.08,
      summerDip: 0.45,
      bumps: [
        { peakDayOfYear: 25, widthDays: 15, amplitude: 0.35 },
        { peakDayOfYear: 228, widthDays: 10, amplitude: 0.4 },
      ],
      morningPeakMinute: 585,
      simulatedPatienceSeconds: 480,
    },
  },
];

const BY_ID = new Map(
  ANSWER_GROUP_DEFINITIONS.map((definition) => [definition.group.id, definition]),
);

/** The definition of an answer group, or a RangeError naming the known ids. */
export function answerGroupDefinition(answerGroupId: string): AnswerGroupDefinition {
  const definition = BY_ID.get(answerGroupId);
  if (!definition) {
    throw new DemoInputError(
      `unknown answer group "${answerGroupId}" (known: ${[...BY_ID.keys()].join(', ')})`,
    );
  }
  return definition;
}
