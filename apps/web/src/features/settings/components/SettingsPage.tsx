import { useSearchParams } from 'react-router-dom';
import { useLanguage } from '../../../lib/i18n';
import { AgentsSettings } from './AgentsSettings';
import { AnswerGroupsSettings } from './AnswerGroupsSettings';
import { JobsSettings } from './JobsSettings';
import { ScheduleRulesSettings } from './ScheduleRulesSettings';
import { TeamsSettings } from './TeamsSettings';
import { WrittenQueuesSettings } from './WrittenQueuesSettings';

const TABS = ['answerGroups', 'writtenQueues', 'teams', 'agents', 'rules', 'jobs'] as const;
type Tab = (typeof TABS)[number];

export function SettingsPage() {
  const { t } = useLanguage();
  // The tab is in the address, so a link can open one (`/settings?tab=rules`).
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((name) => name === params.get('tab')) ?? 'answerGroups';
  const setTab = (next: Tab) => setParams({ tab: next }, { replace: true });
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <div role="tablist" className="tabs" aria-label={t('settings.title')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            className={tab === name ? 'active' : undefined}
            onClick={() => setTab(name)}
            onKeyDown={(event) => {
              // Arrow keys move between tabs, as the ARIA tabs pattern expects.
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = TABS[(TABS.indexOf(name) + step + TABS.length) % TABS.length] ?? name;
              setTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {t(`settings.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'answerGroups' && <AnswerGroupsSettings />}
        {tab === 'writtenQueues' && <WrittenQueuesSettings />}
        {tab === 'teams' && <TeamsSettings />}
        {tab === 'agents' && <AgentsSettings />}
        {tab === 'rules' && <ScheduleRulesSettings />}
        {tab === 'jobs' && <JobsSettings />}
      </div>
    </section>
  );
}
