import { useId, useState } from 'react';
import type { ForecastVersion } from '../../../api/types';
import { NumberField } from '../../../components/NumberField';
import { useLanguage } from '../../../lib/i18n';
import { useCreateAdjustment } from '../api/create-adjustment';

/**
 * Adjusts a day or a period of one group's forecast by a percentage, with a note saying why
 * (a campaign letter, a closed office). The API keeps the old version and makes a new one.
 */
export function AdjustForecast({
  version,
  answerGroupId,
  onCreated,
}: {
  version: ForecastVersion;
  answerGroupId: string;
  onCreated: (created: ForecastVersion) => void;
}) {
  const { t } = useLanguage();
  const id = useId();
  const [from, setFrom] = useState(version.firstDay);
  const [to, setTo] = useState(version.firstDay);
  const [percent, setPercent] = useState(10);
  const [note, setNote] = useState('');
  const adjust = useCreateAdjustment();

  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        adjust.mutate(
          { forecastVersionId: version.id, adjustment: { answerGroupId, from, to, percent, note } },
          { onSuccess: onCreated },
        );
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
        <NumberField
          label={t('forecast.adjust.percent')}
          required
          min={-100}
          max={1000}
          step={1}
          value={percent}
          onChange={setPercent}
        />
        <label className="grow">
          {t('forecast.adjust.note')}
          <input
            required
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder={t('forecast.adjust.notePlaceholder')}
          />
        </label>
        <button type="submit" disabled={adjust.isPending}>
          {t('forecast.adjust.submit')}
        </button>
      </div>
      {adjust.data && (
        <p role="status" className="success">
          {t('forecast.adjust.done', { id: adjust.data.id })}
        </p>
      )}
      {adjust.error && (
        <p role="alert" className="error">
          {adjust.error.message}
        </p>
      )}
    </form>
  );
}
