import { Link, useLocation, useRouteError } from 'react-router-dom';
import { useLanguage } from '../lib/i18n';

/** An address the app has no page for, inside the app's menu rather than the router's own. */
export function NotFoundPage() {
  const { t } = useLanguage();
  const { pathname } = useLocation();
  return (
    <section className="card" role="alert">
      <h1>{t('pageError.notFoundTitle')}</h1>
      <p>{t('pageError.notFound', { path: pathname })}</p>
      <Link to="/">{t('pageError.toOverview')}</Link>
    </section>
  );
}

/**
 * A page that threw while rendering: the menu stays, so the planner can go on elsewhere, and
 * the message says what broke for the report to whoever runs Bemanna.
 */
export function PageCrashed() {
  const { t } = useLanguage();
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <section className="card" role="alert">
      <h1>{t('pageError.crashedTitle')}</h1>
      <p>{t('pageError.crashed', { message })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('pageError.reload')}
      </button>
    </section>
  );
}
