import { useState } from 'react';
import { useAnswerGroups } from '../../../api/get-answer-groups';
import type { WrittenQueue } from '../../../api/types';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { NumberField } from '../../../components/NumberField';
import { QueryState } from '../../../components/QueryState';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { weeklyCases, weeklyHours } from '../../../lib/written-queues';
import { useWrittenQueues } from '../../../api/get-written-queues';
import { useDeleteWrittenQueue, useSaveWrittenQueue } from '../api/save-written-queue';
import { useImportWrittenHistory, useWrittenForecast } from '../api/written-queue-history';

/** The `editing` value while a new queue is being entered (ids never start with +). */
const NEW_QUEUE = '+new';

const EMPTY_QUEUE: WrittenQueue = {
  id: '',
  name: '',
  handleMinutes: 6,
  casesPerWeekday: [0, 0, 0, 0, 0, 0, 0],
  workingDays: [0, 1, 2, 3, 4],
  answerWithinWorkingDays: 1,
  answerGroupIds: [],
};

/**
 * Written queues (e-mail, web forms): the cases a week brings and how soon they are answered.
 * Generated schedules give their work to agents of the chosen groups as backoffice.
 */
export function WrittenQueuesSettings() {
  const { t, language } = useLanguage();
  const queues = useWrittenQueues();
  const answerGroups = useAnswerGroups();
  const remove = useDeleteWrittenQueue();
  const [editing, setEditing] = useState<string>();
  const groupName = new Map(answerGroups.data?.map((group) => [group.id, group.name]));
  const weekdays = t('common.weekdaysShort', { returnObjects: true }) as string[];
  const queue = queues.data?.find((q) => q.id === editing);
  return (
    <QueryState
      isLoading={queues.isLoading || answerGroups.isLoading}
      error={queues.error ?? answerGroups.error}
    >
      <p className="muted">{t('settings.writtenQueue.intro')}</p>
      {(queue || editing === NEW_QUEUE) && (
        <WrittenQueueForm
          key={queue?.id ?? NEW_QUEUE}
          queue={queue}
          onDone={() => setEditing(undefined)}
        />
      )}
      <div className="card">
        <div className="toolbar">
          <button type="button" className="secondary" onClick={() => setEditing(NEW_QUEUE)}>
            {t('settings.writtenQueue.add')}
          </button>
        </div>
        {queues.data?.length === 0 ? (
          <p>{t('settings.writtenQueue.none')}</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('settings.writtenQueue.name')}</th>
                <th scope="col" className="num">
                  {t('settings.writtenQueue.casesPerWeek')}
                </th>
                <th scope="col" className="num">
                  {t('settings.writtenQueue.handleMinutes')}
                </th>
                <th scope="col" className="num">
                  {t('settings.writtenQueue.hoursPerWeek')}
                </th>
                <th scope="col">{t('settings.writtenQueue.deadline')}</th>
                <th scope="col">{t('settings.writtenQueue.workingDays')}</th>
                <th scope="col">{t('settings.writtenQueue.answeredBy')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {queues.data?.map((q) => (
                <tr key={q.id}>
                  <th scope="row">
                    {q.name} <span className="muted">({q.id})</span>
                  </th>
                  <td className="num">{formatNumber(weeklyCases(q), language)}</td>
                  <td className="num">{formatNumber(q.handleMinutes, language, 1)}</td>
                  <td className="num">{formatNumber(weeklyHours(q), language, 1)}</td>
                  <td>{t('settings.writtenQueue.within', { count: q.answerWithinWorkingDays })}</td>
                  <td>{q.workingDays.map((day) => weekdays[day]).join(', ')}</td>
                  <td>
                    {q.answerGroupIds.length === 0
                      ? t('settings.writtenQueue.everyone')
                      : q.answerGroupIds.map((id) => groupName.get(id) ?? id).join(', ')}
                  </td>
                  <td>
                    <div className="toolbar">
                      <button type="button" className="secondary" onClick={() => setEditing(q.id)}>
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        disabled={remove.isPending}
                        onClick={() => {
                          if (
                            window.confirm(
                              t('settings.writtenQueue.confirmRemove', { name: q.name }),
                            )
                          )
                            remove.mutate(q.id);
                        }}
                      >
                        {t('common.remove')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {remove.error && (
          <p role="alert" className="error">
            {remove.error.message}
          </p>
        )}
      </div>
    </QueryState>
  );
}

function WrittenQueueForm({ queue, onDone }: { queue?: WrittenQueue; onDone: () => void }) {
  const { t } = useLanguage();
  const answerGroups = useAnswerGroups();
  const save = useSaveWrittenQueue();
  const [draft, setDraft] = useState<WrittenQueue>(queue ?? EMPTY_QUEUE);
  const change = (changes: Partial<WrittenQueue>) =>
    setDraft((current) => ({ ...current, ...changes }));
  const weekdays = t('common.weekdays', { returnObjects: true }) as string[];
  const weekdaysShort = t('common.weekdaysShort', { returnObjects: true }) as string[];
  return (
    <form
      className="card"
      aria-label={queue ? t('common.edit') : t('settings.writtenQueue.add')}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ queue: draft, existing: queue !== undefined }, { onSuccess: onDone });
      }}
    >
      <h2>{queue ? queue.name : t('settings.writtenQueue.add')}</h2>
      <div className="form-grid">
        {!queue && (
          <label>
            {t('settings.writtenQueue.id')}
            <input
              required
              pattern="[A-Za-z0-9][A-Za-z0-9._\-]{0,63}"
              value={draft.id}
              onChange={(e) => change({ id: e.target.value })}
            />
          </label>
        )}
        <label>
          {t('settings.writtenQueue.name')}
          <input required value={draft.name} onChange={(e) => change({ name: e.target.value })} />
        </label>
        <NumberField
          label={t('settings.writtenQueue.handleMinutes')}
          min={0.5}
          max={480}
          step={0.5}
          required
          value={draft.handleMinutes}
          onChange={(handleMinutes) => change({ handleMinutes })}
        />
        <NumberField
          label={t('settings.writtenQueue.answerWithin')}
          min={0}
          max={Math.max(0, draft.workingDays.length - 1)}
          required
          value={draft.answerWithinWorkingDays}
          onChange={(answerWithinWorkingDays) => change({ answerWithinWorkingDays })}
          help={t('settings.writtenQueue.answerWithinHelp')}
        />
      </div>
      <fieldset>
        <legend>{t('settings.writtenQueue.casesPerWeekday')}</legend>
        <div className="form-grid">
          {weekdays.map((name, day) => (
            <NumberField
              key={name}
              label={weekdaysShort[day]}
              min={0}
              required
              value={draft.casesPerWeekday[day] ?? 0}
              onChange={(cases) =>
                change({
                  casesPerWeekday: draft.casesPerWeekday.map((value, d) =>
                    d === day ? cases : value,
                  ),
                })
              }
            />
          ))}
        </div>
      </fieldset>
      {queue && (
        <QueueHistory id={queue.id} onForecast={(casesPerWeekday) => change({ casesPerWeekday })} />
      )}
      <fieldset>
        <legend>{t('settings.writtenQueue.workingDays')}</legend>
        <div className="checkbox-grid">
          <CheckboxGroup
            options={weekdays.map((label, value) => ({ value, label }))}
            selected={draft.workingDays}
            onChange={(workingDays) => change({ workingDays })}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.writtenQueue.answeredBy')}</legend>
        <p className="muted">{t('settings.writtenQueue.answeredByHelp')}</p>
        <div className="checkbox-grid">
          <CheckboxGroup
            options={(answerGroups.data ?? []).map((group) => ({
              value: group.id,
              label: group.name,
            }))}
            selected={draft.answerGroupIds}
            onChange={(answerGroupIds) => change({ answerGroupIds })}
          />
        </div>
      </fieldset>
      {save.error && (
        <p role="alert" className="error">
          {save.error.message}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" disabled={save.isPending || draft.workingDays.length === 0}>
          {t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * A stored queue's history: import its cases per day (format A, a row per day) and fill the
 * cases per weekday from a forecast that won its backtest on them.
 */
function QueueHistory({
  id,
  onForecast,
}: {
  id: string;
  onForecast: (casesPerWeekday: number[]) => void;
}) {
  const { t, language } = useLanguage();
  const upload = useImportWrittenHistory();
  const forecast = useWrittenForecast();
  const methodName = (method: string) => t(`forecast.methods.${method}`, { defaultValue: method });
  return (
    <fieldset>
      <legend>{t('settings.writtenQueue.history')}</legend>
      <div className="toolbar">
        <label>
          {t('settings.writtenQueue.historyFile')}
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) upload.mutate({ id, file });
            }}
          />
        </label>
        <button
          type="button"
          className="secondary"
          disabled={forecast.isPending}
          onClick={() =>
            forecast.mutate(id, { onSuccess: (result) => onForecast(result.casesPerWeekday) })
          }
        >
          {t('settings.writtenQueue.suggest')}
        </button>
      </div>
      {upload.data && (
        <p role="status">
          {t('settings.writtenQueue.imported', {
            count: upload.data.days,
            from: formatDate(upload.data.from, language),
            to: formatDate(upload.data.to, language),
            changed: upload.data.changedDays,
          })}
        </p>
      )}
      {forecast.data && (
        <p role="status">
          {t('settings.writtenQueue.suggested', {
            week: formatDate(forecast.data.weekStart, language),
            method: methodName(forecast.data.method),
            days: forecast.data.historyDays,
            error:
              forecast.data.dailyWape === null
                ? '–'
                : formatPercent(forecast.data.dailyWape, language),
          })}
        </p>
      )}
      {(upload.error ?? forecast.error) && (
        <p role="alert" className="error">
          {(upload.error ?? forecast.error)?.message}
        </p>
      )}
    </fieldset>
  );
}
