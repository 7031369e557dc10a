import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useAnswerGroups } from '../../../api/get-answer-groups';
import { useForecastVersions } from '../../../api/get-forecast-versions';
import { useHistoryImports } from '../../../api/get-history-imports';
import { historyIntervalsQueryOptions } from '../../../api/get-history-intervals';
import { useRequirements } from '../../../api/get-requirements';
import { QueryState } from '../../../components/QueryState';
import { addDays, isoWeek, localDate, mondayOf } from '../../../lib/dates';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { lostShiftCount, useAbsenceImpact } from '../../schedules/api/get-absence-impact';
import { useScheduleVersions } from '../api/get-schedule-versions';
import {
  historyIntervalsBelowGoal,
  importNewerThanForecast,
  planningVersion,
  summariseWeek,
  type WeekSummary,
} from '../summarise';
import { AdherenceSoFar } from './AdherenceSoFar';

export function OverviewPage() {
  const { t, language } = useLanguage();
  const today = localDate(new Date());
  const thisWeek = mondayOf(today);
  const nextWeek = addDays(thisWeek, 7);
  const lastDay = addDays(thisWeek, 13);
  const answerGroups = useAnswerGroups();
  const versions = useForecastVersions();
  const imports = useHistoryImports();
  const version = versions.data ? planningVersion(versions.data, today, lastDay) : undefined;
  const requirements = useRequirements(
    version ? { forecastVersionId: version.id, from: thisWeek, to: lastDay } : undefined,
  );
  // Last seven days of actuals, to flag groups that already miss their goal.
  const recent = useQueries({
    queries: (answerGroups.data ?? []).map((group) =>
      historyIntervalsQueryOptions({
        answerGroupId: group.id,
        from: addDays(today, -7),
        to: addDays(today, -1),
      }),
    ),
  });
  const staleBy =
    version && imports.data ? importNewerThanForecast(version, imports.data) : undefined;

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <QueryState
        isLoading={answerGroups.isLoading || versions.isLoading || requirements.isLoading}
        error={answerGroups.error ?? versions.error ?? requirements.error}
      >
        {version ? (
          <p className="lead">
            {t('overview.basedOn', {
              name: version.name,
              created: formatDateTime(version.createdAt, language),
            })}
          </p>
        ) : (
          <p role="alert" className="warning">
            {t('overview.noForecast')} <Link to="/forecast">{t('overview.makeForecast')}</Link>
          </p>
        )}
        {staleBy && (
          <p role="alert" className="warning">
            {t('overview.forecastOlderThanHistory', {
              file: staleBy.fileName,
              imported: formatDateTime(staleBy.createdAt, language),
            })}{' '}
            <Link to="/forecast">{t('overview.makeForecast')}</Link>
          </p>
        )}
        {[thisWeek, nextWeek].map((weekStart) => (
          <WeekTable
            key={weekStart}
            weekStart={weekStart}
            title={t(weekStart === thisWeek ? 'overview.thisWeek' : 'overview.nextWeek', {
              week: isoWeek(weekStart),
              from: formatDate(weekStart, language),
              to: formatDate(addDays(weekStart, 6), language),
            })}
            rows={summariseWeek(
              weekStart,
              answerGroups.data ?? [],
              requirements.data?.answerGroups ?? [],
            )}
            recentBelowGoal={
              weekStart === thisWeek
                ? Object.fromEntries(
                    (answerGroups.data ?? []).map((group, index) => [
                      group.id,
                      recent[index]?.data
                        ? historyIntervalsBelowGoal(
                            recent[index].data ?? [],
                            group.serviceLevelGoal,
                          )
                        : undefined,
                    ]),
                  )
                : {}
            }
          />
        ))}
      </QueryState>
    </section>
  );
}

function WeekTable({
  weekStart,
  title,
  rows,
  recentBelowGoal,
}: {
  weekStart: string;
  title: string;
  rows: WeekSummary[];
  recentBelowGoal: Record<string, number | undefined>;
}) {
  const { t, language } = useLanguage();
  const schedules = useScheduleVersions(weekStart);
  const published = schedules.data?.find((version) => version.status === 'published');
  // Sick leave reported since publishing: what the week can now expect.
  const absences = useAbsenceImpact(published?.id);
  const lostShifts = absences.data ? lostShiftCount(absences.data) : 0;
  // Per group, what the published schedule reaches, beside what the requirement would.
  const scheduled = published?.answerGroups;
  const formatScheduledServiceLevel = (answerGroupId: string) => {
    const level = scheduled?.find((group) => group.answerGroup === answerGroupId)?.week;
    return level ? formatPercent(level.serviceLevel, language) : '–';
  };
  return (
    <div className="card">
      <h2>{title}</h2>
      {schedules.data && (
        <p className="lead">
          {published
            ? t('overview.publishedSchedule', {
                name: published.name,
                serviceLevel: formatPercent(published.serviceLevel, language),
              })
            : t('overview.noPublishedSchedule')}
          {published && published.writtenQueues.length > 0 && (
            <>
              {' '}
              {t('overview.writtenInTime', {
                queues: published.writtenQueues
                  .map((queue) => `${queue.name} ${formatPercent(queue.shareInTime, language)}`)
                  .join(', '),
              })}
            </>
          )}
          {published && absences.data && lostShifts > 0 && (
            <>
              {' '}
              <Link to={`/schedule?week=${weekStart}&version=${published.id}`}>
                {t('overview.withAbsences', {
                  count: lostShifts,
                  serviceLevel: formatPercent(absences.data.after.serviceLevel, language),
                })}
              </Link>
            </>
          )}
        </p>
      )}
      <AdherenceSoFar weekStart={weekStart} />
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('common.answerGroup')}</th>
            <th scope="col" className="num">
              {t('overview.forecastCalls')}
            </th>
            <th scope="col" className="num">
              {t('overview.peakAgents')}
            </th>
            <th scope="col" className="num">
              {t('overview.scheduledHours')}
            </th>
            <th scope="col" className="num">
              {t('common.fte')}
            </th>
            <th scope="col" className="num">
              {t('overview.serviceLevel')}
            </th>
            {scheduled && (
              <th scope="col" className="num">
                {t('overview.scheduledServiceLevel')}
              </th>
            )}
            <th scope="col">{t('overview.warnings')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const warnings: string[] = [];
            if (row.daysWithoutForecast > 0)
              warnings.push(t('overview.daysWithoutForecast', { count: row.daysWithoutForecast }));
            if (row.intervalsBelowGoal > 0)
              warnings.push(t('overview.intervalsBelowGoal', { count: row.intervalsBelowGoal }));
            const recentMisses = recentBelowGoal[row.answerGroupId];
            if (recentMisses) warnings.push(t('overview.recentBelowGoal', { count: recentMisses }));
            return (
              <tr key={row.answerGroupId}>
                <th scope="row">{row.name}</th>
                <td className="num">{formatNumber(row.forecastCalls, language)}</td>
                <td className="num">{formatNumber(row.peakAgents, language)}</td>
                <td className="num">{formatNumber(row.scheduledAgentHours, language, 1)}</td>
                <td className="num">{formatNumber(row.fte, language, 1)}</td>
                <td className="num">
                  {row.serviceLevel === null ? '–' : formatPercent(row.serviceLevel, language)}
                  <span className="muted">
                    {' '}
                    ({t('overview.goal')} {formatPercent(row.serviceLevelGoal, language, 0)})
                  </span>
                </td>
                {scheduled && (
                  <td className="num">{formatScheduledServiceLevel(row.answerGroupId)}</td>
                )}
                <td>
                  {warnings.length === 0 ? (
                    <span className="ok">{t('overview.noWarnings')}</span>
                  ) : (
                    <ul className="warnings">
                      {warnings.map((warning) => (
                        <li key={warning}>{warning}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
