import { isoWeek } from '../../../lib/dates';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { adherenceBand, formatShare, hoursOutOfAdherence } from '../figures';
import type { AdherenceReport } from '../types';

/** The help text's definitions, in the order of the figures. */
const DEFINITIONS = [
  'adherence',
  'phoneAdherence',
  'conformance',
  'outOfAdherence',
  'unscheduledWork',
  'coverage',
] as const;

/**
 * How far imported states reach, and the week's headline figures with what they mean: the
 * shares a unit manager reports upwards, and the hours behind them.
 */
export function WeekFigures({ report, monday }: { report: AdherenceReport; monday: string }) {
  const { t, language } = useLanguage();
  const { total } = report;
  const percent = (share: number | null) => formatShare(share, language);
  const hours = (value: number) =>
    t('adherence.hours', { hours: formatNumber(value, language, 1) });
  const figures = [
    { key: 'adherence', value: percent(total.adherence), band: adherenceBand(total.adherence) },
    {
      key: 'phoneAdherence',
      value: percent(total.phoneAdherence),
      band: adherenceBand(total.phoneAdherence),
    },
    { key: 'conformance', value: percent(total.conformance), band: null },
    { key: 'outOfAdherence', value: hours(hoursOutOfAdherence(total)), band: null },
    { key: 'unscheduledWork', value: hours(total.unscheduledWorkMinutes / 60), band: null },
  ];
  return (
    <>
      <p className="muted">
        {report.coveredUntil
          ? t('adherence.coveredUntil', { until: formatDateTime(report.coveredUntil, language) })
          : t('adherence.notCovered')}
      </p>
      {report.scheduleVersionIds.length === 0 && (
        <p className="warning">{t('adherence.noSchedule')}</p>
      )}
      <h2>{t('adherence.figures.title', { week: isoWeek(monday) })}</h2>
      <dl className="headline">
        {figures.map(({ key, value, band }) => (
          <div key={key}>
            <dt>{t(`adherence.figures.${key}`)}</dt>
            <dd className={band ? `band-${band}` : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{t('adherence.help.title')}</summary>
        <ul className="definitions">
          {DEFINITIONS.map((key) => (
            <li key={key}>{t(`adherence.help.${key}`)}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
