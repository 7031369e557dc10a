/** A planner's change to a forecast: a share up or down, or calls added per day. */
export interface AdjustmentInput {
  answerGroupId: string;
  /** First and last local date, inclusive. */
  from: string;
  to: string;
  /** +10 raises every interval of those days by 10%; -100 is the least. */
  percent?: number;
  /** Calls added to (negative: taken from) each day's total, spread like the forecast. */
  absoluteCalls?: number;
  note?: string;
}

/** What a version records of each adjustment made to it or to the versions before it. */
export interface RecordedAdjustment {
  answerGroupId: string;
  from: string;
  to: string;
  percent: number | null;
  absoluteCalls: number | null;
  note: string | null;
  /** Id of the version the adjustment was applied to. */
  appliedToVersionId: number;
  /** Calls of the group on those days, before and after. */
  callsBefore: number;
  callsAfter: number;
  createdAt: string;
}

export interface DayFactor {
  date: string;
  /** Every interval (and prediction bound) of the day is multiplied by this. */
  factor: number;
}

/**
 * The multiplier of each day in the range. A percentage scales every interval alike. Absolute
 * calls are added to each day's total in proportion to the forecast's intraday shape, which is
 * the same as scaling the day by (total + calls) / total; a day forecast at 0 (closed) has no
 * shape to follow and stays 0, and no day goes below 0 calls. Cost: O(days).
 */
export function adjustmentFactors(
  dayTotals: { date: string; calls: number }[],
  adjustment: Pick<AdjustmentInput, 'percent' | 'absoluteCalls'>,
): DayFactor[] {
  return dayTotals.map(({ date, calls }) => {
    if (adjustment.percent !== undefined) {
      return { date, factor: Math.max(0, 1 + adjustment.percent / 100) };
    }
    const added = adjustment.absoluteCalls ?? 0;
    if (calls <= 0) return { date, factor: 1 };
    return { date, factor: Math.max(0, (calls + added) / calls) };
  });
}

/** Local dates from `from` to `to`, inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (
    let day = Date.parse(`${from}T00:00:00Z`);
    day <= Date.parse(`${to}T00:00:00Z`);
    day += 86_400_000
  ) {
    dates.push(new Date(day).toISOString().slice(0, 10));
  }
  return dates;
}
