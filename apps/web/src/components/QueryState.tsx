import type { ReactNode } from 'react';
import { useLanguage } from '../lib/i18n';

/** Loading and error states shared by every page: a query's data is shown only once it is there. */
export function QueryState({
  isLoading,
  error,
  children,
}: {
  isLoading: boolean;
  error: Error | null;
  children: ReactNode;
}) {
  const { t } = useLanguage();
  if (error)
    return (
      <p role="alert" className="error">
        {t('common.loadFailed')}: {error.message}
      </p>
    );
  if (isLoading)
    return (
      <p className="loading" aria-busy="true">
        {t('common.loading')}
      </p>
    );
  return <>{children}</>;
}
