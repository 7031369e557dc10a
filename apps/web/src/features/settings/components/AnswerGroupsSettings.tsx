import { useState } from 'react';
import { useAnswerGroups } from '../../../api/get-answer-groups';
import type { AnswerGroup } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { AnswerGroupForm } from './AnswerGroupForm';

export function AnswerGroupsSettings() {
  const { t, language } = useLanguage();
  const answerGroups = useAnswerGroups();
  const [editing, setEditing] = useState<string>();
  const group = answerGroups.data?.find((g) => g.id === editing);
  return (
    <QueryState isLoading={answerGroups.isLoading} error={answerGroups.error}>
      <div className="card">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('common.answerGroup')}</th>
              <th scope="col" className="num">
                {t('settings.group.goal')}
              </th>
              <th scope="col" className="num">
                {t('settings.group.aht')}
              </th>
              <th scope="col" className="num">
                {t('settings.group.shrinkage')}
              </th>
              <th scope="col">{t('settings.group.openingHours')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {answerGroups.data?.map((g: AnswerGroup) => (
              <tr key={g.id} className={g.id === editing ? 'selected' : undefined}>
                <th scope="row">{g.name}</th>
                <td className="num">
                  {t('settings.group.goalValue', {
                    share: formatPercent(g.serviceLevelGoal, language, 0),
                    seconds: formatNumber(g.targetSeconds, language),
                  })}
                </td>
                <td className="num">{formatNumber(g.ahtSeconds, language)} s</td>
                <td className="num">{formatPercent(g.defaultShrinkage, language, 0)}</td>
                <td>
                  {openingSummary(
                    g.openingHours,
                    t('common.weekdaysShort', { returnObjects: true }) as string[],
                    t('settings.group.closed'),
                  )}
                </td>
                <td>
                  <button type="button" className="secondary" onClick={() => setEditing(g.id)}>
                    {t('common.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {group && (
        <AnswerGroupForm key={group.id} group={group} onDone={() => setEditing(undefined)} />
      )}
    </QueryState>
  );
}

/** "Mån–Tor 08:00–16:30, Fre 08:00–15:00" from seven days, Monday first. */
export function openingSummary(
  hours: AnswerGroup['openingHours'],
  weekdays: string[],
  closed: string,
): string {
  const parts: string[] = [];
  let start = 0;
  const text = (day: AnswerGroup['openingHours'][number]) => (day ? `${day[0]}–${day[1]}` : closed);
  for (let day = 1; day <= hours.length; day++) {
    if (day < hours.length && text(hours[day] ?? null) === text(hours[start] ?? null)) continue;
    const span = day - 1 === start ? weekdays[start] : `${weekdays[start]}–${weekdays[day - 1]}`;
    const value = text(hours[start] ?? null);
    if (value !== closed) parts.push(`${span} ${value}`);
    start = day;
  }
  return parts.join(', ') || closed;
}
