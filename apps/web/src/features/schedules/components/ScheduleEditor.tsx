import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { QueryState } from '../../../components/QueryState';
import { addDays } from '../../../lib/dates';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  type Language,
} from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useTeams } from '../../settings/api/get-teams';
import { type AgentDay, byName, daysOff } from '../agent-day';
import { useLatestCheck, useScheduleEditCheck } from '../api/check-schedule-edits';
import { useAbsenceImpact } from '../api/get-absence-impact';
import { useSaveWithAbsences } from '../api/save-with-absences';
import { useSchedule } from '../api/get-schedule';
import { usePublishSchedule } from '../api/publish-schedule';
import { BrokenRuleList } from './BrokenRuleList';
import { refusedRules, useSaveSchedule } from '../api/save-schedule';
import { coverageOf } from '../coverage';
import { listClosedDays } from '../closed-days';
import { plannedAround } from '../planned-around';
import { addEdit, applyEdits, groupColour, windowOfRules } from '../timeline';
import {
  contentOf,
  editedScheduleOf,
  type Scenario,
  type ScheduleEdit,
  type ScheduleVersion,
} from '../types';
import { AbsenceImpact } from './AbsenceImpact';
import { ActivityLegend } from './ActivityLegend';
import { CoverageChart } from './CoverageChart';
import { CoverSuggestions } from './CoverSuggestions';
import { EditPanel } from './EditPanel';
import { ScheduleTimeline } from './ScheduleTimeline';
import { SelectedShift } from './SelectedShift';
import { ServiceLevelTable } from './ServiceLevelTable';
import { WrittenWorkTable } from './WrittenWorkTable';

/** Pixels per minute: the whole week fits a laptop screen; one day gets room to drag in. */
const WEEK_PIXELS_PER_MINUTE = 0.19;
const DAY_PIXELS_PER_MINUTE = 1.3;
/** Wait this long after the last drag or key press before asking the API to check the edits. */
const CHECK_DELAY_MS = 250;

/** One schedule version: its service level, the timeline to edit, coverage and day table. */
export function ScheduleEditor({
  versionId,
  onSaved,
}: {
  versionId: number;
  onSaved: (id: number) => void;
}) {
  const version = useSchedule(versionId);
  const teams = useTeams();
  return (
    <QueryState isLoading={version.isLoading || teams.isLoading} error={version.error}>
      {version.data && (
        <LoadedEditor version={version.data} teams={teams.data ?? []} onSaved={onSaved} />
      )}
    </QueryState>
  );
}

function LoadedEditor({
  version,
  teams,
  onSaved,
}: {
  version: ScheduleVersion;
  teams: NonNullable<ReturnType<typeof useTeams>['data']>;
  onSaved: (id: number) => void;
}) {
  const { t, language } = useLanguage();
  const { scenario, schedule, report } = useMemo(() => contentOf(version), [version]);
  const [edits, setEdits] = useState<ScheduleEdit[]>([]);
  const [checked, setChecked] = useState<ScheduleEdit[]>([]);
  const [day, setDay] = useState<string>('');
  const [groupId, setGroupId] = useState(scenario.answerGroups[0]?.id ?? '');
  useEffect(() => {
    const timer = setTimeout(() => setChecked(edits), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [edits]);
  const check = useScheduleEditCheck(version.id, checked);
  const save = useSaveSchedule(version.id);
  const absenceImpact = useAbsenceImpact(version.id);
  const lostToAbsence = absenceImpact.data?.absences ?? [];
  const saveWithAbsences = useSaveWithAbsences(version.id);
  const publish = usePublishSchedule();

  const dates = useMemo(
    () => Array.from({ length: 7 }, (_, i) => addDays(scenario.weekStart, i)),
    [scenario.weekStart],
  );
  const shownDates = useMemo(() => (day ? [day] : dates), [day, dates]);
  const window = useMemo(() => windowOfRules(scenario.rules), [scenario.rules]);
  // The schedule as the dry run made it of the edits it has answered, every edit type applied
  // by the API itself; edits made since are previewed locally (moves and resizes) on top.
  const latest = useLatestCheck(version.id, edits);
  const edited = useMemo(
    () =>
      applyEdits(
        latest.check ? editedScheduleOf(latest.check) : schedule,
        edits.slice(latest.covers),
        scenario.timezone,
      ),
    [schedule, latest.check, latest.covers, edits, scenario.timezone],
  );
  const upToDate = edits.length > 0 && checked === edits && !check.isPlaceholderData;
  // Edits the dry run has yet to answer: the card's forms wait, as they work on its schedule.
  const checking = edits.length > 0 && !upToDate;
  const result = edits.length > 0 ? check.data : undefined;
  // The rules the edits break, as checked with the schedule shown (its shift indices); without
  // edits, those a forced save kept.
  const brokenRules = edits.length > 0 ? (latest.check?.brokenRules ?? []) : report.brokenRules;

  const [selected, setSelected] = useState<AgentDay>();
  const selectedCard = useRef<HTMLElement>(null);
  // The shift or button that opened the card, where focus returns when it closes.
  const opener = useRef<Element | null>(null);
  const select = (agentDay: AgentDay, byKeyboard: boolean) => {
    opener.current = document.activeElement;
    if (byKeyboard) {
      // The card stands after the whole timeline: a keyboard user is taken there.
      flushSync(() => setSelected(agentDay));
      selectedCard.current?.focus();
    } else {
      setSelected(agentDay);
    }
  };
  const deselect = () => {
    const focusInCard = selectedCard.current?.contains(document.activeElement);
    setSelected(undefined);
    if (focusInCard && opener.current instanceof HTMLElement) opener.current.focus();
  };
  const agentsByName = useMemo(() => [...scenario.agents].sort(byName), [scenario.agents]);
  const shownDaysOff = useMemo(
    () => daysOff(edited, agentsByName, shownDates, scenario.timezone),
    [edited, agentsByName, shownDates, scenario.timezone],
  );
  const edit = (next: ScheduleEdit) => {
    save.reset();
    setEdits((current) => addEdit(current, next));
  };

  const groupIndex = scenario.answerGroups.findIndex((group) => group.id === groupId);
  const groupReport = report.answerGroups.find((group) => group.answerGroup === groupId);
  const points = useMemo(
    () => (groupReport ? coverageOf(scenario, groupReport, edited, shownDates) : []),
    [scenario, groupReport, edited, shownDates],
  );
  const percent = (share: number) => formatPercent(share, language);
  const refused = refusedRules(save.error);
  const publishRefused = refusedRules(publish.error);
  const around = useMemo(
    () => plannedAround(scenario, version.closedDays),
    [scenario, version.closedDays],
  );

  return (
    <>
      <div className="card">
        <div className="toolbar">
          <h2>
            #{version.id} {version.name}{' '}
            <span className={`status status-${version.status}`}>
              {t(`schedules.status.${version.status}`)}
            </span>
          </h2>
          <button
            type="button"
            onClick={() => publish.mutate({ id: version.id })}
            disabled={version.status === 'published' || edits.length > 0 || publish.isPending}
            title={edits.length > 0 ? t('schedules.edits.publishFirst') : undefined}
          >
            {t('schedules.edits.publish')}
          </button>
          <a className="button secondary" href={`/api/schedules/${version.id}/export.csv`} download>
            {t('schedules.edits.exportCsv')}
          </a>
        </div>
        <p className="bound">
          {version.bound === null
            ? t('schedules.summary.noBound', { achieved: percent(version.serviceLevel) })
            : t('schedules.summary.bound', {
                bound: percent(version.bound),
                achieved: percent(version.serviceLevel),
              })}
          {version.gap !== null && (
            <span className="muted">
              {' '}
              · {t('schedules.summary.gap', { gap: percent(version.gap) })}
            </span>
          )}
        </p>
        <p className="muted small">
          {t('schedules.service.goal', {
            share: formatPercent(scenario.serviceGoal.serviceLevel, language, 0),
            seconds: formatNumber(scenario.serviceGoal.targetSeconds, language),
          })}
          {` · ${t('schedules.summary.rules', rulesSummary(scenario.rules, language))}`}
          {version.stats?.traditionalServiceLevel !== undefined &&
            ` · ${t('schedules.summary.traditional', {
              serviceLevel: percent(version.stats.traditionalServiceLevel),
            })}`}
          {version.closedDays.length > 0 &&
            ` · ${t('schedules.summary.closedDays', {
              days: listClosedDays(version.closedDays, language),
            })}`}
          {around.agentsWithDaysOff > 0 &&
            ` · ${t('schedules.summary.plannedAround', { count: around.agentsWithDaysOff })}`}
          {scenario.agents.some((agent) => agent.preferences) &&
            ` · ${t('schedules.summary.preferencesUnmet', { count: report.preferencesUnmet })}`}
          {around.excused.length > 0 &&
            ` · ${t('schedules.summary.excused', { names: around.excused.join(', ') })}`}
          {version.derivedFromId !== null &&
            ` · ${t('schedules.summary.derivedFrom', { id: version.derivedFromId })}`}
          {version.publishedAt &&
            ` · ${t('schedules.edits.published', { at: formatDateTime(version.publishedAt, language) })}`}
        </p>
        {publishRefused.length > 0 ? (
          <div className="broken-rules" role="alert">
            <p className="error">{t('schedules.edits.publishRefused')}</p>
            <BrokenRuleList
              rules={publishRefused}
              agents={scenario.agents}
              answerGroups={scenario.answerGroups}
            />
            <button
              type="button"
              className="danger"
              onClick={() => publish.mutate({ id: version.id, force: true })}
              disabled={publish.isPending}
            >
              {t('schedules.edits.publishAnyway')}
            </button>
          </div>
        ) : (
          publish.error && (
            <p role="alert" className="error">
              {publish.error.message}
            </p>
          )
        )}
      </div>
      {absenceImpact.data && (
        <AbsenceImpact
          impact={absenceImpact.data}
          writtenQueues={scenario.writtenQueues}
          onSave={() =>
            saveWithAbsences.mutate(t('schedules.absences.savedName', { name: version.name }), {
              onSuccess: (saved) => onSaved(saved.id),
            })
          }
          saving={saveWithAbsences.isPending}
          saveError={saveWithAbsences.error}
        />
      )}
      {edits.length > 0 && (
        <EditPanel
          edits={edits}
          result={result}
          checking={!upToDate}
          checkError={check.error}
          agents={scenario.agents}
          answerGroups={scenario.answerGroups}
          writtenQueues={scenario.writtenQueues}
          refused={refused}
          saveError={refused.length > 0 ? null : save.error}
          saving={save.isPending}
          onSave={(force) =>
            save.mutate(
              {
                edits,
                name: t('schedules.edits.editedName', { name: version.name }),
                ...(force ? { force: true } : {}),
              },
              { onSuccess: (saved) => onSaved(saved.id) },
            )
          }
          onDiscard={() => {
            setEdits([]);
            save.reset();
          }}
        />
      )}
      <div className="card">
        <div className="toolbar">
          <label>
            {t('schedules.view')}
            <select value={day} onChange={(event) => setDay(event.target.value)}>
              <option value="">{t('schedules.wholeWeek')}</option>
              {dates.map((date) => (
                <option key={date} value={date}>
                  {formatDate(date, language)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="secondary"
            disabled={shownDaysOff.length === 0}
            onClick={() => {
              const [first] = shownDaysOff;
              if (first) select(first, true);
            }}
          >
            {t('schedules.selected.addShift')}
          </button>
          <ActivityLegend
            answerGroups={scenario.answerGroups}
            hasWrittenQueues={(scenario.writtenQueues ?? []).length > 0}
          />
        </div>
        <ScheduleTimeline
          scenario={scenario}
          schedule={edited}
          teams={teams}
          dates={shownDates}
          window={window}
          pixelsPerMinute={day ? DAY_PIXELS_PER_MINUTE : WEEK_PIXELS_PER_MINUTE}
          brokenRules={brokenRules}
          absences={lostToAbsence}
          closedDays={version.closedDays}
          selected={selected}
          onSelect={(agentDay, byKeyboard) =>
            agentDay ? select(agentDay, byKeyboard) : deselect()
          }
          onEdit={edit}
        />
        {selected && (
          <SelectedShift
            ref={selectedCard}
            scenario={scenario}
            schedule={edited}
            agentDay={selected}
            agents={agentsByName}
            dates={dates}
            busy={checking}
            onEdit={edit}
            onSelect={setSelected}
            onClose={deselect}
          >
            <CoverSuggestions
              versionId={version.id}
              date={selected.date}
              edits={edits}
              agents={scenario.agents}
              busy={checking}
              onEdit={edit}
            />
          </SelectedShift>
        )}
      </div>
      <div className="card">
        <div className="toolbar">
          <h2>
            {t('schedules.coverage.title', {
              group: scenario.answerGroups[groupIndex]?.name ?? groupId,
            })}
          </h2>
          <label>
            {t('schedules.coverageGroup')}
            <select value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              {scenario.answerGroups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <CoverageChart
          points={points}
          colour={groupColour(Math.max(0, groupIndex))}
          goal={scenario.serviceGoal.serviceLevel}
          oneDay={day !== ''}
        />
        {groupReport && (
          <p className="muted small">
            {t('schedules.coverage.groupWeek', {
              group: scenario.answerGroups[groupIndex]?.name ?? groupId,
              serviceLevel: percent(groupReport.week.serviceLevel),
              goal: formatPercent(scenario.serviceGoal.serviceLevel, language, 0),
            })}
          </p>
        )}
        <ServiceLevelTable
          days={report.days}
          week={report.week}
          after={
            edits.length > 0
              ? result && {
                  label: t('schedules.service.afterEdits'),
                  days: result.daysAfter,
                  week: result.after,
                }
              : absenceImpact.data && lostToAbsence.length > 0
                ? {
                    label: t('schedules.service.withAbsences'),
                    days: absenceImpact.data.daysAfter,
                    week: absenceImpact.data.after,
                  }
                : undefined
          }
        />
        <WrittenWorkTable scenario={scenario} report={report} />
      </div>
    </>
  );
}

/** The rules a version was planned with, as the summary words them: lengths in hours. */
function rulesSummary(rules: Scenario['rules'], language: Language) {
  const hours = (minutes: number) => formatNumber(minutes / 60, language, 1);
  // Swedish writes clock times with a point (07.00), as the rest of the page does.
  const clock = (time: string) => (language === 'sv' ? time.replace(':', '.') : time);
  const shortest = Math.min(...rules.shiftLengthsMinutes);
  const longest = Math.max(...rules.shiftLengthsMinutes);
  return {
    lengths: shortest === longest ? hours(shortest) : `${hours(shortest)}–${hours(longest)}`,
    from: clock(rules.earliestStart),
    to: clock(rules.latestEnd),
    lunch: rules.lunchMinutes,
    pause: rules.breakMinutes,
    minWork: rules.minWorkBetweenBreaksMinutes ?? 0,
  };
}
