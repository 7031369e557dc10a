import { type ReactNode, type RefObject, useEffect, useId, useState } from 'react';
import { timeOfInterval } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import {
  type AgentDay,
  addShiftEdit,
  daysOff,
  lengthsFrom,
  shiftOn,
  shiftStarts,
  timesIn,
} from '../agent-day';
import { ACTIVITY_TYPES, activityColour } from '../timeline';
import { clockOf } from '../zoned-time';
import type {
  ActivityType,
  Scenario,
  ScenarioAgent,
  Schedule,
  ScheduleEdit,
  Shift,
} from '../types';

/** A changed activity's default length: an hour, in steps of the forecast's interval. */
const DEFAULT_ACTIVITY_MINUTES = 60;

/** What the card and its forms work on. */
interface CardProps {
  scenario: Scenario;
  /** The schedule as shown, with the edits. */
  schedule: Schedule;
  agentDay: AgentDay;
  /** Every agent, by name. */
  agents: ScenarioAgent[];
  /** The dry run is checking the edits. */
  busy: boolean;
  onEdit: (edit: ScheduleEdit) => void;
}

/** A day off's form: the week's dates, and the agent or day chosen in it. */
interface DayOffProps {
  dates: string[];
  onSelect: (agentDay: AgentDay) => void;
}

/**
 * The selected agent and day under the timeline, as a planner's shift details: on a working day
 * the shift's activities and the edits of it (an activity changed, a swap with another agent,
 * the shift removed); on a day off a new shift, whose lunch, breaks and phone the API lays
 * out. The forms wait while the dry run is busy (`busy`): they work on the shift as the dry
 * run has it, and a shift added twice would be refused.
 */
export function SelectedShift({
  ref,
  onClose,
  dates,
  onSelect,
  children,
  ...card
}: CardProps &
  DayOffProps & {
    ref: RefObject<HTMLElement | null>;
    onClose: () => void;
    /** On a day off, under the form: who could cover the day. */
    children?: ReactNode;
  }) {
  const { scenario, schedule, agentDay, agents, busy, onEdit } = card;
  const { t, language } = useLanguage();
  const titleId = useId();
  const shift = shiftOn(schedule, agentDay, scenario.timezone);
  const agent = agents.find((candidate) => candidate.id === agentDay.agentId);
  const working = shift !== undefined;
  // A shift removed or swapped away takes the focused button with it: focus stays in the card.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the shift coming or going is the trigger
  useEffect(() => {
    if (document.activeElement === document.body) ref.current?.focus();
  }, [working, ref]);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="selected-shift"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="selected-shift-title">
        <h2 id={titleId}>
          {t(shift ? 'schedules.selected.title' : 'schedules.selected.newShift')}
        </h2>
        {shift && agent && (
          <span>
            {t('schedules.timeline.shiftLabel', {
              agent: agent.name,
              day: formatDate(agentDay.date, language),
              from: timeOfInterval(shift.start),
              to: timeOfInterval(shift.end),
            })}
            {shift.overtime && ` · ${t('schedules.selected.overtimeShift')}`}
          </span>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          {t('schedules.selected.close')}
        </button>
      </div>
      {shift && agent ? (
        <div className="selected-shift-body">
          <ShiftActivities scenario={scenario} shift={shift} />
          <div>
            <ChangeActivity
              // A moved or resized shift has other times to choose from.
              key={`${shift.agentId} ${shift.start} ${shift.end}`}
              scenario={scenario}
              shift={shift}
              agent={agent}
              date={agentDay.date}
              busy={busy}
              onEdit={onEdit}
            />
            <div className="toolbar">
              <SwapShift {...card} />
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => onEdit({ type: 'remove', ...agentDay })}
              >
                {t('schedules.selected.remove')}
              </button>
            </div>
          </div>
        </div>
      ) : (
        <>
          <AddShift {...card} dates={dates} onSelect={onSelect} />
          {children}
        </>
      )}
    </section>
  );
}

/** The shift's activities in order with their times. */
function ShiftActivities({ scenario, shift }: { scenario: Scenario; shift: Shift }) {
  const { t } = useLanguage();
  const groupIds = scenario.answerGroups.map((group) => group.id);
  const groupName = (id: string | undefined) =>
    scenario.answerGroups.find((group) => group.id === id)?.name ?? id;
  return (
    <ul className="shift-activities" aria-label={t('schedules.selected.activities')}>
      {shift.activities.map((activity) => (
        <li key={activity.start}>
          <span
            className="swatch"
            style={{ background: activityColour(activity, groupIds) }}
            aria-hidden="true"
          />
          {timeOfInterval(activity.start)}–{timeOfInterval(activity.end)}{' '}
          {activity.writtenQueue
            ? `${t('schedules.activities.written')}: ${queueName(scenario, activity.writtenQueue)}`
            : t(`schedules.activities.${activity.type}`)}
          {activity.type === 'phone' && `: ${groupName(activity.answerGroup)}`}
        </li>
      ))}
    </ul>
  );
}

/** A written queue's name in the scenario, or its id. */
function queueName(scenario: Scenario, id: string): string {
  return scenario.writtenQueues?.find((queue) => queue.id === id)?.name ?? id;
}

/**
 * [from, to) of the shift becomes another activity; phone for one of the agent's groups,
 * backoffice for one of the written queues the agent answers or none.
 */
function ChangeActivity({
  scenario,
  shift,
  agent,
  date,
  busy,
  onEdit,
}: {
  scenario: Scenario;
  shift: Shift;
  agent: ScenarioAgent;
  date: string;
  busy: boolean;
  onEdit: (edit: ScheduleEdit) => void;
}) {
  const { t } = useLanguage();
  const titleId = useId();
  // The forecast's intervals: coverage counts an agent on the phone for whole intervals.
  const times = timesIn(shift, scenario.intervalMinutes, scenario.timezone);
  const hourLater = (time: string) =>
    times[
      Math.min(
        times.indexOf(time) + DEFAULT_ACTIVITY_MINUTES / scenario.intervalMinutes,
        times.length - 1,
      )
    ] ?? shift.end;
  const groups = scenario.answerGroups.filter((group) => agent.skills.includes(group.id));
  const [from, setFrom] = useState(shift.start);
  const [to, setTo] = useState(() => hourLater(shift.start));
  const [activity, setActivity] = useState<ActivityType>('phone');
  const [answerGroup, setAnswerGroup] = useState(groups[0]?.id ?? '');
  const queues = (scenario.writtenQueues ?? []).filter((queue) => agent.skills.includes(queue.id));
  const [writtenQueue, setWrittenQueue] = useState(queues[0]?.id ?? '');
  return (
    <form
      className="change-activity"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        onEdit({
          type: 'changeActivity',
          agentId: shift.agentId,
          date,
          start: from,
          end: to,
          activity,
          ...(activity === 'phone' ? { answerGroup } : {}),
          ...(activity === 'backoffice' && writtenQueue ? { writtenQueue } : {}),
        });
      }}
    >
      <h3 id={titleId}>{t('schedules.selected.changeActivity')}</h3>
      <div className="toolbar">
        <label>
          {t('schedules.selected.from')}
          <select
            value={from}
            onChange={(event) => {
              const next = event.target.value;
              setFrom(next);
              // `to` stays after `from`: a start moved past it takes the end along.
              if (Date.parse(to) <= Date.parse(next)) setTo(hourLater(next));
            }}
          >
            <TimeOptions times={times.slice(0, -1)} />
          </select>
        </label>
        <label>
          {t('schedules.selected.to')}
          <select value={to} onChange={(event) => setTo(event.target.value)}>
            <TimeOptions times={times.filter((time) => Date.parse(time) > Date.parse(from))} />
          </select>
        </label>
        <label>
          {t('schedules.selected.activity')}
          <select
            value={activity}
            onChange={(event) => setActivity(event.target.value as ActivityType)}
          >
            {ACTIVITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`schedules.activities.${type}`)}
              </option>
            ))}
          </select>
        </label>
        {activity === 'phone' && (
          <label>
            {t('schedules.selected.answerGroup')}
            <select value={answerGroup} onChange={(event) => setAnswerGroup(event.target.value)}>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {activity === 'backoffice' && queues.length > 0 && (
          <label>
            {t('schedules.selected.writtenQueue')}
            <select value={writtenQueue} onChange={(event) => setWrittenQueue(event.target.value)}>
              {queues.map((queue) => (
                <option key={queue.id} value={queue.id}>
                  {queue.name}
                </option>
              ))}
              <option value="">{t('schedules.selected.noWrittenQueue')}</option>
            </select>
          </label>
        )}
        <button type="submit" disabled={busy}>
          {t('schedules.selected.change')}
        </button>
      </div>
    </form>
  );
}

/** Local times to choose from, each the instant (ISO 8601 with offset) the edit names. */
function TimeOptions({ times }: { times: string[] }) {
  return times.map((time) => (
    <option key={time} value={time}>
      {timeOfInterval(time)}
    </option>
  ));
}

/** Whether the agent is skilled in every answer group and written queue the shift serves. */
function canServe(agent: ScenarioAgent | undefined, shift: Shift | undefined): boolean {
  return (shift?.activities ?? []).every((activity) => {
    const served = activity.type === 'phone' ? activity.answerGroup : activity.writtenQueue;
    return served === undefined
      ? activity.type !== 'phone'
      : agent?.skills.includes(served) === true;
  });
}

/** The agents' shifts that day change hands; the other agent may have none. */
function SwapShift({ scenario, schedule, agentDay, agents, busy, onEdit }: CardProps) {
  const { t } = useLanguage();
  const [otherAgentId, setOtherAgentId] = useState('');
  const own = shiftOn(schedule, agentDay, scenario.timezone);
  const selectedAgent = agents.find((agent) => agent.id === agentDay.agentId);
  // Each name with what the agent has that day, so the planner sees what they swap for; those
  // who could not take the other's phone groups (either way) are marked and listed last.
  const others = agents
    .filter((agent) => agent.id !== agentDay.agentId)
    .map((agent) => {
      const day = { agentId: agent.id, date: agentDay.date };
      const shift = shiftOn(schedule, day, scenario.timezone);
      const times = shift
        ? `${timeOfInterval(shift.start)}–${timeOfInterval(shift.end)}`
        : t('schedules.selected.dayOff');
      const skilled = canServe(agent, own) && canServe(selectedAgent, shift);
      const note = skilled ? '' : `, ${t('schedules.selected.lacksSkills')}`;
      return { id: agent.id, label: `${agent.name} (${times}${note})`, skilled };
    })
    .sort((x, y) => Number(y.skilled) - Number(x.skilled));
  return (
    <form
      className="toolbar"
      onSubmit={(event) => {
        event.preventDefault();
        onEdit({ type: 'swap', ...agentDay, otherAgentId });
        setOtherAgentId('');
      }}
    >
      <label>
        {t('schedules.selected.swapWith')}
        <select
          value={otherAgentId}
          required
          onChange={(event) => setOtherAgentId(event.target.value)}
        >
          <option value="">{t('schedules.selected.chooseAgent')}</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy || !otherAgentId}>
        {t('schedules.selected.swap')}
      </button>
    </form>
  );
}

/**
 * A new shift on a day off: the agent and the day (only their days off), a start on the start
 * granularity and one of the allowed lengths that ends by the latest end.
 */
function AddShift({
  scenario,
  schedule,
  agentDay,
  agents,
  busy,
  onEdit,
  dates,
  onSelect,
}: CardProps & DayOffProps) {
  const { t, language } = useLanguage();
  const { rules, timezone } = scenario;
  const free = daysOff(schedule, agents, dates, timezone);
  const freeAgents = agents.filter((agent) => free.some((day) => day.agentId === agent.id));
  const freeDates = free.filter((day) => day.agentId === agentDay.agentId).map((day) => day.date);
  const starts = shiftStarts(rules);
  const [start, setStart] = useState(starts[0] ?? 0);
  const lengths = lengthsFrom(rules, agentDay.date, start, timezone);
  const [chosenLength, setLength] = useState(Math.max(...rules.shiftLengthsMinutes));
  // Covering sick leave usually means hours beyond the contract: paid as mertid or övertid.
  const [overtime, setOvertime] = useState(true);
  // A later start may leave the chosen length ending too late: then the longest that fits.
  const length = lengths.includes(chosenLength) ? chosenLength : lengths[lengths.length - 1];
  return (
    <form
      aria-label={t('schedules.selected.addShift')}
      onSubmit={(event) => {
        event.preventDefault();
        if (length !== undefined) {
          onEdit(addShiftEdit(agentDay, start, length, overtime, timezone));
        }
      }}
    >
      <p className="muted small">{t('schedules.selected.addHelp')}</p>
      <div className="toolbar">
        <label>
          {t('schedules.selected.agent')}
          <select
            value={agentDay.agentId}
            onChange={(event) => {
              const agentId = event.target.value;
              const days = free.filter((day) => day.agentId === agentId);
              const sameDay = days.find((day) => day.date === agentDay.date);
              const next = sameDay ?? days[0];
              if (next) onSelect(next);
            }}
          >
            {freeAgents.map((agent) => (
              <option key={agent.id} value={agent.id}>
                {agent.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('schedules.selected.day')}
          <select
            value={agentDay.date}
            onChange={(event) => onSelect({ ...agentDay, date: event.target.value })}
          >
            {freeDates.map((date) => (
              <option key={date} value={date}>
                {formatDate(date, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('schedules.selected.start')}
          <select value={start} onChange={(event) => setStart(Number(event.target.value))}>
            {starts.map((minutes) => (
              <option key={minutes} value={minutes}>
                {clockOf(minutes)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('schedules.selected.length')}
          <select value={length} onChange={(event) => setLength(Number(event.target.value))}>
            {lengths.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t(minutes % 60 ? 'schedules.selected.hoursMinutes' : 'schedules.selected.hours', {
                  hours: Math.floor(minutes / 60),
                  minutes: minutes % 60,
                })}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={overtime}
            onChange={(event) => setOvertime(event.target.checked)}
          />
          {t('schedules.selected.overtime')}
        </label>
        <button type="submit" disabled={busy || length === undefined}>
          {t('schedules.selected.addShift')}
        </button>
      </div>
    </form>
  );
}
