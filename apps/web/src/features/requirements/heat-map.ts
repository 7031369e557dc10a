import { dateOfInterval, timeOfInterval, weekdayIndex } from '../../lib/dates';

/** Weekday rows by time-of-day columns, the shape ECharts' heat map takes. */
export interface HeatMapData {
  /** Local times of day (HH:MM), sorted: the x axis. */
  times: string[];
  /** [time index, weekday (0 = Monday), value]; a cell averages the range's intervals there. */
  cells: [number, number, number][];
  /** Largest cell value, for the colour scale. */
  max: number;
}

/**
 * Values per interval into weekday × time-of-day cells. Times come from the local timestamps
 * the API sends, so a DST day lands in the right cells; a range of several weeks averages.
 * Only times with an interval appear, so closed hours do not widen the map.
 */
export function heatMapData<T extends { intervalStart: string }>(
  intervals: T[],
  value: (interval: T) => number,
): HeatMapData {
  const sums = new Map<string, { sum: number; count: number }>();
  const times = new Set<string>();
  for (const interval of intervals) {
    const time = timeOfInterval(interval.intervalStart);
    const weekday = weekdayIndex(dateOfInterval(interval.intervalStart));
    times.add(time);
    const key = `${weekday}|${time}`;
    const cell = sums.get(key) ?? { sum: 0, count: 0 };
    cell.sum += value(interval);
    cell.count += 1;
    sums.set(key, cell);
  }
  const sortedTimes = [...times].sort();
  const column = new Map(sortedTimes.map((time, index) => [time, index]));
  const cells: [number, number, number][] = [];
  let max = 0;
  for (const [key, { sum, count }] of sums) {
    const [weekday, time] = key.split('|') as [string, string];
    const mean = sum / count;
    max = Math.max(max, mean);
    cells.push([column.get(time) ?? 0, Number(weekday), mean]);
  }
  cells.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  return { times: sortedTimes, cells, max };
}

/** Per weekday, values by time of day: the daily curves. Missing times are null. */
export function dailyCurves<T extends { intervalStart: string }>(
  intervals: T[],
  value: (interval: T) => number,
): { times: string[]; byWeekday: (number | null)[][] } {
  const { times, cells } = heatMapData(intervals, value);
  const byWeekday = Array.from({ length: 7 }, () => times.map((): number | null => null));
  for (const [timeIndex, weekday, cellValue] of cells) {
    const row = byWeekday[weekday];
    if (row) row[timeIndex] = cellValue;
  }
  return { times, byWeekday };
}

/**
 * The intervals between the earliest and the latest time of day that has calls on any day:
 * closed hours at either end go, gaps inside the opening hours stay.
 */
export function openHours<T extends { intervalStart: string; calls: number }>(intervals: T[]): T[] {
  const busy = intervals
    .filter((i) => i.calls > 0)
    .map((i) => timeOfInterval(i.intervalStart))
    .sort();
  const first = busy[0];
  const last = busy[busy.length - 1];
  if (first === undefined || last === undefined) return intervals;
  return intervals.filter((interval) => {
    const time = timeOfInterval(interval.intervalStart);
    return time >= first && time <= last;
  });
}
