import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useForecastVersions } from '../../../api/get-forecast-versions';
import { QueryState } from '../../../components/QueryState';
import { WeekSelect } from '../../../components/WeekSelect';
import { localDate, mondayOf, mondaysBetween } from '../../../lib/dates';
import { useLanguage } from '../../../lib/i18n';
import { GenerateSchedule } from './GenerateSchedule';
import { ScheduleEditor } from './ScheduleEditor';
import { ScheduleVersions } from './ScheduleVersions';
import '../schedules.css';

/**
 * Schemaläggning (issue 6): pick a week and forecast, generate a schedule as a job, open a
 * version of the week, edit it on the timeline with every edit checked against the rules,
 * save and publish. The week, forecast and opened version live in the address so a planner can
 * send a link to a version.
 */
export function SchedulePage() {
  const { t } = useLanguage();
  const forecasts = useForecastVersions();
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined) next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const forecastId = params.get('forecast') ? Number(params.get('forecast')) : undefined;
  const forecast =
    forecasts.data?.find((version) => version.id === forecastId) ?? forecasts.data?.[0];
  const weeks = useMemo(
    () => (forecast ? mondaysBetween(forecast.firstDay, forecast.lastDay) : []),
    [forecast],
  );
  const thisMonday = mondayOf(localDate(new Date()));
  const requestedWeek = params.get('week');
  // The chosen week if the forecast covers it, else this week, else the forecast's first.
  const week =
    requestedWeek && weeks.includes(requestedWeek)
      ? requestedWeek
      : weeks.includes(thisMonday)
        ? thisMonday
        : weeks[0];
  const versionParam = params.get('version');
  const openedId = versionParam ? Number(versionParam) : undefined;

  useEffect(() => {
    if (forecast && forecastId === undefined) update({ forecast: String(forecast.id) });
  }, [forecast, forecastId, update]);

  const open = useCallback((id: number) => update({ version: String(id) }), [update]);

  return (
    <section aria-labelledby="schedule-title">
      <h1 id="schedule-title">{t('schedules.title')}</h1>
      <QueryState isLoading={forecasts.isLoading} error={forecasts.error}>
        {forecast && week ? (
          <>
            <div className="card">
              <div className="toolbar">
                <label>
                  {t('schedules.forecastVersion')}
                  <select
                    value={forecast.id}
                    onChange={(event) =>
                      update({ forecast: event.target.value, version: undefined })
                    }
                  >
                    {forecasts.data?.map((version) => (
                      <option key={version.id} value={version.id}>
                        #{version.id} {version.name}
                      </option>
                    ))}
                  </select>
                </label>
                <WeekSelect
                  mondays={weeks}
                  value={week}
                  onChange={(monday) => update({ week: monday, version: undefined })}
                />
              </div>
              <GenerateSchedule weekStart={week} forecastVersionId={forecast.id} onCreated={open} />
            </div>
            <ScheduleVersions weekStart={week} openedId={openedId} onOpen={open} />
            {openedId !== undefined && (
              <ScheduleEditor key={openedId} versionId={openedId} onSaved={open} />
            )}
          </>
        ) : (
          <p className="muted">{t('schedules.noForecast')}</p>
        )}
      </QueryState>
    </section>
  );
}
