import { useId, useState } from 'react';
import { useHistoryImports } from '../../../api/get-history-imports';
import type { HistoryImport } from '../../../api/types';
import { ImportErrors } from '../../../components/ImportErrors';
import { QueryState } from '../../../components/QueryState';
import { UploadProgress } from '../../../components/UploadProgress';
import { formatBytes, formatDateTime, formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useImportProfiles } from '../api/get-import-profiles';
import { useUploadHistory } from '../api/upload-history';
import {
  type Delimiter,
  detectDelimiter,
  isFormatA,
  previewLines,
  splitCsvLine,
} from '../column-mapping';
import { ColumnMapper } from './ColumnMapper';

interface FilePreview {
  file: File;
  delimiter: Delimiter;
  headers: string[];
  rows: string[][];
}

/** Enough of the file for its header and a few rows, without reading a 50 MB export. */
async function readPreview(file: File): Promise<FilePreview> {
  const lines = previewLines(await file.slice(0, 64 * 1024).text());
  const delimiter = detectDelimiter(lines[0] ?? '');
  return {
    file,
    delimiter,
    headers: splitCsvLine(lines[0] ?? '', delimiter),
    rows: lines.slice(1).map((line) => splitCsvLine(line, delimiter)),
  };
}

type Layout = { kind: 'format-a' } | { kind: 'profile'; profileId: number } | { kind: 'new' };

export function ImportPage() {
  const { t, language } = useLanguage();
  const fileInputId = useId();
  const [preview, setPreview] = useState<FilePreview>();
  const [layout, setLayout] = useState<Layout>({ kind: 'format-a' });
  const [sent, setSent] = useState<number>();
  const profiles = useImportProfiles();
  const imports = useHistoryImports();
  const upload = useUploadHistory();

  const chooseFile = async (file: File | undefined) => {
    upload.reset();
    setSent(undefined);
    if (!file) return setPreview(undefined);
    const next = await readPreview(file);
    setPreview(next);
    if (isFormatA(next.headers)) return setLayout({ kind: 'format-a' });
    // A saved profile whose columns are all in this header is the export it was made for.
    const known = profiles.data?.find((profile) =>
      Object.values(profile.columns).every((column) => !column || next.headers.includes(column)),
    );
    setLayout(known ? { kind: 'profile', profileId: known.id } : { kind: 'new' });
  };

  const startUpload = () => {
    if (!preview || layout.kind === 'new') return;
    setSent(0);
    upload.mutate({
      file: preview.file,
      ...(layout.kind === 'profile' ? { profileId: layout.profileId } : {}),
      onProgress: setSent,
    });
  };

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <div className="card">
        <h2>{t('import.upload')}</h2>
        <p className="muted">{t('import.help')}</p>
        <div className="form-row">
          <label htmlFor={fileInputId}>{t('import.file')}</label>
          <input
            id={fileInputId}
            type="file"
            accept=".csv,.txt,text/csv"
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
        </div>
        {preview && (
          <>
            <p>
              {preview.file.name} ({formatBytes(preview.file.size, language)})
            </p>
            <div className="form-row">
              <label>
                {t('import.layout')}{' '}
                <select
                  value={layout.kind === 'profile' ? String(layout.profileId) : layout.kind}
                  onChange={(event) => {
                    const value = event.target.value;
                    setLayout(
                      value === 'format-a' || value === 'new'
                        ? { kind: value }
                        : { kind: 'profile', profileId: Number(value) },
                    );
                  }}
                >
                  <option value="format-a">{t('import.formatA')}</option>
                  {profiles.data?.map((profile) => (
                    <option key={profile.id} value={profile.id}>
                      {profile.name} ({profile.source})
                    </option>
                  ))}
                  <option value="new">{t('import.newMapping')}</option>
                </select>
              </label>
            </div>
            <PreviewTable headers={preview.headers} rows={preview.rows} />
            {layout.kind === 'new' ? (
              <ColumnMapper
                key={preview.file.name}
                headers={preview.headers}
                sampleRows={preview.rows}
                delimiter={preview.delimiter}
                onSaved={(profileId) => setLayout({ kind: 'profile', profileId })}
              />
            ) : (
              <button type="button" onClick={startUpload} disabled={upload.isPending}>
                {t('import.start')}
              </button>
            )}
          </>
        )}
        {upload.isPending && sent !== undefined && <UploadProgress sent={sent} />}
        {upload.data && (
          <p role="status" className="success">
            {t('import.done', {
              rows: formatNumber(upload.data.rowCount, language),
              inserted: formatNumber(upload.data.inserted, language),
              updated: formatNumber(upload.data.updated, language),
              unchanged: formatNumber(upload.data.unchanged, language),
            })}
          </p>
        )}
        <ImportErrors error={upload.error} />
      </div>
      <div className="card">
        <h2>{t('import.history')}</h2>
        <QueryState isLoading={imports.isLoading} error={imports.error}>
          <ImportLog imports={imports.data ?? []} />
        </QueryState>
      </div>
    </section>
  );
}

function PreviewTable({ headers, rows }: { headers: string[]; rows: string[][] }) {
  const { t } = useLanguage();
  return (
    <div className="scroll-x">
      <table className="data compact">
        <caption>{t('import.preview')}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            // Preview rows have no identity beyond their position in the file.
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed preview, never reordered
            <tr key={rowIndex}>
              {headers.map((header, index) => (
                <td key={header}>{row[index]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ImportLog({ imports }: { imports: HistoryImport[] }) {
  const { t, language } = useLanguage();
  if (imports.length === 0) return <p className="muted">{t('import.noImports')}</p>;
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">{t('import.importedAt')}</th>
          <th scope="col">{t('import.fileName')}</th>
          <th scope="col" className="num">
            {t('import.rows')}
          </th>
          <th scope="col" className="num">
            {t('import.inserted')}
          </th>
          <th scope="col" className="num">
            {t('import.updated')}
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
            <td className="num">{formatNumber(entry.inserted, language)}</td>
            <td className="num">{formatNumber(entry.updated, language)}</td>
            <td className="num">{formatNumber(entry.unchanged, language)}</td>
            <td>
              {entry.firstIntervalStart && entry.lastIntervalStart
                ? `${formatDateTime(entry.firstIntervalStart, language)} – ${formatDateTime(entry.lastIntervalStart, language)}`
                : '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
