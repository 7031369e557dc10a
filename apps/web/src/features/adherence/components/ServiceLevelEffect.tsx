import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { Chart } from '../../../components/Chart';
import { formatPercent, formatShortDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { formatShare } from '../figures';
import type { AdherenceReport } from '../types';

/**
 * What the week's adherence and absence did to the service level: the forecast calls answered
 * in time with the phone agents the schedule had, and with those who were on the phone.
 */
export function ServiceLevelEffect({
  serviceLevel,
}: {
  serviceLevel: AdherenceReport['serviceLevel'];
}) {
  const { t, language } = useLanguage();
  const option = useMemo((): EChartsOption | undefined => {
    if (!serviceLevel || serviceLevel.days.length === 0) return undefined;
    const percent = (value: unknown) =>
      formatShare(typeof value === 'number' ? value : null, language);
    const days = serviceLevel.days;
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: percent },
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: days.map((day) => formatShortDate(day.date, language)) },
      yAxis: {
        type: 'value',
        min: 0,
        max: 1,
        axisLabel: { formatter: (value: number) => formatPercent(value, language, 0) },
      },
      series: [
        {
          name: t('adherence.serviceLevel.scheduled'),
          type: 'bar',
          data: days.map((day) => day.scheduled),
          itemStyle: { color: '#9bb7d4' },
        },
        {
          name: t('adherence.serviceLevel.actual'),
          type: 'bar',
          data: days.map((day) => day.actual),
          itemStyle: { color: '#1f5f99' },
        },
      ],
    };
  }, [serviceLevel, language, t]);
  const title = t('adherence.serviceLevel.title');
  if (!serviceLevel) {
    return (
      <>
        <h2>{title}</h2>
        <p className="muted">{t('adherence.serviceLevel.wholeCentre')}</p>
      </>
    );
  }
  const { total } = serviceLevel;
  return (
    <>
      <h2>{title}</h2>
      {option ? (
        <>
          <p>
            {t('adherence.serviceLevel.week', {
              scheduled: formatShare(total.scheduled, language),
              actual: formatShare(total.actual, language),
            })}
          </p>
          <Chart option={option} label={title} height={240} />
          <p className="muted">{t('adherence.serviceLevel.help')}</p>
        </>
      ) : (
        <p className="muted">{t('adherence.serviceLevel.none')}</p>
      )}
    </>
  );
}
