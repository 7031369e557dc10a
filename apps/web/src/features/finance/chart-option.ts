import type {
  EChartsOption,
  LineSeriesOption,
  SeriesOption,
  YAXisComponentOption as YAXisOption,
} from 'echarts';
import type { TFunction } from 'i18next';
import { formatMonth, type Language } from '../../lib/format';
import type { PlanLine } from './plan-series';

/** One colour per quantity; a comparison's line has its quantity's colour, dashed. */
export const COLOURS = {
  requiredPositions: '#b3261e',
  positions: '#16324f',
  paidFte: '#1e6ebe',
  productiveFte: '#2e7d4f',
  expectedServiceLevel: '#2e7d4f',
  cost: '#1e6ebe',
  requiredCost: '#b3261e',
  budget: '#16324f',
} as const;

/**
 * What every chart of the plan shares: the months along the bottom, a legend on top with room
 * for two rows (a comparison adds its lines), the value axis named along its side.
 */
export function monthChartOption(
  months: string[],
  language: Language,
  { yAxis, series }: { yAxis: YAXisOption; series: SeriesOption[] },
): EChartsOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 64, right: 24, top: 64, bottom: 28 },
    xAxis: { type: 'category', data: months.map((month) => formatMonth(month, language, 'short')) },
    yAxis: { nameLocation: 'middle', nameGap: 44, ...yAxis },
    series,
  };
}

/** The plan's lines as series: the comparison's dashed and named after the comparison. */
export function planLineSeries<Key extends keyof typeof COLOURS>(
  lines: PlanLine<Key>[],
  t: TFunction,
  comparisonName: string | undefined,
  format: (value: number) => string,
): LineSeriesOption[] {
  return lines.map((line) => {
    const name = t(`finance.charts.lines.${line.key}`);
    return monthLine(
      line.comparison
        ? t('finance.charts.comparisonLine', { line: name, name: comparisonName })
        : name,
      line.values,
      COLOURS[line.key],
      line.comparison,
      format,
    );
  });
}

/** A line over the months, dashed for the comparison. */
export function monthLine(
  name: string,
  values: (number | null)[],
  colour: string,
  dashed: boolean,
  format: (value: number) => string,
): LineSeriesOption {
  return {
    name,
    type: 'line',
    data: values,
    symbolSize: 5,
    itemStyle: { color: colour },
    lineStyle: { color: colour, width: 2, type: dashed ? 'dashed' : 'solid' },
    tooltip: { valueFormatter: (value) => (typeof value === 'number' ? format(value) : '–') },
  };
}
