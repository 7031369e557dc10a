import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useHistoryIntervals } from '../../../api/get-history-intervals';
import type { ForecastVersion } from '../../../api/types';
import { Chart } from '../../../components/Chart';
import { QueryState } from '../../../components/QueryState';
import { addDays } from '../../../lib/dates';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useForecastDays } from '../api/get-forecast-days';
import { useForecastIntervalBounds } from '../api/get-forecast-interval-bounds';
import { useForecastDetails } from '../api/get-forecast-details';
import {
  type ForecastPoint,
  type Granularity,
  hasModelBand,
  historySeries,
  withBand,
} from '../forecast-series';

/** Days of history shown before the forecast starts. */
const HISTORY_DAYS = 28;

/** Daily points from /days, or interval points from /interval-bounds, of one version. */
function useForecastPoints(
  version: ForecastVersion | undefined,
  answerGroupId: string,
  granularity: Granularity,
) {
  const range = version && {
    forecastVersionId: version.id,
    answerGroupId,
    from: version.firstDay,
    to: version.lastDay,
  };
  const days = useForecastDays(granularity === 'day' ? range : undefined);
  const intervals = useForecastIntervalBounds(granularity === 'interval' ? range : undefined);
  const points: ForecastPoint[] | undefined =
    granularity === 'day'
      ? days.data?.map((d) => ({ x: d.date, calls: d.calls, low: d.low, high: d.high }))
      : intervals.data?.map((i) => ({
          x: i.intervalStart,
          calls: i.calls,
          low: i.low,
          high: i.high,
        }));
  const query = granularity === 'day' ? days : intervals;
  return { points, isLoading: query.isLoading, error: query.error };
}

/** History and forecast of one group in one chart, with the prediction band. */
export function ForecastChart({
  version,
  compareWith,
  answerGroupId,
  granularity,
}: {
  version: ForecastVersion;
  compareWith: ForecastVersion | undefined;
  answerGroupId: string;
  granularity: Granularity;
}) {
  const { t, language } = useLanguage();
  const forecast = useForecastPoints(version, answerGroupId, granularity);
  const other = useForecastPoints(compareWith, answerGroupId, granularity);
  const details = useForecastDetails(version.id);
  const history = useHistoryIntervals({
    answerGroupId,
    from: addDays(version.firstDay, -HISTORY_DAYS),
    to: addDays(version.firstDay, -1),
  });
  const modelBand = hasModelBand(forecast.points ?? []);
  const bandName = modelBand
    ? t('forecast.chart.modelBand', {
        level: formatPercent(details.data?.predictionLevel ?? 0.8, language, 0),
      })
    : t('forecast.chart.band');

  const option = useMemo((): EChartsOption => {
    const banded = withBand(forecast.points ?? []);
    const past = historySeries(history.data ?? [], granularity);
    const xs = [...past.map((p) => p.x), ...banded.map((p) => p.x)];
    const index = new Map(xs.map((x, i) => [x, i]));
    const column = (points: { x: string; value: number }[]) => {
      const values: (number | null)[] = xs.map(() => null);
      for (const p of points) {
        const at = index.get(p.x);
        if (at !== undefined) values[at] = p.value;
      }
      return values;
    };
    const label = (x: string) =>
      granularity === 'day' ? formatDate(x, language) : `${x.slice(0, 10)} ${x.slice(11, 16)}`;
    const colours = {
      history: '#5b6770',
      forecast: '#1e6ebe',
      band: '#9cc3e6',
      compare: '#c2410c',
    };
    return {
      animation: false,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) =>
          typeof value === 'number' ? formatNumber(value, language, 1) : '–',
      },
      legend: { top: 0 },
      grid: { left: 64, right: 24, top: 40, bottom: 64 },
      xAxis: { type: 'category', data: xs.map(label), axisLabel: { hideOverlap: true } },
      yAxis: {
        type: 'value',
        name: t('forecast.chart.calls', {
          per: t(granularity === 'day' ? 'forecast.perDay' : 'forecast.perInterval'),
        }),
        nameLocation: 'middle',
        nameGap: 48,
        axisLabel: { formatter: (value: number) => formatNumber(value, language) },
      },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
      series: [
        {
          name: t('forecast.chart.history'),
          type: 'line',
          showSymbol: false,
          data: column(past),
          lineStyle: { color: colours.history },
          itemStyle: { color: colours.history },
        },
        // The band is an invisible lower line with the band's width stacked on it.
        {
          name: bandName,
          type: 'line',
          stack: 'band',
          showSymbol: false,
          data: column(banded.map((p) => ({ x: p.x, value: p.lower }))),
          lineStyle: { opacity: 0 },
          itemStyle: { color: colours.band },
          tooltip: { show: false },
        },
        {
          name: bandName,
          type: 'line',
          stack: 'band',
          showSymbol: false,
          data: column(banded.map((p) => ({ x: p.x, value: p.upper - p.lower }))),
          lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(30, 110, 190, 0.18)' },
          itemStyle: { color: colours.band },
          tooltip: { show: false },
        },
        {
          name: t('forecast.chart.forecast'),
          type: 'line',
          showSymbol: false,
          data: column(banded.map((p) => ({ x: p.x, value: p.calls }))),
          lineStyle: { color: colours.forecast, width: 2 },
          itemStyle: { color: colours.forecast },
        },
        ...(compareWith
          ? [
              {
                name: t('forecast.chart.compare', { id: compareWith.id }),
                type: 'line' as const,
                showSymbol: false,
                data: column((other.points ?? []).map((p) => ({ x: p.x, value: p.calls }))),
                lineStyle: { color: colours.compare, type: 'dashed' as const },
                itemStyle: { color: colours.compare },
              },
            ]
          : []),
      ],
    };
  }, [
    forecast.points,
    other.points,
    history.data,
    compareWith,
    granularity,
    bandName,
    language,
    t,
  ]);

  return (
    <QueryState
      isLoading={forecast.isLoading || history.isLoading}
      error={forecast.error ?? history.error ?? other.error}
    >
      <Chart option={option} label={t('forecast.chart.label')} height={360} />
      <p className="muted small">
        {modelBand ? t('forecast.chart.modelBandNote') : t('forecast.chart.bandNote')}
      </p>
    </QueryState>
  );
}
