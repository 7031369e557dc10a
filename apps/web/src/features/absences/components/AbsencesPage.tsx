import { useSearchParams } from 'react-router-dom';
import { QueryState } from '../../../components/QueryState';
import { WeekSelect } from '../../../components/WeekSelect';
import { addDays, isoWeek, localDate, mondayOf, mondaysBetween } from '../../../lib/dates';
import { useLanguage } from '../../../lib/i18n';
import { useAgents } from '../../settings/api/get-agents';
import { useTeams } from '../../settings/api/get-teams';
import { absenceShare } from '../absence-share';
import { useAbsences } from '../api/get-absences';
import { AbsenceTable } from './AbsenceTable';
import { AwayPerDay } from './AwayPerDay';
import { RegisterAbsence } from './RegisterAbsence';

/** Weeks back a late friskanmälan or a correction may still concern. */
const WEEKS_BACK = 8;
/** Weeks ahead vacations and courses are registered, e.g. the summer's in spring. */
const WEEKS_AHEAD = 52;

/**
 * Frånvaro: the agents away in a week, who is away each weekday, sick leave ended on a
 * friskanmälan, and new absences registered. The week lives in the address, as on the
 * Schedule page.
 */
export function AbsencesPage() {
  const { t } = useLanguage();
  const [params, setParams] = useSearchParams();
  const today = localDate(new Date());
  const thisMonday = mondayOf(today);
  const weeks = mondaysBetween(
    addDays(thisMonday, -7 * WEEKS_BACK),
    addDays(thisMonday, 7 * WEEKS_AHEAD),
  );
  const requestedWeek = params.get('week');
  const week = requestedWeek && weeks.includes(requestedWeek) ? requestedWeek : thisMonday;
  const sunday = addDays(week, 6);
  const absences = useAbsences({ from: week, to: sunday });
  const agents = useAgents();
  const teams = useTeams();
  const teamName = new Map(teams.data?.map((team) => [team.id, team.name]));
  // Today within this week, as sick leave is registered the day it is reported; else the week's
  // Monday, for the planner registering ahead.
  const firstDay = today >= week && today <= sunday ? today : week;

  return (
    <section aria-labelledby="absences-title">
      <h1 id="absences-title">{t('absences.title')}</h1>
      <p className="lead">{t('absences.lead')}</p>
      <div className="card">
        <div className="toolbar">
          <h2>{t('absences.list.title', { week: isoWeek(week) })}</h2>
          <WeekSelect
            mondays={weeks}
            value={week}
            onChange={(monday) => setParams({ week: monday }, { replace: true })}
          />
        </div>
        <QueryState
          isLoading={absences.isLoading || teams.isLoading}
          error={absences.error ?? teams.error}
        >
          {absences.data?.length ? (
            <AwayPerDay
              absences={absences.data}
              shares={absenceShare(absences.data, agents.data ?? [], week)}
              monday={week}
            />
          ) : null}
          <AbsenceTable absences={absences.data ?? []} teamName={teamName} />
        </QueryState>
      </div>
      <QueryState
        isLoading={agents.isLoading || teams.isLoading}
        error={agents.error ?? teams.error}
      >
        {/* A new week starts the form over on its own first day. */}
        <RegisterAbsence
          key={firstDay}
          agents={agents.data ?? []}
          teamName={teamName}
          firstDay={firstDay}
        />
      </QueryState>
    </section>
  );
}
