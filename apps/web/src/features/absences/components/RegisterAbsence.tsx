import { useId, useState } from 'react';
import type { Agent } from '../../../api/types';
import { laterDate } from '../../../lib/dates';
import { formatDateRange, locale } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useCreateAbsence } from '../api/create-absence';
import { ABSENCE_KINDS, type AbsenceKind } from '../types';
import { LastDayInput } from './LastDayInput';

/** The API's longest note. */
const MAX_NOTE_LENGTH = 500;

/**
 * Registers an agent's absence from `firstDay` on: the unit manager's sick leave as it is
 * reported, the planner's vacations and courses before the week is scheduled.
 */
export function RegisterAbsence({
  agents,
  teamName,
  firstDay,
}: {
  agents: Agent[];
  teamName: Map<string, string>;
  firstDay: string;
}) {
  const { t, language } = useLanguage();
  const id = useId();
  const create = useCreateAbsence();
  const [agentId, setAgentId] = useState('');
  // Sick leave is what comes in on the day, often while the phones ring.
  const [kind, setKind] = useState<AbsenceKind>('sick');
  const [fromDate, setFromDate] = useState(firstDay);
  const [toDate, setToDate] = useState(firstDay);
  const [note, setNote] = useState('');
  // Those who have left before the first day have nothing to be away from.
  const byName = agents
    .filter((agent) => agent.endDate === null || agent.endDate >= fromDate)
    .sort((a, b) => a.name.localeCompare(b.name, locale(language)));
  const registered = create.data;
  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          { agentId, kind, fromDate, toDate, note: note.trim() || null },
          { onSuccess: () => setNote('') },
        );
      }}
    >
      <h2 id={`${id}-title`}>{t('absences.register.title')}</h2>
      <div className="toolbar">
        <label>
          {t('absences.register.agent')}
          <select required value={agentId} onChange={(event) => setAgentId(event.target.value)}>
            <option value="">{t('absences.register.chooseAgent')}</option>
            {byName.map((agent) => {
              const team = agent.teamId && teamName.get(agent.teamId);
              return (
                <option key={agent.id} value={agent.id}>
                  {team ? `${agent.name} (${team})` : agent.name}
                </option>
              );
            })}
          </select>
        </label>
        <label>
          {t('absences.register.kind')}
          <select value={kind} onChange={(event) => setKind(event.target.value as AbsenceKind)}>
            {ABSENCE_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`absences.kinds.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('absences.register.from')}
          <input
            type="date"
            required
            value={fromDate}
            onChange={(event) => {
              const first = event.target.value;
              setFromDate(first);
              // A later first day takes the last day along rather than leaving it before.
              if (first) setToDate((last) => laterDate(last, first));
            }}
          />
        </label>
        <LastDayInput
          label={t('absences.register.to')}
          firstDay={fromDate}
          value={toDate}
          onChange={setToDate}
        />
        <label className="grow">
          {t('absences.register.note')}
          <input
            maxLength={MAX_NOTE_LENGTH}
            value={note}
            placeholder={t('absences.register.notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <button type="submit" disabled={create.isPending}>
          {t('absences.register.submit')}
        </button>
      </div>
      {registered && (
        <p role="status" className="success">
          {t('absences.register.done', {
            agent: registered.agentName,
            kind: t(`absences.kinds.${registered.kind}`),
            period: formatDateRange(registered.fromDate, registered.toDate, language),
          })}
        </p>
      )}
      {create.error && (
        <p role="alert" className="error">
          {create.error.message}
        </p>
      )}
    </form>
  );
}
