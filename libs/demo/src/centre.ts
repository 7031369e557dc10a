import { ANSWER_GROUP_DEFINITIONS } from './answer-groups';
import { mixSeed, mulberry32 } from './random';
import type { DemoAgent, DemoCentre, DemoTeam, DemoWrittenQueue } from './types';

/** Paid minutes per week at 100%: 40 hours. */
const FULL_TIME_MINUTES_PER_WEEK = 2400;

/**
 * Each team answers a few related groups; profiles list an agent's skills, primary skill
 * first, and are dealt out in turn so every team has specialists and a few broad agents.
 * The team sizes follow the groups' workloads (calls x handle time).
 */
const TEAM_PLANS: readonly {
  team: DemoTeam;
  size: number;
  skillProfiles: readonly (readonly string[])[];
}[] = [
  {
    team: { id: 'team-norr', name: 'Team Norr', unit: 'Kontaktcenter', manager: 'Birgitta Holm' },
    size: 23,
    skillProfiles: [
      ['aldre-direkt'],
      ['aldre-direkt', 'funktionsnedsattning'],
      ['funktionsnedsattning', 'aldre-direkt'],
      ['aldre-direkt', 'allmanna-fragor'],
      ['funktionsnedsattning'],
      ['aldre-direkt', 'funktionsnedsattning', 'allmanna-fragor'],
    ],
  },
  {
    team: { id: 'team-soder', name: 'Team Söder', unit: 'Kontaktcenter', manager: 'Jonas Ek' },
    size: 22,
    skillProfiles: [
      ['forskola-skola'],
      ['forskola-skola', 'e-tjanstsupport'],
      ['e-tjanstsupport'],
      ['e-tjanstsupport', 'forskola-skola', 'allmanna-fragor'],
      ['forskola-skola', 'allmanna-fragor'],
    ],
  },
  {
    team: { id: 'team-ost', name: 'Team Öst', unit: 'Kontaktcenter', manager: 'Leila Haddad' },
    size: 23,
    skillProfiles: [
      ['allmanna-fragor'],
      ['allmanna-fragor', 'parkering-trafik'],
      ['parkering-trafik', 'allmanna-fragor'],
      ['allmanna-fragor', 'e-tjanstsupport'],
      ['parkering-trafik'],
      ['allmanna-fragor', 'parkering-trafik', 'avfall-vatten'],
    ],
  },
  {
    team: { id: 'team-vast', name: 'Team Väst', unit: 'Kontaktcenter', manager: 'Per Sandström' },
    size: 22,
    skillProfiles: [
      ['avfall-vatten'],
      ['avfall-vatten', 'allmanna-fragor'],
      ['avfall-vatten', 'parkering-trafik'],
      ['allmanna-fragor', 'avfall-vatten'],
      ['avfall-vatten', 'allmanna-fragor', 'forskola-skola'],
    ],
  },
];

/** Employment of each agent in turn: six of nine full time, two at 75%, one at 50%. */
const EMPLOYMENT_PATTERN = [100, 100, 75, 100, 50, 100, 100, 75, 100] as const;

/** Agents who left during the history period, so the data has some staff turnover. */
const LEAVERS: readonly { teamIndex: number; endDate: string }[] = [
  { teamIndex: 2, endDate: '2025-03-31' },
  { teamIndex: 0, endDate: '2025-12-31' },
  { teamIndex: 3, endDate: '2026-06-30' },
];

/** Agents who joined during the history period (index within all active agents). */
const RECENT_STARTS = new Map<number, string>([
  [7, '2025-08-18'],
  [31, '2026-01-12'],
  [52, '2026-08-17'],
  [77, '2026-10-05'],
]);

// Common Swedish first and last names (SCB name statistics), including some of the most
// common among Swedes born abroad, as in any Swedish municipality's staff.
// biome-ignore format: a table reads better in rows
const FIRST_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Emma', 'Kristina', 'Johanna', 'Elin',
  'Linnea', 'Ida', 'Malin', 'Sofia', 'Hanna', 'Jenny', 'Camilla', 'Fatima', 'Amina', 'Ulla',
  'Helena', 'Marie', 'Lina', 'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Mikael',
  'Fredrik', 'Daniel', 'Andreas', 'Magnus', 'Jonas', 'Niklas', 'Oskar', 'Mohammed', 'Ali',
  'Ahmed', 'Björn', 'Stefan', 'Mattias', 'Emil', 'Hassan',
] as const;
// biome-ignore format: a table reads better in rows
const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson',
  'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist',
  'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist',
  'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Ali', 'Mohamed', 'Hassan',
  'Yilmaz', 'Nguyen', 'Åberg',
] as const;

/**
 * The name of the agent with index `index`: a bijection onto (first, last) pairs, because
 * 37 is coprime to 45·41, so no two agents share a name while fewer than 1,845 exist.
 */
function agentName(index: number): string {
  const pair = (index * 37 + 11) % (FIRST_NAMES.length * LAST_NAMES.length);
  return `${FIRST_NAMES[pair % FIRST_NAMES.length]} ${LAST_NAMES[pair % LAST_NAMES.length]}`;
}

/**
 * About two agents in five have a wish, as planners hear them: early or late shifts (school
 * runs, long commutes), Friday or Monday off. A fixed pattern, so the centre is the same on
 * every call.
 */
function preferencesOf(index: number): Pick<DemoAgent, 'preferences'> {
  const shiftTime = index % 7 === 3 ? 'early' : index % 7 === 5 ? 'late' : undefined;
  const daysOff = index % 9 === 4 ? [4] : index % 11 === 6 ? [0] : undefined;
  if (!shiftTime && !daysOff) return {};
  return { preferences: { ...(shiftTime ? { shiftTime } : {}), ...(daysOff ? { daysOff } : {}) } };
}

function buildAgents(): DemoAgent[] {
  const agents: DemoAgent[] = [];
  // Seniority is drawn once from a fixed stream: the centre is the same on every call.
  const random = mulberry32(mixSeed(0, 'demo-agents'));
  const agent = (teamIndex: number, turn: number): DemoAgent => {
    const plan = TEAM_PLANS[teamIndex];
    if (!plan) throw new RangeError(`no team ${teamIndex}`);
    const index = agents.length;
    const employmentPercent = EMPLOYMENT_PATTERN[index % EMPLOYMENT_PATTERN.length] ?? 100;
    const startYear = 2008 + Math.floor(random() * 17);
    const startMonth = 1 + Math.floor(random() * 12);
    return {
      id: `agent-${String(index + 1).padStart(3, '0')}`,
      name: agentName(index),
      teamId: plan.team.id,
      employmentPercent,
      contractMinutesPerWeek: (FULL_TIME_MINUTES_PER_WEEK * employmentPercent) / 100,
      skills: [...(plan.skillProfiles[turn % plan.skillProfiles.length] ?? [])],
      startDate: `${startYear}-${String(startMonth).padStart(2, '0')}-01`,
      ...preferencesOf(index),
    };
  };
  TEAM_PLANS.forEach((plan, teamIndex) => {
    for (let turn = 0; turn < plan.size; turn++) {
      const next = agent(teamIndex, turn);
      const recentStart = RECENT_STARTS.get(agents.length);
      agents.push(recentStart ? { ...next, startDate: recentStart } : next);
    }
  });
  for (const leaver of LEAVERS) {
    agents.push({ ...agent(leaver.teamIndex, agents.length), endDate: leaver.endDate });
  }
  return agents;
}

/**
 * E-mail and web forms, answered within one working day as the brief's centre promises: the
 * general inbox by the general and e-service agents, elder care's by its own. About 2.5
 * full-time agents' work a week, a typical share for a municipal centre of 90.
 */
const WRITTEN_QUEUES: DemoWrittenQueue[] = [
  {
    id: 'epost',
    name: 'E-post och webbformulär',
    handleMinutes: 7,
    casesPerWeekday: [170, 140, 130, 120, 110, 30, 25],
    workingDays: [0, 1, 2, 3, 4],
    answerWithinWorkingDays: 1,
    answerGroupIds: ['allmanna-fragor', 'e-tjanstsupport'],
  },
  {
    id: 'aldre-epost',
    name: 'Äldreomsorg, e-post',
    handleMinutes: 6,
    casesPerWeekday: [45, 35, 35, 30, 30, 8, 7],
    workingDays: [0, 1, 2, 3, 4],
    answerWithinWorkingDays: 1,
    answerGroupIds: ['aldre-direkt'],
  },
];

/**
 * The demo contact centre: seven answer groups, two written queues, four teams in the unit Kontaktcenter and 93
 * agents, of whom 90 are employed in the planning week after the history (3 left earlier).
 * Returns a fresh copy each time, so callers may change it freely.
 */
export function demoCentre(): DemoCentre {
  return {
    name: 'Kontaktcenter Exempelby kommun',
    timezone: 'Europe/Stockholm',
    intervalMinutes: 15,
    answerGroups: ANSWER_GROUP_DEFINITIONS.map(({ group }) => structuredClone(group)),
    writtenQueues: structuredClone(WRITTEN_QUEUES),
    teams: TEAM_PLANS.map(({ team }) => ({ ...team })),
    agents: buildAgents(),
  };
}

/** The agents employed on a local date (started on or before it and not yet left). */
export function demoAgentsOn(date: string): DemoAgent[] {
  return demoCentre().agents.filter(
    (agent) => agent.startDate <= date && (agent.endDate === undefined || agent.endDate >= date),
  );
}
