import type { Translations } from '../../../lib/locales/sv';

/** The Adherence page in English; lib/locales/en.ts includes it as `adherence`. */
export const adherenceEn: Translations['adherence'] = {
  title: 'Adherence',
  lead: 'How well the agents kept to the published schedule, by the agent states from the telephony system.',
  previousWeek: '← Week before',
  nextWeek: 'Week after →',
  team: 'Team',
  allTeams: 'All teams',
  noTeam: 'No team',
  coveredUntil: 'Agent states are imported up to {{until}}; time after that is not counted yet.',
  notCovered:
    'No agent states are imported yet. Import a file from the telephony system below, and adherence is counted.',
  noSchedule: 'No published schedule this week, so there is nothing to keep to.',
  hours: '{{hours}} h',
  figures: {
    title: 'Week {{week}}',
    adherence: 'Adherence',
    phoneAdherence: 'Phone adherence',
    conformance: 'Conformance',
    outOfAdherence: 'Time out of adherence',
    unscheduledWork: 'Work outside shifts',
  },
  help: {
    title: 'How it is counted',
    adherence:
      'Adherence: scheduled minutes in a state that keeps to the activity, over scheduled minutes. Phone: ready, talking or wrap-up. Back-office work: not ready without a reason or with the reason backoffice. Break, lunch, meeting and training: not ready with that reason or none, or logged out.',
    phoneAdherence:
      'Phone adherence: the share of scheduled phone minutes the agent was ready, talking or in wrap-up.',
    conformance:
      'Conformance: time logged in outside lunch (and breaks taken logged out) over paid scheduled time.',
    outOfAdherence:
      'Time out of adherence: scheduled time in a state that did not keep to the activity.',
    unscheduledWork: 'Work outside shifts: time logged in when no shift was scheduled.',
    coverage:
      'Only time covered by imported state files counts. Days with a registered absence are not counted; they show the kind of absence.',
  },
  teamChart: {
    title: 'Adherence per day and team',
    target: 'Target {{target}}',
    none: 'No days with adherence counted this week.',
  },
  phoneChart: {
    title: 'Agents on the phone per quarter hour',
    day: 'Day',
    scheduled: 'Scheduled on the phone',
    actual: 'On the phone (ready, talking, wrap-up)',
    agents: 'Agents',
    shortfall:
      'The phones lacked {{hours}} agent hours against the schedule that day (quarter hours with fewer on the phone than scheduled).',
    none: 'No imported phone time this week.',
  },
  table: {
    caption: 'Adherence per agent and day',
    help: 'Worst first within each team. Green from {{target}}, yellow from {{warning}}, red below. Click a day to see the agent’s day.',
    agent: 'Agent',
    week: 'Week',
    teamTotal: 'Whole team',
    exceptions_one: '{{count}} exception',
    exceptions_other: '{{count}} exceptions',
    cell: '{{agent}}, {{day}}: {{value}}',
    none: 'Nothing to show this week: no shifts with imported states and no registered absences.',
  },
  day: {
    title: '{{agent}}, {{day}}',
    close: 'Close',
    label: 'Schedule and actual state through the day',
    scheduled: 'Schedule',
    actual: 'Actual',
    notImported: 'Not imported yet',
    exception: 'Exception',
    absent: 'Absence registered: {{kind}}. The day is not counted.',
    exceptionsCaption: 'Exceptions (5 minutes or more)',
    noExceptions: 'No exceptions: the day kept to the schedule.',
    notCounted: 'No imported states cover the shift, so the day is not counted yet.',
    time: 'Time',
    minutes: 'Minutes',
    scheduledActivity: 'Scheduled',
    actualState: 'Actual',
    noShift: 'No shift',
    figures: 'Adherence {{adherence}} · phone {{phoneAdherence}} · conformance {{conformance}}',
    legend: 'Legend',
  },
  serviceLevel: {
    title: 'What it did to the service level',
    week: "The week's forecast calls answered in time: {{scheduled}} with the schedule's staffing, {{actual}} with those who were on the phone.",
    scheduled: 'With the schedule',
    actual: 'With those on the phone',
    help: "Erlang C per answer group and quarter hour with the forecast's calls; an agent on the phone for part of a quarter counts as that part of an agent. Absence and adherence both show here. Only quarters the imported states cover wholly count.",
    wholeCentre: 'The service level depends on every team: choose All teams to see it.',
    none: 'No quarter with forecast calls is covered by imported states this week.',
  },
  states: {
    ready: 'Ready',
    talking: 'Talking',
    wrap_up: 'Wrap-up',
    not_ready: 'Not ready',
    logged_out: 'Logged out',
    withReason: '{{state}} ({{reason}})',
  },
  import: {
    title: 'Import agent states',
    help: 'Format B from the telephony system: the columns agent_id, state, start, end and preferably reason, one row per state, times in ISO 8601 with offset. A file speaks for every agent from its first time to its last: an agent without rows in it counts as logged out. The whole file is checked before anything is stored; the same file once more changes nothing.',
    done: 'Done: {{rows}} rows, {{changed}} agents changed, {{unchanged}} unchanged.',
    latest: 'Latest imports',
    agentsChanged: 'Agents changed',
  },
};
