import { useSearchParams } from 'react-router-dom';
import { QueryState } from '../../../components/QueryState';
import { WeekSelect } from '../../../components/WeekSelect';
import { addDays, localDate, mondayOf, mondaysBetween } from '../../../lib/dates';
import { useLanguage } from '../../../lib/i18n';
import { useTeams } from '../../settings/api/get-teams';
import { useAdherence } from '../api/get-adherence';
import { AdherenceWeek } from './AdherenceWeek';
import { StateImport } from './StateImport';
import { WeekFigures } from './WeekFigures';
import '../adherence.css';

/** Weeks back a unit manager follows up, e.g. before a salary review: half a year. */
const WEEKS_BACK = 26;

/**
 * Följsamhet: how a week's agents kept to the published schedule, by the states the telephony
 * system reports: the week's figures, each team's days against the target, the phones' staffing
 * against the schedule, every agent's days (one opens the agent's day), and the import of
 * state files. The week and team live in the address, as on the Absences page.
 */
export function AdherencePage() {
  const { t } = useLanguage();
  const [params, setParams] = useSearchParams();
  const thisMonday = mondayOf(localDate(new Date()));
  // Adherence is of time gone by: no week after this one has states yet.
  const weeks = mondaysBetween(addDays(thisMonday, -7 * WEEKS_BACK), thisMonday);
  const requestedWeek = params.get('week');
  const week = requestedWeek && weeks.includes(requestedWeek) ? requestedWeek : thisMonday;
  const teamId = params.get('team') ?? '';
  const show = (monday: string, team: string) =>
    setParams(team ? { week: monday, team } : { week: monday }, { replace: true });
  const previous = weeks[weeks.indexOf(week) - 1];
  const next = weeks[weeks.indexOf(week) + 1];
  const teams = useTeams();
  const report = useAdherence({
    from: week,
    to: addDays(week, 6),
    ...(teamId ? { teamId } : {}),
  });

  return (
    <section aria-labelledby="adherence-title">
      <h1 id="adherence-title">{t('adherence.title')}</h1>
      <p className="lead">{t('adherence.lead')}</p>
      <div className="card">
        <div className="toolbar">
          <WeekSelect mondays={weeks} value={week} onChange={(monday) => show(monday, teamId)} />
          <button
            type="button"
            className="secondary"
            disabled={!previous}
            onClick={() => previous && show(previous, teamId)}
          >
            {t('adherence.previousWeek')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={!next}
            onClick={() => next && show(next, teamId)}
          >
            {t('adherence.nextWeek')}
          </button>
          <label>
            {t('adherence.team')}
            <select value={teamId} onChange={(event) => show(week, event.target.value)}>
              <option value="">{t('adherence.allTeams')}</option>
              {teams.data?.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <QueryState isLoading={report.isLoading} error={report.error}>
          {report.data && <WeekFigures report={report.data} monday={week} />}
        </QueryState>
      </div>
      {/* Another week or team starts with no agent's day open. */}
      {report.data && (
        <AdherenceWeek key={`${week}|${teamId}`} report={report.data} monday={week} />
      )}
      <StateImport />
    </section>
  );
}
