import { formatPercent, formatSignedPoints } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import type { BrokenRule, EditCheck, ScenarioAgent, ScheduleEdit } from '../types';
import { BrokenRuleList } from './BrokenRuleList';
import { WrittenChange } from './WrittenChange';

/**
 * The unsaved edits and what the API's dry run says of them: every rule they break, named with
 * the agent, the week's service level before and after and the written cases it makes late;
 * then save or undo. A save the API
 * refuses (422) lists its rules and offers to save anyway.
 */
export function EditPanel({
  edits,
  result,
  checking,
  checkError,
  agents,
  answerGroups,
  writtenQueues,
  refused,
  saveError,
  saving,
  onSave,
  onDiscard,
}: {
  edits: ScheduleEdit[];
  result: EditCheck | undefined;
  checking: boolean;
  checkError: Error | null;
  agents: ScenarioAgent[];
  answerGroups: { id: string; name: string }[];
  writtenQueues: { id: string; name: string }[] | undefined;
  refused: BrokenRule[];
  saveError: Error | null;
  saving: boolean;
  onSave: (force: boolean) => void;
  onDiscard: () => void;
}) {
  const { t, language } = useLanguage();
  const rules = result?.brokenRules ?? [];
  return (
    <section className="card edit-panel" aria-labelledby="schedule-edits-title" aria-live="polite">
      <div className="toolbar">
        <h2 id="schedule-edits-title">
          {t('schedules.edits.title')}{' '}
          <span className="muted">({t('schedules.edits.count', { count: edits.length })})</span>
        </h2>
        <button type="button" className="secondary" onClick={onDiscard} disabled={saving}>
          {t('schedules.edits.discard')}
        </button>
        {refused.length > 0 ? (
          <button type="button" className="danger" onClick={() => onSave(true)} disabled={saving}>
            {t('schedules.edits.saveAnyway')}
          </button>
        ) : (
          <button type="button" onClick={() => onSave(false)} disabled={saving || checking}>
            {t('schedules.edits.save')}
          </button>
        )}
      </div>
      {checking && (
        <p className="muted" aria-busy="true">
          {t('schedules.edits.checking')}
        </p>
      )}
      {checkError && (
        <p role="alert" className="error">
          {checkError.message}
        </p>
      )}
      {result && (
        <>
          <p className="effect">
            {t('schedules.edits.effect', {
              before: formatPercent(result.before.serviceLevel, language),
              after: formatPercent(result.after.serviceLevel, language),
              change: formatSignedPoints(result.serviceLevelChange, language),
            })}
          </p>
          <WrittenChange changes={result.writtenQueues} writtenQueues={writtenQueues} />
          {rules.length === 0 ? (
            <p className="success">{t('schedules.edits.valid')}</p>
          ) : (
            <div className="broken-rules" role="alert">
              <p className="error">{t('schedules.edits.broken', { count: rules.length })}</p>
              <BrokenRuleList rules={rules} agents={agents} answerGroups={answerGroups} />
            </div>
          )}
        </>
      )}
      {refused.length > 0 && (
        <p role="alert" className="error">
          {t('schedules.edits.refused')}
        </p>
      )}
      {saveError && (
        <p role="alert" className="error">
          {saveError.message}
        </p>
      )}
    </section>
  );
}
