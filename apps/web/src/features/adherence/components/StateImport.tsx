import { useId, useState } from 'react';
import { ImportErrors } from '../../../components/ImportErrors';
import { QueryState } from '../../../components/QueryState';
import { UploadProgress } from '../../../components/UploadProgress';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useStateImports } from '../api/get-state-imports';
import { useUploadStates } from '../api/upload-states';
import type { AgentStateImport } from '../types';

/** Imports the log shows: the latest, enough to see whether yesterday's file came in. */
const LOG_LENGTH = 5;

/**
 * Imports a file of agent states (format B): the file is sent with its progress shown, then
 * what changed, or every bad row by line; the week's figures are counted again after it.
 */
export function StateImport() {
  const { t, language } = useLanguage();
  const id = useId();
  const [file, setFile] = useState<File>();
  const [correction, setCorrection] = useState(false);
  const [sent, setSent] = useState<number>();
  const upload = useUploadStates();
  const imports = useStateImports();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('adherence.import.title')}</h2>
      <p className="muted">{t('adherence.import.help')}</p>
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return;
          setSent(0);
          upload.mutate({ file, correction, onProgress: setSent });
        }}
      >
        <label htmlFor={`${id}-file`}>{t('import.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,text/csv"
          onChange={(event) => {
            upload.reset();
            setFile(event.target.files?.[0]);
          }}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={correction}
            onChange={(event) => setCorrection(event.target.checked)}
          />
          {t('adherence.import.correction')}
        </label>
        <button type="submit" disabled={!file || upload.isPending}>
          {t('import.start')}
        </button>
      </form>
      {upload.isPending && sent !== undefined && <UploadProgress sent={sent} />}
      {upload.data && (
        <p role="status" className="success">
          {t('adherence.import.done', {
            rows: formatNumber(upload.data.rowCount, language),
            changed: formatNumber(upload.data.agentsChanged, language),
            unchanged: formatNumber(upload.data.agentsUnchanged, language),
          })}
        </p>
      )}
      <ImportErrors error={upload.error} />
      <QueryState isLoading={imports.isLoading} error={imports.error}>
        <StateImportLog imports={(imports.data ?? []).slice(0, LOG_LENGTH)} />
      </QueryState>
    </section>
  );
}

function StateImportLog({ imports }: { imports: AgentStateImport[] }) {
  const { t, language } = useLanguage();
  if (imports.length === 0) return <p className="muted">{t('import.noImports')}</p>;
  return (
    <table className="data compact">
      <caption>{t('adherence.import.latest')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.importedAt')}</th>
          <th scope="col">{t('import.fileName')}</th>
          <th scope="col" className="num">
            {t('import.rows')}
          </th>
          <th scope="col" className="num">
            {t('adherence.import.agentsChanged')}
          </th>
          <th scope="col" className="num">
            {t('import.unchanged')}
          </th>
          <th scope="col">{t('import.period')}</th>
        </tr>
      </thead>
      <tbody>
        {imports.map((entry) => (
          <tr key={entry.id}>
            <td>{formatDateTime(entry.createdAt, language)}</td>
            <td>{entry.fileName}</td>
            <td className="num">{formatNumber(entry.rowCount, language)}</td>
            <td className="num">{formatNumber(entry.agentsChanged, language)}</td>
            <td className="num">{formatNumber(entry.agentsUnchanged, language)}</td>
            <td>
              {formatDateTime(entry.coveredFrom, language)} –{' '}
              {formatDateTime(entry.coveredTo, language)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
