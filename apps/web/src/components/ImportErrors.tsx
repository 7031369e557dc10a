import { ImportRejectedError } from '../api/upload-file';
import { useLanguage, wordDetail } from '../lib/i18n';

/**
 * Why an upload failed: for a refused file every bad row by line and field, worded in the
 * user's language from the `import.errors` texts (the keys the history and state files share),
 * else the API's message.
 */
export function ImportErrors({ error }: { error: Error | null }) {
  const { t } = useLanguage();
  if (!error) return null;
  if (!(error instanceof ImportRejectedError))
    return (
      <p role="alert" className="error">
        {error.message}
      </p>
    );
  const { rejection } = error;
  return (
    <div role="alert" className="rejection">
      <p className="error">
        {t('import.rejected', { count: rejection.errorCount })} {t('import.nothingStored')}
      </p>
      <table className="data compact">
        <caption>{t('import.errorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('import.line')}
            </th>
            <th scope="col">{t('import.field')}</th>
            <th scope="col">{t('import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {rejection.errors.map((row) => (
            <tr key={`${row.line}-${row.field}-${row.message}`}>
              <td className="num">{row.line ?? t('import.wholeFile')}</td>
              <td>{row.field}</td>
              <td>{wordDetail(t, 'import.errors', row.detail, row.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
