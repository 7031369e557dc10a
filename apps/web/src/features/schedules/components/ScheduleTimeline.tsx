import {
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Team } from '../../../api/types';
import { timeOfInterval } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import {
  activityColour,
  applyEdit,
  brokenRulesByPlace,
  clampMove,
  clampResize,
  type DayColumn,
  hourTicks,
  layoutDays,
  moveEdit,
  resizeEdit,
  type ShiftBar,
  shiftBars,
  snapMinutes,
  type TimeWindow,
  timelineWidth,
} from '../timeline';
import type {
  AbsenceLoss,
  BrokenRule,
  Scenario,
  ScenarioAgent,
  Schedule,
  ScheduleEdit,
  Shift,
} from '../types';
import { isAwayOn } from '../../absences/types';
import { type AgentDay, byName, worksOn } from '../agent-day';
import { ruleDetailText } from '../rule-text';

/** Width of the agents' names left of the timeline, pixels. */
const LABEL_WIDTH = 170;
const DAY_GAP = 6;

/**
 * A shift being dragged, as it was when the drag began. It is named by agent and date, not by
 * index: a dry run answered during the drag may add or remove shifts before it.
 */
interface Drag {
  shift: Shift;
  date: string;
  mode: 'move' | 'resize';
  originX: number;
  minutes: number;
}

function editOf(shift: Shift, mode: Drag['mode'], minutes: number, timeZone: string) {
  return mode === 'move'
    ? moveEdit(shift, minutes, timeZone)
    : resizeEdit(shift, minutes, timeZone);
}

/** Agents grouped by team in the teams' order, then those without a team; names sorted. */
function agentsByTeam(agents: ScenarioAgent[], teams: Team[], noTeam: string) {
  const groups = teams
    .map((team) => ({
      id: team.id,
      name: team.name,
      agents: agents.filter((agent) => agent.teamId === team.id),
    }))
    .filter((group) => group.agents.length > 0);
  const known = new Set(teams.map((team) => team.id));
  const rest = agents.filter((agent) => !agent.teamId || !known.has(agent.teamId));
  if (rest.length > 0) groups.push({ id: '', name: noTeam, agents: rest });
  for (const group of groups) group.agents.sort(byName);
  return groups;
}

/**
 * The week (or a day) per agent: a row per agent grouped by team, each shift a bar of coloured
 * activities. A shift is a button: click it (or press Enter) to select it, drag it to move it,
 * drag its right edge to move its end, in steps of the start granularity; arrow keys move it
 * for keyboard users. A click on a day off selects that day, to add a shift. A shift or agent
 * named by a broken rule is outlined in red and its label names the rules. A shift on a day
 * its agent has since been registered away (`absences`) is drawn faded and hatched. Holidays
 * (`closedDays`) are red in the header, as Swedish calendars mark them, named on hover.
 */
export function ScheduleTimeline({
  scenario,
  schedule,
  teams,
  dates,
  window,
  pixelsPerMinute,
  brokenRules,
  absences = [],
  closedDays = [],
  selected,
  onSelect,
  onEdit,
}: {
  scenario: Scenario;
  schedule: Schedule;
  teams: Team[];
  dates: string[];
  window: TimeWindow;
  pixelsPerMinute: number;
  brokenRules: BrokenRule[];
  absences?: AbsenceLoss[];
  closedDays?: { date: string; name: string }[];
  /** The agent and day whose shift (or day off) is selected. */
  selected?: AgentDay;
  /** A shift or day off chosen, or none (Escape); `byKeyboard` when not with the pointer. */
  onSelect: (agentDay: AgentDay | undefined, byKeyboard: boolean) => void;
  onEdit: (edit: ScheduleEdit) => void;
}) {
  const { t, language } = useLanguage();
  const hintId = useId();
  const [drag, setDragState] = useState<Drag>();
  // The handlers read the drag from a ref: a pointerup can arrive before React has rendered
  // the last pointermove, and its handler would then see a stale drag.
  const dragging = useRef<Drag>(undefined);
  const setDrag = (next: Drag | undefined) => {
    dragging.current = next;
    setDragState(next);
  };
  const step = scenario.rules.startGranularityMinutes || 15;
  const timeZone = scenario.timezone;
  const columns = useMemo(
    () => layoutDays(dates, window, pixelsPerMinute, DAY_GAP, timeZone),
    [dates, window, pixelsPerMinute, timeZone],
  );
  const width = timelineWidth(columns);
  const ticks = useMemo(
    () => hourTicks(columns, pixelsPerMinute, timeZone),
    [columns, pixelsPerMinute, timeZone],
  );
  // Labels every hour when there is room, else every third.
  const labelEvery = pixelsPerMinute * 60 >= 36 ? 1 : 3;
  const groupIds = scenario.answerGroups.map((group) => group.id);
  const teamsOfAgents = useMemo(
    () => agentsByTeam(scenario.agents, teams, t('schedules.timeline.noTeam')),
    [scenario.agents, teams, t],
  );
  const { byShift, byAgent } = useMemo(() => brokenRulesByPlace(brokenRules), [brokenRules]);

  const limited = (shift: Shift, column: DayColumn, mode: Drag['mode'], minutes: number) =>
    mode === 'move'
      ? clampMove(shift, minutes, column.startMs, column.endMs)
      : clampResize(shift, minutes, column.endMs, step);

  // While dragging, the shift is drawn where it would land.
  const shown = useMemo(() => {
    if (!drag || drag.minutes === 0) return schedule;
    return applyEdit(schedule, editOf(drag.shift, drag.mode, drag.minutes, timeZone), timeZone);
  }, [drag, schedule, timeZone]);
  const bars = useMemo(
    () => shiftBars(shown, columns, pixelsPerMinute, timeZone),
    [shown, columns, pixelsPerMinute, timeZone],
  );
  const works = useMemo(() => worksOn(schedule, timeZone), [schedule, timeZone]);
  const isSelected = (agentDay: AgentDay) =>
    selected?.agentId === agentDay.agentId && selected.date === agentDay.date;

  const columnOf = (bar: ShiftBar) => columns.find((column) => column.date === bar.date);
  const agentDayOf = (bar: ShiftBar): AgentDay => ({ agentId: bar.shift.agentId, date: bar.date });
  const isDragged = (drag: Drag | undefined, bar: ShiftBar) =>
    drag?.shift.agentId === bar.shift.agentId && drag.date === bar.date;

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, bar: ShiftBar) => {
    if (event.button !== 0) return;
    const target = event.target as HTMLElement;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({
      shift: bar.shift,
      date: bar.date,
      mode: target.dataset.handle === 'end' ? 'resize' : 'move',
      originX: event.clientX,
      minutes: 0,
    });
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>, bar: ShiftBar) => {
    const drag = dragging.current;
    const column = columnOf(bar);
    if (!drag || !isDragged(drag, bar) || !column) return;
    const snapped = snapMinutes(event.clientX - drag.originX, pixelsPerMinute, step);
    const minutes = limited(drag.shift, column, drag.mode, snapped);
    if (minutes !== drag.minutes) setDrag({ ...drag, minutes });
  };
  // A press and release without a quarter hour's movement is a click: it selects the shift.
  const onPointerUp = (bar: ShiftBar) => {
    const drag = dragging.current;
    if (!drag || !isDragged(drag, bar)) return;
    setDrag(undefined);
    if (drag.minutes !== 0) onEdit(editOf(drag.shift, drag.mode, drag.minutes, timeZone));
    else onSelect(agentDayOf(bar), false);
  };
  // The pointer's clicks are told from drags at pointerup; a click without one (detail 0) is
  // Enter or Space, or a screen reader's activation.
  const onClick = (event: MouseEvent<HTMLButtonElement>, bar: ShiftBar) => {
    if (event.detail === 0) onSelect(agentDayOf(bar), true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, bar: ShiftBar) => {
    if (event.key === 'Escape') return onSelect(undefined, true);
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const column = columnOf(bar);
    if (!column) return;
    const mode = event.shiftKey ? 'resize' : 'move';
    const minutes = limited(bar.shift, column, mode, event.key === 'ArrowLeft' ? -step : step);
    if (minutes !== 0) onEdit(editOf(bar.shift, mode, minutes, timeZone));
  };

  return (
    <div className="timeline">
      <p id={hintId} className="muted small">
        {t('schedules.timeline.keyboardHelp')}
      </p>
      <div className="timeline-scroll">
        <section
          className="timeline-grid"
          style={{ width: LABEL_WIDTH + width }}
          aria-label={t('schedules.timeline.label')}
        >
          <div className="timeline-header">
            <div className="timeline-name" style={{ width: LABEL_WIDTH }}>
              {t('schedules.timeline.agent')}
            </div>
            <div className="timeline-axis" style={{ width }}>
              {columns.map((column) => {
                const holiday = closedDays.find((day) => day.date === column.date);
                return (
                  <div
                    key={column.date}
                    className={holiday ? 'timeline-day-title closed' : 'timeline-day-title'}
                    style={{ left: column.x, width: column.width }}
                    title={holiday?.name}
                  >
                    {formatDate(column.date, language)}
                  </div>
                );
              })}
              {ticks.map((tick, i) =>
                i % labelEvery === 0 ? (
                  <span
                    key={tick.x}
                    // The first label would be cut in half at the left edge.
                    className={tick.x === 0 ? 'timeline-tick first' : 'timeline-tick'}
                    style={{ left: tick.x }}
                  >
                    {tick.label}
                  </span>
                ) : null,
              )}
            </div>
          </div>
          {teamsOfAgents.map((team) => (
            <div key={team.id} className="timeline-team">
              <div className="timeline-team-name">
                {team.name} <span className="muted">({team.agents.length})</span>
              </div>
              {team.agents.map((agent) => {
                const agentRules = byAgent.get(agent.id) ?? [];
                return (
                  <div
                    key={agent.id}
                    className={agentRules.length > 0 ? 'timeline-row broken' : 'timeline-row'}
                  >
                    <div
                      className="timeline-name"
                      style={{ width: LABEL_WIDTH }}
                      title={
                        agentRules
                          .map((rule) => ruleDetailText(rule, t, scenario.answerGroups))
                          .join('\n') || undefined
                      }
                    >
                      {agent.name}
                      {agentRules.length > 0 && (
                        <span className="rule-flag">
                          {' '}
                          {[
                            ...new Set(
                              agentRules.map((r) =>
                                t(`schedules.rules.${r.rule}`, { defaultValue: r.rule }),
                              ),
                            ),
                          ].join(', ')}
                        </span>
                      )}
                    </div>
                    <div className="timeline-track" style={{ width }}>
                      {columns.map((column) => {
                        const agentDay = { agentId: agent.id, date: column.date };
                        const dayOff = !works(agentDay);
                        return (
                          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard adds a shift with the toolbar's button
                          // biome-ignore lint/a11y/noStaticElementInteractions: a day off is a place to click, not a control
                          <div
                            key={column.date}
                            className={[
                              'timeline-day',
                              dayOff ? 'off' : '',
                              dayOff && isSelected(agentDay) ? 'selected' : '',
                            ].join(' ')}
                            style={{ left: column.x, width: column.width }}
                            onClick={dayOff ? () => onSelect(agentDay, false) : undefined}
                          />
                        );
                      })}
                      {(bars.get(agent.id) ?? []).map((bar) => {
                        const rules = byShift.get(bar.index) ?? [];
                        const names = [
                          ...new Set(
                            rules.map((r) =>
                              t(`schedules.rules.${r.rule}`, { defaultValue: r.rule }),
                            ),
                          ),
                        ];
                        const away = absences.find(
                          (absence) => absence.agentId === agent.id && isAwayOn(absence, bar.date),
                        );
                        const shiftLabel =
                          t('schedules.timeline.shiftLabel', {
                            agent: agent.name,
                            day: formatDate(bar.date, language),
                            from: timeOfInterval(bar.shift.start),
                            to: timeOfInterval(bar.shift.end),
                          }) +
                          (bar.shift.overtime ? `. ${t('schedules.selected.overtimeShift')}` : '');
                        const chosen = isSelected(agentDayOf(bar));
                        const label = away
                          ? `${shiftLabel}. ${t('schedules.absences.lostShift')}: ${t(`absences.kinds.${away.kind}`)}`
                          : shiftLabel;
                        return (
                          <button
                            key={bar.date}
                            type="button"
                            className={[
                              'shift',
                              rules.length > 0 ? 'broken' : '',
                              away ? 'absent' : '',
                              bar.shift.overtime ? 'overtime' : '',
                              isDragged(drag, bar) ? 'dragging' : '',
                              chosen ? 'selected' : '',
                            ].join(' ')}
                            aria-current={chosen || undefined}
                            style={{ left: bar.x, width: Math.max(bar.width, 4) }}
                            aria-label={
                              names.length > 0
                                ? `${label}. ${t('schedules.timeline.brokenRule')}: ${names.join(', ')}`
                                : label
                            }
                            aria-describedby={hintId}
                            title={[
                              label,
                              ...rules.map((rule) =>
                                ruleDetailText(rule, t, scenario.answerGroups),
                              ),
                            ].join('\n')}
                            onPointerDown={(event) => onPointerDown(event, bar)}
                            onPointerMove={(event) => onPointerMove(event, bar)}
                            onPointerUp={() => onPointerUp(bar)}
                            onPointerCancel={() => setDrag(undefined)}
                            onClick={(event) => onClick(event, bar)}
                            onKeyDown={(event) => onKeyDown(event, bar)}
                          >
                            {bar.activities.map((segment) => (
                              <span
                                key={segment.activity.start}
                                className="activity"
                                style={{
                                  left: segment.x - bar.x,
                                  width: segment.width,
                                  background: activityColour(segment.activity, groupIds),
                                }}
                              />
                            ))}
                            <span className="shift-end" data-handle="end" />
                          </button>
                        );
                      })}
                    </div>
                  </div>
                );
              })}
            </div>
          ))}
        </section>
      </div>
    </div>
  );
}
