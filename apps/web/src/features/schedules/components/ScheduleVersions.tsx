import { QueryState } from '../../../components/QueryState';
import { formatDateTime, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useScheduleVersions } from '../../overview/api/get-schedule-versions';

/** The week's schedule versions, newest first: drafts, the published one and those it replaced. */
export function ScheduleVersions({
  weekStart,
  openedId,
  onOpen,
}: {
  weekStart: string;
  openedId: number | undefined;
  onOpen: (id: number) => void;
}) {
  const { t, language } = useLanguage();
  const versions = useScheduleVersions(weekStart);
  return (
    <div className="card">
      <h2>{t('schedules.versions.title')}</h2>
      <QueryState isLoading={versions.isLoading} error={versions.error}>
        {versions.data && versions.data.length > 0 ? (
          <div className="scroll-y">
            <table className="data compact">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('schedules.versions.name')}</th>
                  <th scope="col">{t('schedules.versions.status')}</th>
                  <th scope="col" className="num">
                    {t('schedules.versions.serviceLevel')}
                  </th>
                  <th scope="col" className="num">
                    {t('schedules.versions.bound')}
                  </th>
                  <th scope="col" className="num">
                    {t('schedules.versions.brokenRules')}
                  </th>
                  <th scope="col">{t('schedules.versions.created')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('schedules.versions.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.data.map((version) => (
                  <tr key={version.id} className={version.id === openedId ? 'selected' : undefined}>
                    <td>{version.id}</td>
                    <th scope="row">{version.name}</th>
                    <td>
                      <span className={`status status-${version.status}`}>
                        {t(`schedules.status.${version.status}`)}
                      </span>
                    </td>
                    <td className="num">{formatPercent(version.serviceLevel, language)}</td>
                    <td className="num">
                      {version.bound === null ? '–' : formatPercent(version.bound, language)}
                    </td>
                    <td className={version.brokenRules > 0 ? 'num error' : 'num'}>
                      {version.brokenRules}
                    </td>
                    <td>{formatDateTime(version.createdAt, language)}</td>
                    <td>
                      {version.id === openedId ? (
                        <span className="muted">{t('schedules.versions.opened')}</span>
                      ) : (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => onOpen(version.id)}
                          aria-label={`${t('schedules.versions.open')} #${version.id} ${version.name}`}
                        >
                          {t('schedules.versions.open')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('schedules.versions.none')}</p>
        )}
      </QueryState>
    </div>
  );
}
