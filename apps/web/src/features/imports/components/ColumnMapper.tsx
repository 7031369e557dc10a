import { useId, useState } from 'react';
import { useLanguage } from '../../../lib/i18n';
import { useCreateImportProfile } from '../api/create-import-profile';
import {
  buildProfile,
  COLUMN_FIELDS,
  DELIMITERS,
  type Delimiter,
  guessColumns,
  guessDecimalComma,
  guessTimestampFormat,
  type ImportColumns,
  type ImportProfileDraft,
  mappingProblems,
} from '../column-mapping';

const SOURCES: ImportProfileDraft['source'][] = [
  'CallGuide',
  'Artvise',
  'Telia ACE',
  'Genesys',
  'Puzzel',
  'other',
];

/**
 * The first import from a new ACD export: which column holds what, saved as an import profile
 * so the next file from the same source imports without questions.
 */
export function ColumnMapper({
  headers,
  sampleRows,
  delimiter: detectedDelimiter,
  onSaved,
}: {
  headers: string[];
  sampleRows: string[][];
  delimiter: Delimiter;
  onSaved: (profileId: number) => void;
}) {
  const { t } = useLanguage();
  const id = useId();
  const [columns, setColumns] = useState<Partial<ImportColumns>>(() => guessColumns(headers));
  const [delimiter, setDelimiter] = useState<Delimiter>(detectedDelimiter);
  const [decimalComma, setDecimalComma] = useState(() => guessDecimalComma(sampleRows));
  const [timestampFormat, setTimestampFormat] = useState(() => {
    const guess = guessColumns(headers);
    const column = guess.intervalStart ?? guess.date;
    const index = column ? headers.indexOf(column) : -1;
    const sample = sampleRows[0];
    if (!sample || index < 0) return 'YYYY-MM-DD HH:mm';
    const value = guess.intervalStart
      ? sample[index]
      : `${sample[index]} ${sample[headers.indexOf(guess.time ?? '')] ?? ''}`;
    return guessTimestampFormat(value ?? '') ?? 'YYYY-MM-DD HH:mm';
  });
  const [name, setName] = useState('');
  const [source, setSource] = useState<ImportProfileDraft['source']>('other');
  const create = useCreateImportProfile();
  const problems = [
    ...(name.trim() ? [] : (['name'] as const)),
    ...mappingProblems(columns, timestampFormat),
  ];

  const save = () => {
    create.mutate(
      buildProfile({
        name: name.trim(),
        source,
        delimiter,
        decimalComma,
        timestampFormat,
        columns,
      }),
      { onSuccess: (profile) => onSaved(profile.id) },
    );
  };

  return (
    <fieldset className="card mapper">
      <legend>{t('import.mapping.title')}</legend>
      <p className="muted">{t('import.mapping.help')}</p>
      <div className="form-grid">
        <label>
          {t('import.mapping.name')}
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="CallGuide kvartsrapport"
          />
        </label>
        <label>
          {t('import.mapping.source')}
          <select
            value={source}
            onChange={(event) => setSource(event.target.value as ImportProfileDraft['source'])}
          >
            {SOURCES.map((option) => (
              <option key={option} value={option}>
                {option === 'other' ? t('import.mapping.otherSource') : option}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('import.mapping.delimiter')}
          <select
            value={delimiter}
            onChange={(event) => setDelimiter(event.target.value as Delimiter)}
          >
            {DELIMITERS.map((option) => (
              <option key={option} value={option}>
                {option === '\t' ? t('import.mapping.tab') : option}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('import.mapping.timestampFormat')}
          <input
            value={timestampFormat}
            onChange={(event) => setTimestampFormat(event.target.value)}
            aria-describedby={`${id}-format-help`}
          />
          <small id={`${id}-format-help`}>{t('import.mapping.timestampHelp')}</small>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={decimalComma}
            onChange={(event) => setDecimalComma(event.target.checked)}
          />
          {t('import.mapping.decimalComma')}
        </label>
      </div>
      <table className="data compact">
        <thead>
          <tr>
            <th scope="col">{t('import.mapping.field')}</th>
            <th scope="col">{t('import.mapping.column')}</th>
          </tr>
        </thead>
        <tbody>
          {COLUMN_FIELDS.map(({ field, required }) => (
            <tr key={field}>
              <th scope="row">
                <label htmlFor={`${id}-${field}`}>
                  {t(`import.fields.${field}`)}
                  {required ? ' *' : ''}
                </label>
              </th>
              <td>
                <select
                  id={`${id}-${field}`}
                  value={columns[field] ?? ''}
                  onChange={(event) =>
                    setColumns((current) => ({
                      ...current,
                      [field]: event.target.value || undefined,
                    }))
                  }
                >
                  <option value="">{t('import.mapping.notInFile')}</option>
                  {headers.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > 0 && (
        <ul className="problems" aria-live="polite">
          {problems.map((problem) => (
            <li key={problem}>{t(`import.mapping.problems.${problem}`)}</li>
          ))}
        </ul>
      )}
      {create.error && (
        <p role="alert" className="error">
          {create.error.message}
        </p>
      )}
      <button type="button" disabled={problems.length > 0 || create.isPending} onClick={save}>
        {t('import.mapping.save')}
      </button>
    </fieldset>
  );
}
