import type { EChartsOption } from 'echarts';
import { useMemo, useState } from 'react';
import { Chart } from '../../../components/Chart';
import { NumberField } from '../../../components/NumberField';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { type HeatMapData, heatMapData } from '../heat-map';
import { type IntervalStaffing, serviceLevelAt } from '../what-if';

/** The largest staffing the heat map's field takes (the Erlang core is stable to 10,000). */
const MAX_STAFFING = 10_000;

type Shown = Pick<
  IntervalStaffing,
  'intervalStart' | 'calls' | 'agents' | 'trafficErlangs' | 'ahtSeconds'
>;

/**
 * Required agents by weekday and time of day. Hovering a cell also gives the service level the
 * interval would get with the staffing the planner enters, so "what if we only have 10?" is
 * one glance.
 */
export function RequirementsHeatMap({
  intervals,
  intervalMinutes,
  targetSeconds,
  patienceSeconds,
  isWhatIf,
}: {
  intervals: Shown[];
  intervalMinutes: number;
  targetSeconds: number;
  patienceSeconds: number | null;
  isWhatIf: boolean;
}) {
  const { t, language } = useLanguage();
  // Intervals without calls (closed hours, closed days) stay blank rather than showing 0.
  const agents = useMemo(
    () =>
      heatMapData(
        intervals.filter((i) => i.calls > 0),
        (i) => i.agents,
      ),
    [intervals],
  );
  const [staffing, setStaffing] = useState(() => Math.max(1, Math.round(agents.max * 0.8)));
  const option = useMemo((): EChartsOption => {
    const withCalls = intervals.filter((i) => i.calls > 0);
    const traffic = heatMapData(withCalls, (i) => i.trafficErlangs);
    const calls = heatMapData(withCalls, (i) => i.calls);
    const aht = heatMapData(withCalls, (i) => i.ahtSeconds);
    const key = (cell: [number, number, number]) => `${cell[0]}|${cell[1]}`;
    const lookup = (data: typeof traffic) =>
      new Map(data.cells.map((cell) => [key(cell), cell[2]]));
    const trafficAt = lookup(traffic);
    const callsAt = lookup(calls);
    const ahtAt = lookup(aht);
    const weekdays = t('common.weekdaysShort', { returnObjects: true }) as string[];
    return {
      animation: false,
      tooltip: {
        position: 'top',
        formatter: (params) => {
          // A heat-map cell's value is the [time index, weekday, agents] triple it was given.
          const value = (Array.isArray(params) ? params[0] : params)?.value as [
            number,
            number,
            number,
          ];
          const cellKey = key(value);
          const load = {
            trafficErlangs: trafficAt.get(cellKey) ?? 0,
            ahtSeconds: ahtAt.get(cellKey) ?? 1,
          };
          const serviceLevel = serviceLevelAt(staffing, load, targetSeconds, patienceSeconds);
          return [
            `<strong>${weekdays[value[1]] ?? ''} ${agents.times[value[0]] ?? ''}</strong>`,
            `${t('requirements.heatMap.required')}: ${formatNumber(value[2], language, 1)}`,
            `${t('requirements.heatMap.calls')}: ${formatNumber(callsAt.get(cellKey) ?? 0, language, 1)}`,
            `${t('requirements.heatMap.serviceLevelAt', { agents: staffing })}: ${formatPercent(serviceLevel, language)}`,
          ].join('<br/>');
        },
      },
      // Room under the axis name for the legend, whose handles carry their values above it.
      grid: { left: 56, right: 24, top: 16, bottom: 100 },
      xAxis: {
        type: 'category',
        data: agents.times,
        name: t('requirements.heatMap.timeOfDay'),
        nameLocation: 'middle',
        nameGap: 28,
        splitArea: { show: true },
      },
      yAxis: { type: 'category', data: weekdays, inverse: true, splitArea: { show: true } },
      visualMap: {
        min: 0,
        max: Math.max(1, Math.ceil(agents.max)),
        calculable: true,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 240,
        text: [t('requirements.heatMap.legendHigh'), t('requirements.heatMap.legendLow')],
        inRange: { color: ['#f7fbff', '#9ecae1', '#2171b5', '#08306b'] },
      },
      series: [
        {
          name: t('requirements.heatMap.required'),
          type: 'heatmap',
          data: agents.cells,
          label: {
            show: agents.times.length <= 48,
            fontSize: 9,
            formatter: (p) => formatNumber((p.value as number[])[2] ?? 0, language),
          },
          emphasis: { itemStyle: { borderColor: '#111', borderWidth: 1 } },
        },
      ],
    };
  }, [intervals, agents, staffing, targetSeconds, patienceSeconds, language, t]);

  return (
    <div className="card">
      <div className="toolbar">
        <h2>
          {t('requirements.heatMap.title', { minutes: intervalMinutes })}
          {isWhatIf && <span className="badge">{t('requirements.whatIf.badge')}</span>}
        </h2>
        <NumberField
          label={t('requirements.heatMap.staffing')}
          min={1}
          max={MAX_STAFFING}
          value={staffing}
          accepts={(agents) => Number.isInteger(agents) && agents >= 1 && agents <= MAX_STAFFING}
          onChange={setStaffing}
        />
      </div>
      <Chart option={option} label={t('requirements.heatMap.label')} height={346} />
      <HeatMapTable data={agents} />
    </div>
  );
}

/**
 * The heat map's numbers as a table, for keyboard and screen-reader users and for copying into
 * a spreadsheet; folded away by default.
 */
function HeatMapTable({ data }: { data: HeatMapData }) {
  const { t, language } = useLanguage();
  const weekdays = t('common.weekdaysShort', { returnObjects: true }) as string[];
  const value = new Map(
    data.cells.map(([time, weekday, agents]) => [`${time}|${weekday}`, agents]),
  );
  return (
    <details>
      <summary>{t('requirements.heatMap.asTable')}</summary>
      <div className="scroll-x">
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">{t('requirements.heatMap.timeOfDay')}</th>
              {weekdays.map((day) => (
                <th key={day} scope="col" className="num">
                  {day}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.times.map((time, timeIndex) => (
              <tr key={time}>
                <th scope="row">{time}</th>
                {weekdays.map((day, weekday) => {
                  const agents = value.get(`${timeIndex}|${weekday}`);
                  return (
                    <td key={day} className="num">
                      {agents === undefined ? '' : formatNumber(agents, language, 1)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
