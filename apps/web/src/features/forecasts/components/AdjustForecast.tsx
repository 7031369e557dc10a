import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { forecastIntervalsQueryOptions } from '../../../api/get-forecast-intervals';
import type { ForecastVersion } from '../../../api/types';
import { ProgressBar } from '../../../components/ProgressBar';
import { useLanguage } from '../../../lib/i18n';
import { useImportForecast } from '../api/import-forecast';
import { adjustedForecastCsv } from '../forecast-series';

/**
 * Adjusts a day or a period of one group's forecast by a percentage, with a note saying why
 * (a campaign letter, a closed office). Saved as a new version named after the note.
 */
export function AdjustForecast({
  version,
  answerGroupId,
  answerGroupIds,
  onCreated,
}: {
  version: ForecastVersion;
  answerGroupId: string;
  answerGroupIds: string[];
  onCreated: (created: ForecastVersion) => void;
}) {
  const { t } = useLanguage();
  const id = useId();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState(version.firstDay);
  const [to, setTo] = useState(version.firstDay);
  const [percent, setPercent] = useState(10);
  const [note, setNote] = useState('');
  const [preparing, setPreparing] = useState(false);
  const [failure, setFailure] = useState<string>();
  const save = useImportForecast();

  const submit = async () => {
    setFailure(undefined);
    setPreparing(true);
    try {
      // The new version must hold every group, so read them all (cached ones come for free).
      const intervalsByGroup = new Map(
        await Promise.all(
          answerGroupIds.map(
            async (groupId) =>
              [
                groupId,
                await queryClient.fetchQuery(
                  forecastIntervalsQueryOptions({
                    forecastVersionId: version.id,
                    answerGroupId: groupId,
                    from: version.firstDay,
                    to: version.lastDay,
                  }),
                ),
              ] as const,
          ),
        ),
      );
      const csv = adjustedForecastCsv(intervalsByGroup, {
        answerGroupId,
        from,
        to,
        factor: 1 + percent / 100,
        note,
      });
      const sign = percent >= 0 ? '+' : '';
      const name = `${version.name}; ${answerGroupId} ${from}–${to} ${sign}${percent} %: ${note}`;
      save.mutate(
        { csv, name: name.slice(0, 200), method: 'manual-adjustment' },
        { onSuccess: onCreated },
      );
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setPreparing(false);
    }
  };

  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-title`}>{t('forecast.adjust.title')}</h2>
      <p className="muted">{t('forecast.adjust.help')}</p>
      <div className="toolbar">
        <label>
          {t('forecast.adjust.from')}
          <input
            type="date"
            required
            min={version.firstDay}
            max={version.lastDay}
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
        </label>
        <label>
          {t('forecast.adjust.to')}
          <input
            type="date"
            required
            min={from}
            max={version.lastDay}
            value={to}
            onChange={(event) => setTo(event.target.value)}
          />
        </label>
        <label>
          {t('forecast.adjust.percent')}
          <input
            type="number"
            required
            min={-100}
            max={500}
            step={1}
            value={percent}
            onChange={(event) => setPercent(Number(event.target.value))}
          />
        </label>
        <label className="grow">
          {t('forecast.adjust.note')}
          <input
            required
            maxLength={120}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder={t('forecast.adjust.notePlaceholder')}
          />
        </label>
        <button type="submit" disabled={preparing || save.isPending}>
          {t('forecast.adjust.submit')}
        </button>
      </div>
      {(preparing || save.isPending) && <ProgressBar label={t('forecast.adjust.saving')} />}
      {save.data && (
        <p role="status" className="success">
          {t('forecast.adjust.done', { id: save.data.id })}
        </p>
      )}
      {(failure ?? save.error) && (
        <p role="alert" className="error">
          {failure ?? save.error?.message}
        </p>
      )}
    </form>
  );
}
