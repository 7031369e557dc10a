/**
 * What exactly broke a rule, as a key and values, with an English sentence for each key: the
 * CLI and API print `message`, and a user interface words `detail` in its own language.
 */
export const RULE_DETAIL_TEXTS = {
  unknownAgent: 'unknown agent "{agent}"',
  shiftEndsBeforeStart: 'shift must end after it starts',
  shiftOutsideWeek: 'shift lies outside the planning week',
  activitiesGap: 'activities must cover the shift in order without gaps or overlaps',
  activitiesEnd: 'activities must end where the shift ends',
  shiftLength: 'shift is {length} min; allowed {allowed}',
  startGranularity: 'start must fall on a {step}-minute step',
  earliestStart: 'shift starts before {earliest}',
  latestEnd: 'shift ends after {latest}',
  unavailability: 'shift overlaps unavailability {from}..{to}',
  lunchMissing: 'a {length}-minute shift needs exactly one lunch',
  lunchNotAllowed: 'a shift of {length} min has no lunch',
  lunchLength: 'lunch must last {minutes} min',
  lunchMiddle: 'lunch must lie in the middle of the shift (from 30% in to 70% in)',
  breakLength: 'break must last {minutes} min',
  breakInner: 'break must have work before and after it',
  breaksPerPart: 'each part of the shift around lunch needs exactly one break, found {count}',
  breaksNone: 'breakMinutes is 0, so no breaks are placed',
  maxWorkWithoutBreak: '{minutes} min of work without a break',
  minWorkBetweenBreaks: 'only {minutes} min of work next to a break or lunch, at least {least}',
  skills: 'phone for "{group}", which the agent is not skilled in',
  writtenSkills: 'backoffice for written queue "{queue}", which the agent is not skilled in',
  openingHours: 'phone for "{group}" while it is closed',
  contractMinutes: 'paid {paid} min against a contract of {contract} (tolerance {tolerance})',
  daysPerWeek: 'works {days} days, at most {max}',
  dailyRest: '{rest} min of rest before this shift, at least {min}',
  dailyRestAfter: "{rest} min of rest before the agent's first shift next week, at least {min}",
  weeklyRest: 'longest rest in the week is {rest} min, at least {min}',
  meetingMissing: 'needs exactly one {minutes}-minute team meeting',
  meetingApart: 'team "{team}" does not meet together ({times} different times)',
  meetingDay: 'team "{team}" meets on {date}, not on one of its meeting weekdays',
} as const;

export type RuleDetailKey = keyof typeof RULE_DETAIL_TEXTS;

export interface RuleDetail {
  key: RuleDetailKey;
  values: Record<string, string | number>;
}

/** The English sentence of a detail: its text with `{name}` replaced by the values. */
export function ruleDetailMessage(detail: RuleDetail): string {
  return RULE_DETAIL_TEXTS[detail.key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(detail.values[name] ?? `{${name}}`),
  );
}
