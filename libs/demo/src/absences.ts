import { addLocalDays } from '@bemanna/calendar';
import { demoAgentsOn } from './centre';
import { DEMO_HISTORY_TO } from './history';
import { mixSeed, mulberry32 } from './random';
import type { DemoAbsence } from './types';

/** The first planning day after the history: the demo's "today". */
const TODAY = addLocalDays(DEMO_HISTORY_TO, 1);

/**
 * Short sick spells under way today; with the long-term sick leave 8 of 90 agents (8.9%), about
 * the 8.5% sick leave of a municipal contact centre.
 */
const SHORT_SICK_TODAY = 7;

/**
 * What a unit manager has registered by the first planning day: short sick spells that began
 * in the last few days (unknown how long they last, so registered to their expected end),
 * one long-term sick leave and one parental leave, a day of VAB, a two-day course for three
 * agents, and vacations around Christmas and in week 50. No agent has two that overlap.
 */
export function demoAbsences(): DemoAbsence[] {
  const random = mulberry32(mixSeed(0, 'demo-absences'));
  const agents = demoAgentsOn(TODAY);
  // A fixed shuffle deals each agent at most one absence.
  for (let i = agents.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [agents[i], agents[j]] = [agents[j]!, agents[i]!];
  }
  let next = 0;
  const deal = () => agents[next++]!.id;
  const absences: DemoAbsence[] = [];
  for (let i = 0; i < SHORT_SICK_TODAY; i++) {
    const fromDate = addLocalDays(TODAY, -Math.floor(random() * 4));
    const toDate = addLocalDays(TODAY, Math.floor(random() * 4));
    absences.push({ agentId: deal(), kind: 'sick', fromDate, toDate });
  }
  absences.push(
    {
      agentId: deal(),
      kind: 'sick',
      fromDate: addLocalDays(TODAY, -21),
      toDate: addLocalDays(TODAY, 38),
      note: 'Långtidssjukskrivning, läkarintyg',
    },
    {
      agentId: deal(),
      kind: 'parentalLeave',
      fromDate: addLocalDays(TODAY, -83),
      toDate: addLocalDays(TODAY, 97),
    },
    {
      agentId: deal(),
      kind: 'childCare',
      fromDate: addLocalDays(TODAY, 1),
      toDate: addLocalDays(TODAY, 1),
    },
  );
  for (let i = 0; i < 3; i++) {
    absences.push({
      agentId: deal(),
      kind: 'training',
      fromDate: addLocalDays(TODAY, 9),
      toDate: addLocalDays(TODAY, 10),
      note: 'Utbildning i nytt ärendesystem',
    });
  }
  for (let i = 0; i < 8; i++) {
    // Two in week 50, six over Christmas and New Year.
    const [from, to] = i < 2 ? [14, 18] : [28, 39];
    absences.push({
      agentId: deal(),
      kind: 'vacation',
      fromDate: addLocalDays(TODAY, from),
      toDate: addLocalDays(TODAY, to),
    });
  }
  return absences;
}
