import { useId, useState } from 'react';
import type { ForecastVersion } from '../../../api/types';
import { NumberField } from '../../../components/NumberField';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useCreateAdjustment } from '../api/create-adjustment';

/** The API's longest version name. */
const MAX_NAME_LENGTH = 200;

/**
 * Adjusts a day or a period of one group's forecast by a percentage, with a note saying why
 * (a campaign letter, a closed office). The API keeps the old version and makes a new one.
 */
export function AdjustForecast({
  version,
  answerGroupId,
  answerGroupName,
  onCreated,
}: {
  version: ForecastVersion;
  answerGroupId: string;
  answerGroupName: string;
  onCreated: (created: ForecastVersion) => void;
}) {
  const { t, language } = useLanguage();
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
        // Named by what changed, note included, in the planner's language, so that versions
        // differ at the start of their names in a list (the API's default name is English,
        // starts with the old version's name and leaves the note out).
        const change = `${percent >= 0 ? '+' : ''}${formatNumber(percent, language, 1)} %`;
        const values = { group: answerGroupName, from, to, change, note: note.trim() };
        const name = t(
          values.note ? 'forecast.adjust.versionNameWithNote' : 'forecast.adjust.versionName',
          { ...values, source: version.id },
        ).slice(0, MAX_NAME_LENGTH);
        adjust.mutate(
          {
            forecastVersionId: version.id,
            adjustment: { answerGroupId, from, to, percent, note, name },
          },
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
