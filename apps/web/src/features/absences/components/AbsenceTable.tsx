import { useState } from 'react';
import { laterDate, localDate } from '../../../lib/dates';
import { formatDateRange } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useDeleteAbsence } from '../api/delete-absence';
import { useUpdateAbsence } from '../api/update-absence';
import { type Absence, endsWhenWell } from '../types';
import { LastDayInput } from './LastDayInput';

/** The week's absences with what can be done to each: end sick leave, remove a mistake. */
export function AbsenceTable({
  absences,
  teamName,
}: {
  absences: Absence[];
  teamName: Map<string, string>;
}) {
  const { t } = useLanguage();
  if (absences.length === 0) return <p className="muted">{t('absences.list.none')}</p>;
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">{t('absences.list.agent')}</th>
          <th scope="col">{t('absences.list.team')}</th>
          <th scope="col">{t('absences.list.kind')}</th>
          <th scope="col">{t('absences.list.period')}</th>
          <th scope="col">{t('absences.list.note')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('absences.list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {absences.map((absence) => (
          <AbsenceRow
            key={absence.id}
            absence={absence}
            team={absence.teamId ? teamName.get(absence.teamId) : undefined}
          />
        ))}
      </tbody>
    </table>
  );
}

function AbsenceRow({ absence, team }: { absence: Absence; team: string | undefined }) {
  const { t, language } = useLanguage();
  const [step, setStep] = useState<'ending' | 'removing'>();
  // A friskanmälan is made on the last day away, the day before the agent is back.
  const [lastDay, setLastDay] = useState(() => laterDate(localDate(new Date()), absence.fromDate));
  const update = useUpdateAbsence();
  const remove = useDeleteAbsence();
  const error = update.error ?? remove.error;
  const cancel = () => {
    setStep(undefined);
    update.reset();
    remove.reset();
  };
  return (
    <tr>
      <th scope="row">{absence.agentName}</th>
      <td>{team ?? '–'}</td>
      <td>{t(`absences.kinds.${absence.kind}`)}</td>
      <td>{formatDateRange(absence.fromDate, absence.toDate, language)}</td>
      <td>{absence.note}</td>
      <td>
        {step === undefined && (
          <div className="row-actions">
            {endsWhenWell(absence.kind) && (
              <button type="button" className="secondary" onClick={() => setStep('ending')}>
                {t('absences.recovered')}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => setStep('removing')}>
              {t('common.remove')}
            </button>
          </div>
        )}
        {step === 'ending' && (
          <form
            className="row-actions"
            onSubmit={(event) => {
              event.preventDefault();
              update.mutate(
                { id: absence.id, changes: { toDate: lastDay } },
                { onSuccess: () => setStep(undefined) },
              );
            }}
          >
            <LastDayInput
              label={t('absences.lastDay')}
              firstDay={absence.fromDate}
              value={lastDay}
              onChange={setLastDay}
            />
            <button type="submit" disabled={update.isPending}>
              {t('common.save')}
            </button>
            <button type="button" className="secondary" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </form>
        )}
        {step === 'removing' && (
          <div className="row-actions">
            <span>{t('absences.removeQuestion')}</span>
            <button
              type="button"
              disabled={remove.isPending}
              onClick={() => remove.mutate(absence.id)}
            >
              {t('absences.confirmRemove')}
            </button>
            <button type="button" className="secondary" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        )}
        {error && (
          <p role="alert" className="error">
            {error.message}
          </p>
        )}
      </td>
    </tr>
  );
}
