import { formatPercent, formatShortDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import type { AgentDay } from '../../schedules/agent-day';
import { ADHERENCE_TARGET, ADHERENCE_WARNING_FLOOR, adherenceBand, formatShare } from '../figures';
import type { AgentAdherenceDay } from '../types';
import { AgentDayView } from './AgentDayView';
import type { AgentWeekRow, TeamWeekGroup } from '../week-table';

/** An adherence as a percentage in its band's colours; '–' where nothing was counted. */
function AdherenceCell({ adherence }: { adherence: number | null | undefined }) {
  const { language } = useLanguage();
  const band = adherenceBand(adherence ?? null);
  return <td className={band ? `num band-${band}` : 'num'}>{formatShare(adherence, language)}</td>;
}

/**
 * Every agent's adherence day by day and for the week, grouped by team under the team's own
 * figures, worst first. A day's cell opens the agent's day in a row under the agent's, where
 * the eye is (the table is long); a day away shows the absence.
 */
export function AdherenceTable({
  groups,
  dates,
  opened,
  onOpen,
}: {
  groups: TeamWeekGroup[];
  dates: string[];
  opened: AgentDay | undefined;
  onOpen: (agentDay: AgentDay | undefined) => void;
}) {
  const { t, language } = useLanguage();
  if (groups.length === 0) return <p className="muted">{t('adherence.table.none')}</p>;
  return (
    <>
      <div className="scroll-x">
        <table className="data compact adherence-table">
          <caption>{t('adherence.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('adherence.table.agent')}</th>
              {dates.map((date) => (
                <th key={date} scope="col" className="num">
                  {formatShortDate(date, language)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('adherence.table.week')}
              </th>
            </tr>
          </thead>
          {groups.map(({ team, days, agents }) => (
            <tbody key={team.teamId ?? ''}>
              <tr className="team-row">
                <th scope="row">
                  {team.teamName ?? t('adherence.noTeam')}
                  <span className="visually-hidden"> {t('adherence.table.teamTotal')}</span>
                </th>
                {days.map((day, index) => (
                  <AdherenceCell key={dates[index]} adherence={day?.adherence} />
                ))}
                <AdherenceCell adherence={team.total.adherence} />
              </tr>
              {agents.map((row) => (
                <AgentRow
                  key={row.agent.agentId}
                  row={row}
                  dates={dates}
                  opened={opened}
                  onOpen={onOpen}
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="muted small">
        {t('adherence.table.help', {
          target: formatPercent(ADHERENCE_TARGET, language, 0),
          warning: formatPercent(ADHERENCE_WARNING_FLOOR, language, 0),
        })}
      </p>
    </>
  );
}

function AgentRow({
  row: { agent, days },
  dates,
  opened,
  onOpen,
}: {
  row: AgentWeekRow;
  dates: string[];
  opened: AgentDay | undefined;
  onOpen: (agentDay: AgentDay | undefined) => void;
}) {
  const openedHere = opened?.agentId === agent.agentId ? opened : undefined;
  return (
    <>
      <tr>
        <th scope="row">{agent.agentName}</th>
        {days.map((day, index) => {
          const date = dates[index] as string;
          return day ? (
            <AgentDayCell
              key={date}
              agentName={agent.agentName}
              day={day}
              opened={openedHere?.date === date}
              onOpen={() => onOpen({ agentId: agent.agentId, date })}
            />
          ) : (
            <td key={date} className="num">
              –
            </td>
          );
        })}
        <AdherenceCell adherence={agent.total.adherence} />
      </tr>
      {openedHere && (
        <tr className="day-row">
          {/* The agent's name, the days and the week. */}
          <td colSpan={dates.length + 2}>
            <AgentDayView
              key={openedHere.date}
              agentDay={openedHere}
              agentName={agent.agentName}
              onClose={() => onOpen(undefined)}
            />
          </td>
        </tr>
      )}
    </>
  );
}

/** A day of an agent's: its adherence, or the kind of absence; a button that opens the day. */
function AgentDayCell({
  agentName,
  day,
  opened,
  onOpen,
}: {
  agentName: string;
  day: AgentAdherenceDay;
  opened: boolean;
  onOpen: () => void;
}) {
  const { t, language } = useLanguage();
  const band = adherenceBand(day.adherence);
  const value = day.absence
    ? t(`absences.kinds.${day.absence}`)
    : formatShare(day.adherence, language);
  const classes = [
    'num',
    band ? `band-${band}` : '',
    day.absence ? 'absence' : '',
    opened ? 'opened' : '',
  ];
  return (
    <td className={classes.filter(Boolean).join(' ')}>
      <button
        type="button"
        className="day-cell"
        aria-pressed={opened}
        aria-label={t('adherence.table.cell', {
          agent: agentName,
          day: formatShortDate(day.date, language),
          value,
        })}
        title={
          day.exceptionCount > 0
            ? t('adherence.table.exceptions', { count: day.exceptionCount })
            : undefined
        }
        onClick={onOpen}
      >
        {value}
      </button>
    </td>
  );
}
