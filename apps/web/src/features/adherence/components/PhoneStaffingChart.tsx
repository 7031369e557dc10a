import type { EChartsOption } from 'echarts';
import { useMemo, useState } from 'react';
import { Chart } from '../../../components/Chart';
import { formatDate, formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { phoneDays, phoneShortfallHours, phoneStaffingOn } from '../chart-series';
import type { PhoneInterval } from '../types';

const SCHEDULED_COLOUR = '#5b6770';
const ON_PHONE_COLOUR = '#1e6ebe';

/**
 * Scheduled against actual phone agents through a chosen day, quarter by quarter: where agents
 * missing from the phone left the queue short, and how many agent hours that came to.
 */
export function PhoneStaffingChart({ intervals }: { intervals: PhoneInterval[] }) {
  const { t, language } = useLanguage();
  const days = useMemo(() => phoneDays(intervals), [intervals]);
  const [chosen, setChosen] = useState<string>();
  // The latest day, the one a unit manager follows up first.
  const day = chosen && days.includes(chosen) ? chosen : days[days.length - 1];
  const staffing = useMemo(
    () => (day ? phoneStaffingOn(intervals, day) : undefined),
    [intervals, day],
  );
  const option = useMemo((): EChartsOption => {
    const agents = (value: unknown) =>
      typeof value === 'number' ? formatNumber(value, language, 1) : '–';
    const line = (name: string, data: number[], color: string, area: boolean) => ({
      name,
      type: 'line' as const,
      step: 'end' as const,
      showSymbol: false,
      data,
      lineStyle: { color, width: 2 },
      itemStyle: { color },
      ...(area ? { areaStyle: { color, opacity: 0.15 } } : {}),
    });
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: agents },
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: staffing?.times ?? [], axisLabel: { hideOverlap: true } },
      yAxis: {
        type: 'value',
        name: t('adherence.phoneChart.agents'),
        nameLocation: 'middle',
        nameGap: 36,
        minInterval: 1,
      },
      series: [
        line(
          t('adherence.phoneChart.scheduled'),
          staffing?.scheduled ?? [],
          SCHEDULED_COLOUR,
          false,
        ),
        line(t('adherence.phoneChart.actual'), staffing?.phone ?? [], ON_PHONE_COLOUR, true),
      ],
    };
  }, [staffing, language, t]);

  return (
    <>
      <div className="toolbar">
        <h2>{t('adherence.phoneChart.title')}</h2>
        {day && (
          <label>
            {t('adherence.phoneChart.day')}
            <select value={day} onChange={(event) => setChosen(event.target.value)}>
              {days.map((date) => (
                <option key={date} value={date}>
                  {formatDate(date, language)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {staffing ? (
        <>
          <Chart option={option} label={t('adherence.phoneChart.title')} height={280} />
          <p className="muted small">
            {t('adherence.phoneChart.shortfall', {
              hours: formatNumber(phoneShortfallHours(staffing), language, 1),
            })}
          </p>
        </>
      ) : (
        <p className="muted">{t('adherence.phoneChart.none')}</p>
      )}
    </>
  );
}
