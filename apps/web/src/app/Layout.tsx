import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { setLanguage, useLanguage } from '../lib/i18n';

const PAGES = [
  { path: '/', key: 'nav.overview' },
  { path: '/import', key: 'nav.import' },
  { path: '/forecast', key: 'nav.forecast' },
  { path: '/requirements', key: 'nav.requirements' },
  { path: '/schedule', key: 'nav.schedule' },
  { path: '/absences', key: 'nav.absences' },
  { path: '/adherence', key: 'nav.adherence' },
  { path: '/finance', key: 'nav.finance' },
  { path: '/settings', key: 'nav.settings' },
] as const;

export function Layout() {
  const { t, language } = useLanguage();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  // After moving to another page, keyboard and screen-reader users start at its content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the page change is the trigger
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <span className="brand">Bemanna</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {PAGES.map((page) => (
              <li key={page.path}>
                <NavLink to={page.path} end={page.path === '/'}>
                  {t(page.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <label className="language">
          <span>{t('nav.language')}</span>
          <select
            value={language}
            onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'sv')}
          >
            <option value="sv">Svenska</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
    </div>
  );
}
