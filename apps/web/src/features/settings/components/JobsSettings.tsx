import { Link } from 'react-router-dom';
import { isUnderWay, useJobRequest } from '../../../api/get-job';
import { useRecentJobs } from '../../../api/get-jobs';
import type { Job } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';

/** What a job made, as a link to it: a forecast version or a schedule version. */
function JobResult({ job }: { job: Job }) {
  const { t } = useLanguage();
  const forecast = job.result?.forecastVersionId;
  const schedule = job.result?.scheduleVersionId;
  const week = job.parameters.weekStart;
  if (typeof forecast === 'number') {
    return <Link to="/forecast">{t('settings.jobs.forecastVersion', { id: forecast })}</Link>;
  }
  if (typeof schedule === 'number' && typeof week === 'string') {
    return (
      <Link to={`/schedule?week=${week}&version=${schedule}`}>
        {t('settings.jobs.scheduleVersion', { id: schedule })}
      </Link>
    );
  }
  return <>–</>;
}

/**
 * The background jobs, newest first: forecast runs (the planner's and the nightly ones) and
 * schedule generations, with their state, time and what they made; one queued or running can
 * be cancelled here.
 */
export function JobsSettings() {
  const { t, language } = useLanguage();
  const jobs = useRecentJobs();
  const cancel = useJobRequest('cancel');
  const seconds = (job: Job) =>
    job.startedAt && job.finishedAt
      ? Math.round((Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000)
      : null;
  return (
    <QueryState isLoading={jobs.isLoading} error={jobs.error}>
      <div className="card">
        <p className="muted">{t('settings.jobs.intro')}</p>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('settings.jobs.job')}</th>
              <th scope="col">{t('settings.jobs.status')}</th>
              <th scope="col">{t('settings.jobs.created')}</th>
              <th scope="col" className="num">
                {t('settings.jobs.seconds')}
              </th>
              <th scope="col">{t('settings.jobs.result')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {jobs.data?.map((job) => (
              <tr key={job.id}>
                <td>{job.id}</td>
                <th scope="row">
                  {t(`settings.jobs.kinds.${job.kind}`, { defaultValue: job.kind })}
                  {typeof job.parameters.name === 'string' && (
                    <span className="muted small"> · {job.parameters.name}</span>
                  )}
                </th>
                <td>
                  {t(`settings.jobs.statuses.${job.status}`)}
                  {job.status === 'running' && ` ${formatPercent(job.progress, language)}`}
                </td>
                <td>{formatDateTime(job.createdAt, language)}</td>
                <td className="num">{seconds(job) ?? '–'}</td>
                <td>
                  <JobResult job={job} />
                </td>
                <td>
                  {isUnderWay(job) && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={cancel.isPending}
                      onClick={() =>
                        cancel.mutate(job.id, { onSuccess: () => void jobs.refetch() })
                      }
                    >
                      {t('jobs.cancel')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {jobs.data?.length === 0 && <p className="muted">{t('settings.jobs.none')}</p>}
        {cancel.error && (
          <p role="alert" className="error">
            {cancel.error.message}
          </p>
        )}
      </div>
    </QueryState>
  );
}
