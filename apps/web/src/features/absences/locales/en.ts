import type { Translations } from '../../../lib/locales/sv';

/** The Absences page in English; lib/locales/en.ts includes it as `absences`. */
export const absencesEn: Translations['absences'] = {
  title: 'Absences',
  lead: 'Whole days away per agent. A schedule is planned around the absences registered when it is made; the schedule page shows what absences registered later cost.',
  kinds: {
    vacation: 'Vacation',
    sick: 'Sick',
    childCare: 'Care of a sick child',
    parentalLeave: 'Parental leave',
    training: 'Training',
    leave: 'Leave of absence',
    other: 'Other',
  },
  perDay: 'Away per day',
  shareOfContract: 'Share of the week’s contracted time Monday to Friday: {{shares}}',
  list: {
    title: 'Away in week {{week}}',
    none: 'Nobody is away this week.',
    agent: 'Agent',
    team: 'Team',
    kind: 'Kind',
    period: 'Period',
    note: 'Note',
    actions: 'Actions',
  },
  recovered: 'Back at work',
  lastDay: 'Last day away',
  removeQuestion: 'Remove the absence?',
  confirmRemove: 'Yes, remove',
  register: {
    title: 'Register an absence',
    agent: 'Agent',
    chooseAgent: 'Choose an agent …',
    kind: 'Kind',
    from: 'First day',
    to: 'Last day',
    note: 'Note (optional)',
    notePlaceholder: 'e.g. expects to be back on Wednesday',
    submit: 'Register',
    done: 'Registered: {{agent}}, {{kind}} {{period}}.',
  },
};
