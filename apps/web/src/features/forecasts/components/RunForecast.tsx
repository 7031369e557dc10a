import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { isUnderWay, useJob } from '../../../api/get-job';
import { JobStatus } from '../../../components/JobStatus';
import { NumberField } from '../../../components/NumberField';
import { localDate } from '../../../lib/dates';
import { useLanguage } from '../../../lib/i18n';
import { type ForecastMethod, useStartForecastRun } from '../api/start-forecast-run';
import { NightlyForecastNote } from './NightlyForecastNote';

const METHODS: ForecastMethod[] = [
  'auto',
  'seasonal-naive',
  'same-weekday-mean',
  'holt-winters-daily',
  'slot-smoothing',
  'combined',
];

/**
 * Starts a forecast run for every answer group and follows its job: the API fits and backtests
 * the methods in the background, which takes seconds, so the planner sees its progress.
 */
export function RunForecast({ onCreated }: { onCreated: (forecastVersionId: number) => void }) {
  const { t } = useLanguage();
  const id = useId();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState(() => localDate(new Date()));
  const [days, setDays] = useState(28);
  const [method, setMethod] = useState<ForecastMethod>('auto');
  const start = useStartForecastRun();
  const job = useJob(start.data?.jobId);
  const status = job.data?.status;
  const forecastVersionId = job.data?.result?.forecastVersionId;

  useEffect(() => {
    if (status === 'succeeded' && typeof forecastVersionId === 'number') {
      void queryClient.invalidateQueries({ queryKey: ['forecasts'] });
      onCreated(forecastVersionId);
    }
  }, [status, forecastVersionId, queryClient, onCreated]);

  const running = start.isPending || isUnderWay(job.data);
  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        // Named in the planner's language (the API's default name is English).
        const name = t('forecast.run.versionName', {
          from,
          days,
          method: t(`forecast.methods.${method}`),
        });
        start.mutate({ from, days, method, name });
      }}
    >
      <h2 id={`${id}-title`}>{t('forecast.run.title')}</h2>
      <p className="muted">{t('forecast.run.help')}</p>
      <NightlyForecastNote />
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
        <NumberField
          label={t('forecast.run.days')}
          min={1}
          max={400}
          required
          value={days}
          onChange={setDays}
        />
        <label>
          {t('forecast.run.method')}
          <select
            value={method}
            onChange={(event) => setMethod(event.target.value as ForecastMethod)}
          >
            {METHODS.map((name) => (
              <option key={name} value={name}>
                {t(`forecast.methods.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={running}>
          {t('forecast.run.submit')}
        </button>
      </div>
      <JobStatus
        job={job.data}
        running={running}
        error={start.error ?? job.error}
        messages={{
          running: t('forecast.run.running'),
          done: t('forecast.run.done', { id: forecastVersionId }),
          failed: t('forecast.run.failed'),
        }}
      />
    </form>
  );
}
