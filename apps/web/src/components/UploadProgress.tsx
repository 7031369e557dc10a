import { useLanguage } from '../lib/i18n';
import { ProgressBar } from './ProgressBar';

/**
 * An upload under way: the share of the file sent, then (once all is sent) an indeterminate
 * bar while the server checks and stores it.
 */
export function UploadProgress({ sent }: { sent: number }) {
  const { t } = useLanguage();
  return sent < 1 ? (
    <ProgressBar label={t('import.sending')} value={sent} />
  ) : (
    <ProgressBar label={t('import.processing')} />
  );
}
