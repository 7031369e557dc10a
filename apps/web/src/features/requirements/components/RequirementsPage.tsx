import { AnswerGroupSelect } from '../../../components/AnswerGroupSelect';
import { useEffect, useMemo, useState } from 'react';
import { useAnswerGroups } from '../../../api/get-answer-groups';
import { WrittenQueuesNote } from './WrittenQueuesNote';
import { useForecastVersions } from '../../../api/get-forecast-versions';
import { useRequirements } from '../../../api/get-requirements';
import type { AnswerGroup, GroupRequirements } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { WeekSelect } from '../../../components/WeekSelect';
import {
  addDays,
  daysBetween,
  earlierDate,
  laterDate,
  localDate,
  mondayOf,
  mondaysBetween,
} from '../../../lib/dates';
import { useLanguage } from '../../../lib/i18n';
import { DailyCurves } from './DailyCurves';
import { RequirementsHeatMap } from './RequirementsHeatMap';
import { TotalsTable } from './TotalsTable';
import { WhatIfForm } from './WhatIfForm';
import { openHours } from '../heat-map';
import { meanAhtSeconds, type WhatIfSettings, whatIfIntervals } from '../what-if';

export function RequirementsPage() {
  const { t } = useLanguage();
  const answerGroups = useAnswerGroups();
  const versions = useForecastVersions();
  const [versionId, setVersionId] = useState<number>();
  const [answerGroupId, setAnswerGroupId] = useState<string>();
  const [weekStart, setWeekStart] = useState<string>();

  useEffect(() => {
    if (answerGroupId === undefined && answerGroups.data?.[0])
      setAnswerGroupId(answerGroups.data[0].id);
  }, [answerGroupId, answerGroups.data]);
  useEffect(() => {
    if (versions.data?.[0] && !versions.data.some((v) => v.id === versionId))
      setVersionId(versions.data[0].id);
  }, [versionId, versions.data]);

  const version = versions.data?.find((v) => v.id === versionId);
  const weeks = version ? mondaysBetween(version.firstDay, version.lastDay) : [];
  // This week when the version covers it, else the version's first week.
  const thisMonday = mondayOf(localDate(new Date()));
  const week =
    weekStart && weeks.includes(weekStart)
      ? weekStart
      : weeks.includes(thisMonday)
        ? thisMonday
        : weeks[0];
  const range =
    version && week && answerGroupId
      ? {
          forecastVersionId: version.id,
          answerGroupId,
          from: laterDate(week, version.firstDay),
          to: earlierDate(addDays(week, 6), version.lastDay),
        }
      : undefined;
  const requirements = useRequirements(range);
  const group = answerGroups.data?.find((g) => g.id === answerGroupId);
  const groupRequirements = requirements.data?.answerGroups.find(
    (g) => g.answerGroupId === answerGroupId,
  );

  return (
    <section aria-labelledby="requirements-title">
      <h1 id="requirements-title">{t('requirements.title')}</h1>
      <QueryState
        isLoading={answerGroups.isLoading || versions.isLoading}
        error={answerGroups.error ?? versions.error}
      >
        <div className="card toolbar">
          <AnswerGroupSelect
            answerGroups={answerGroups.data}
            value={answerGroupId}
            onChange={setAnswerGroupId}
          />
          <label>
            {t('forecast.version')}
            <select
              value={versionId ?? ''}
              onChange={(event) => setVersionId(Number(event.target.value))}
            >
              {versions.data?.map((v) => (
                <option key={v.id} value={v.id}>
                  #{v.id} {v.name}
                </option>
              ))}
            </select>
          </label>
          <WeekSelect mondays={weeks} value={week} onChange={setWeekStart} />
        </div>
        {!version && <p className="muted">{t('forecast.noVersions')}</p>}
        <QueryState isLoading={requirements.isLoading} error={requirements.error}>
          {group && groupRequirements && requirements.data && range && (
            <GroupWorkspace
              key={`${group.id}-${range.from}-${range.forecastVersionId}`}
              group={group}
              requirements={groupRequirements}
              intervalMinutes={requirements.data.intervalMinutes}
              fteHoursPerWeek={requirements.data.fteHoursPerWeek}
              days={daysBetween(range.from, range.to) + 1}
            />
          )}
          {group && <WrittenQueuesNote group={group} answerGroups={answerGroups.data ?? []} />}
        </QueryState>
      </QueryState>
    </section>
  );
}

/** The heat map, curves, totals and what-if of one group over one week. */
function GroupWorkspace({
  group,
  requirements,
  intervalMinutes,
  fteHoursPerWeek,
  days,
}: {
  group: AnswerGroup;
  requirements: GroupRequirements;
  intervalMinutes: number;
  fteHoursPerWeek: number;
  days: number;
}) {
  const baseline: WhatIfSettings = useMemo(
    () => ({
      serviceLevelGoal: requirements.serviceLevelGoal,
      targetSeconds: requirements.targetSeconds,
      ahtSeconds: Math.round(meanAhtSeconds(requirements.intervals) ?? group.ahtSeconds),
      shrinkage: requirements.intervals[0]?.shrinkage ?? group.defaultShrinkage,
      patienceSeconds: requirements.model === 'erlang-a' ? group.patienceSeconds : null,
      maxOccupancy: group.maxOccupancy,
    }),
    [requirements, group],
  );
  const [settings, setSettings] = useState<WhatIfSettings>(baseline);
  const changed = JSON.stringify(settings) !== JSON.stringify(baseline);
  // Closed hours have no calls and no agents; leaving them out keeps the charts readable.
  const open = useMemo(() => openHours(requirements.intervals), [requirements.intervals]);
  const staffing = useMemo(
    () => whatIfIntervals(open, intervalMinutes, settings),
    [open, intervalMinutes, settings],
  );
  const shown = changed ? staffing : open;
  return (
    <>
      <WhatIfForm settings={settings} baseline={baseline} onChange={setSettings} />
      <RequirementsHeatMap
        intervals={shown}
        intervalMinutes={intervalMinutes}
        targetSeconds={settings.targetSeconds}
        patienceSeconds={settings.patienceSeconds}
        isWhatIf={changed}
      />
      <div className="columns">
        <DailyCurves intervals={shown} groupName={group.name} />
        <TotalsTable
          baseline={requirements.intervals}
          whatIf={changed ? staffing : undefined}
          intervalMinutes={intervalMinutes}
          fteHoursPerWeek={fteHoursPerWeek}
          days={days}
        />
      </div>
    </>
  );
}
