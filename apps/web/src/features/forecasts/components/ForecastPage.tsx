import type { EChartsOption } from 'echarts';
import { useEffect, useId, useMemo, useState } from 'react';
import { useAnswerGroups } from '../../../api/get-answer-groups';
import { useForecastIntervals } from '../../../api/get-forecast-intervals';
import { useForecastVersions } from '../../../api/get-forecast-versions';
import { useHistoryIntervals } from '../../../api/get-history-intervals';
import type { ForecastVersion } from '../../../api/types';
import { Chart } from '../../../components/Chart';
import { ProgressBar } from '../../../components/ProgressBar';
import { QueryState } from '../../../components/QueryState';
import { addDays, localDate } from '../../../lib/dates';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  type Language,
} from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useCreateSeasonalMeanForecast } from '../api/create-seasonal-mean-forecast';
import {
  callsSeries,
  compareSeries,
  type Granularity,
  historyCalls,
  poissonBand,
} from '../forecast-series';
import { AdjustForecast } from './AdjustForecast';

/** Weeks of history shown before the forecast starts. */
const HISTORY_DAYS = 28;

export function ForecastPage() {
  const { t, language } = useLanguage();
  const answerGroups = useAnswerGroups();
  const versions = useForecastVersions();
  const [answerGroupId, setAnswerGroupId] = useState<string>();
  const [versionId, setVersionId] = useState<number>();
  const [compareId, setCompareId] = useState<number>();
  const [granularity, setGranularity] = useState<Granularity>('day');

  // Default to the first group and the newest version once they are loaded.
  useEffect(() => {
    if (answerGroupId === undefined && answerGroups.data?.[0])
      setAnswerGroupId(answerGroups.data[0].id);
  }, [answerGroupId, answerGroups.data]);
  useEffect(() => {
    if (versions.data?.[0] && !versions.data.some((v) => v.id === versionId))
      setVersionId(versions.data[0].id);
  }, [versionId, versions.data]);

  const version = versions.data?.find((v) => v.id === versionId);
  const compareWith = versions.data?.find((v) => v.id === compareId && v.id !== versionId);

  return (
    <section aria-labelledby="forecast-title">
      <h1 id="forecast-title">{t('forecast.title')}</h1>
      <RunForecast onCreated={(created) => setVersionId(created.id)} />
      <QueryState
        isLoading={answerGroups.isLoading || versions.isLoading}
        error={answerGroups.error ?? versions.error}
      >
        <div className="card">
          <div className="toolbar">
            <label>
              {t('common.answerGroup')}
              <select
                value={answerGroupId ?? ''}
                onChange={(event) => setAnswerGroupId(event.target.value)}
              >
                {answerGroups.data?.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('forecast.version')}
              <select
                value={versionId ?? ''}
                onChange={(event) => setVersionId(Number(event.target.value))}
              >
                {versions.data?.map((v) => (
                  <option key={v.id} value={v.id}>
                    {versionLabel(v, language)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('forecast.compareWith')}
              <select
                value={compareId ?? ''}
                onChange={(event) =>
                  setCompareId(event.target.value ? Number(event.target.value) : undefined)
                }
              >
                <option value="">{t('forecast.noComparison')}</option>
                {versions.data
                  ?.filter((v) => v.id !== versionId)
                  .map((v) => (
                    <option key={v.id} value={v.id}>
                      {versionLabel(v, language)}
                    </option>
                  ))}
              </select>
            </label>
            <label>
              {t('forecast.granularity')}
              <select
                value={granularity}
                onChange={(event) => setGranularity(event.target.value as Granularity)}
              >
                <option value="day">{t('forecast.perDay')}</option>
                <option value="interval">{t('forecast.perInterval')}</option>
              </select>
            </label>
          </div>
          {version && answerGroupId ? (
            <ForecastView
              version={version}
              compareWith={compareWith}
              answerGroupId={answerGroupId}
              granularity={granularity}
            />
          ) : (
            <p className="muted">{t('forecast.noVersions')}</p>
          )}
        </div>
        {version && answerGroupId && (
          <AdjustForecast
            version={version}
            answerGroupId={answerGroupId}
            answerGroupIds={answerGroups.data?.map((group) => group.id) ?? []}
            onCreated={(created) => {
              setCompareId(version.id);
              setVersionId(created.id);
            }}
          />
        )}
      </QueryState>
    </section>
  );
}

function versionLabel(version: ForecastVersion, language: Language): string {
  return `#${version.id} ${version.name} (${formatDate(version.firstDay, language)} – ${formatDate(version.lastDay, language)})`;
}

function RunForecast({ onCreated }: { onCreated: (version: ForecastVersion) => void }) {
  const { t } = useLanguage();
  const id = useId();
  const [from, setFrom] = useState(() => localDate(new Date()));
  const [days, setDays] = useState(28);
  const [weeks, setWeeks] = useState(8);
  const create = useCreateSeasonalMeanForecast();
  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({ from, days, weeks }, { onSuccess: onCreated });
      }}
    >
      <h2 id={`${id}-title`}>{t('forecast.run.title')}</h2>
      <p className="muted">{t('forecast.run.help')}</p>
      <div className="toolbar">
        <label>
          {t('forecast.run.from')}
          <input
            type="date"
            required
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </label>
        <label>
          {t('forecast.run.days')}
          <input
            type="number"
            min={1}
            max={400}
            required
            value={days}
            onChange={(event) => setDays(Number(event.target.value))}
          />
        </label>
        <label>
          {t('forecast.run.weeks')}
          <input
            type="number"
            min={1}
            max={52}
            required
            value={weeks}
            onChange={(event) => setWeeks(Number(event.target.value))}
          />
        </label>
        <button type="submit" disabled={create.isPending}>
          {t('forecast.run.submit')}
        </button>
      </div>
      {create.isPending && <ProgressBar label={t('forecast.run.running')} />}
      {create.data && (
        <p role="status" className="success">
          {t('forecast.run.done', { name: create.data.name, id: create.data.id })}
        </p>
      )}
      {create.error && (
        <p role="alert" className="error">
          {create.error.message}
        </p>
      )}
    </form>
  );
}

function ForecastView({
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
  const answerGroups = useAnswerGroups();
  const groupNames = new Map(answerGroups.data?.map((group) => [group.id, group.name]));
  const forecast = useForecastIntervals({
    forecastVersionId: version.id,
    answerGroupId,
    from: version.firstDay,
    to: version.lastDay,
  });
  const other = useForecastIntervals(
    compareWith
      ? {
          forecastVersionId: compareWith.id,
          answerGroupId,
          from: version.firstDay,
          to: version.lastDay,
        }
      : undefined,
  );
  const history = useHistoryIntervals({
    answerGroupId,
    from: addDays(version.firstDay, -HISTORY_DAYS),
    to: addDays(version.firstDay, -1),
  });

  const chart = useMemo(() => {
    const forecastPoints = callsSeries(forecast.data ?? [], granularity);
    const historyPoints = callsSeries(historyCalls(history.data ?? []), granularity);
    const comparePoints = compareWith ? callsSeries(other.data ?? [], granularity) : [];
    const band = poissonBand(forecastPoints);
    const xs = [...historyPoints.map((p) => p.x), ...forecastPoints.map((p) => p.x)];
    const at = (points: { x: string; value: number }[]) => {
      const byX = new Map(points.map((p) => [p.x, p.value]));
      return xs.map((x) => byX.get(x) ?? null);
    };
    const bandLower = new Map(forecastPoints.map((p, i) => [p.x, band[i]?.lower ?? 0]));
    const bandWidth = new Map(
      forecastPoints.map((p, i) => [p.x, (band[i]?.upper ?? 0) - (band[i]?.lower ?? 0)]),
    );
    const label = (x: string) =>
      granularity === 'day' ? formatDate(x, language) : `${x.slice(0, 10)} ${x.slice(11, 16)}`;
    const calls = (value: unknown) =>
      typeof value === 'number' ? formatNumber(value, language, 1) : '–';
    const option: EChartsOption = {
      animation: false,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => calls(value),
      },
      legend: { top: 0 },
      grid: { left: 64, right: 24, top: 40, bottom: 64 },
      xAxis: {
        type: 'category',
        data: xs.map(label),
        axisLabel: { hideOverlap: true },
      },
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
          data: at(historyPoints),
          lineStyle: { color: '#5b6770' },
          itemStyle: { color: '#5b6770' },
        },
        // The band is drawn as an invisible lower line with the band's width stacked on it.
        {
          name: t('forecast.chart.band'),
          type: 'line',
          stack: 'band',
          showSymbol: false,
          data: xs.map((x) => bandLower.get(x) ?? null),
          lineStyle: { opacity: 0 },
          itemStyle: { color: '#9cc3e6' },
          tooltip: { show: false },
        },
        {
          name: t('forecast.chart.band'),
          type: 'line',
          stack: 'band',
          showSymbol: false,
          data: xs.map((x) => bandWidth.get(x) ?? null),
          lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(30, 110, 190, 0.18)' },
          itemStyle: { color: '#9cc3e6' },
          tooltip: { show: false },
        },
        {
          name: t('forecast.chart.forecast'),
          type: 'line',
          showSymbol: false,
          data: at(forecastPoints),
          lineStyle: { color: '#1e6ebe', width: 2 },
          itemStyle: { color: '#1e6ebe' },
        },
        ...(compareWith
          ? [
              {
                name: t('forecast.chart.compare', { id: compareWith.id }),
                type: 'line' as const,
                showSymbol: false,
                data: at(comparePoints),
                lineStyle: { color: '#c2410c', type: 'dashed' as const },
                itemStyle: { color: '#c2410c' },
              },
            ]
          : []),
      ],
    };
    return {
      option,
      comparison: compareSeries(
        callsSeries(forecast.data ?? [], 'day'),
        callsSeries(other.data ?? [], 'day'),
      ),
    };
  }, [forecast.data, history.data, other.data, compareWith, granularity, language, t]);

  return (
    <QueryState
      isLoading={forecast.isLoading || history.isLoading || other.isLoading}
      error={forecast.error ?? history.error ?? other.error}
    >
      <Chart option={chart.option} label={t('forecast.chart.label')} height={360} />
      <p className="muted small">{t('forecast.chart.bandNote')}</p>
      <div className="columns">
        <div>
          <h3>{t('forecast.method')}</h3>
          <dl className="facts">
            <dt>{t('forecast.methodName')}</dt>
            <dd>{t(`forecast.methods.${version.method}`, { defaultValue: version.method })}</dd>
            <dt>{t('forecast.intervalLength')}</dt>
            <dd>{t('common.minutes', { count: version.intervalMinutes })}</dd>
            <dt>{t('forecast.period')}</dt>
            <dd>
              {formatDate(version.firstDay, language)} – {formatDate(version.lastDay, language)}
            </dd>
            <dt>{t('forecast.created')}</dt>
            <dd>{formatDateTime(version.createdAt, language)}</dd>
          </dl>
        </div>
        <div>
          <h3>{t('forecast.accuracy')}</h3>
          {version.accuracy.length === 0 ? (
            <p className="muted">{t('forecast.noAccuracy')}</p>
          ) : (
            <table className="data compact">
              <thead>
                <tr>
                  <th scope="col">{t('common.answerGroup')}</th>
                  <th scope="col" className="num">
                    WAPE
                  </th>
                  <th scope="col">{t('forecast.backtestPeriod')}</th>
                </tr>
              </thead>
              <tbody>
                {version.accuracy.map((row) => (
                  <tr
                    key={row.answerGroupId}
                    className={row.answerGroupId === answerGroupId ? 'selected' : undefined}
                  >
                    <td>{groupNames.get(row.answerGroupId) ?? row.answerGroupId}</td>
                    <td className="num">
                      {row.wape === null ? '–' : formatPercent(row.wape, language)}
                    </td>
                    <td>
                      {formatDate(row.from, language)} – {formatDate(row.to, language)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="muted small">{t('forecast.wapeNote')}</p>
        </div>
      </div>
      {compareWith && (
        <div>
          <h3>{t('forecast.comparison', { id: compareWith.id })}</h3>
          <div className="scroll-y">
            <table className="data compact">
              <thead>
                <tr>
                  <th scope="col">{t('common.date')}</th>
                  <th scope="col" className="num">
                    #{version.id}
                  </th>
                  <th scope="col" className="num">
                    #{compareWith.id}
                  </th>
                  <th scope="col" className="num">
                    {t('forecast.difference')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {chart.comparison.map((row) => (
                  <tr key={row.x}>
                    <td>{formatDate(row.x, language)}</td>
                    <td className="num">{formatNumber(row.base, language, 1)}</td>
                    <td className="num">
                      {row.other === null ? '–' : formatNumber(row.other, language, 1)}
                    </td>
                    <td className="num">
                      {row.change === null ? '–' : formatPercent(row.change, language)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </QueryState>
  );
}
