import { useEffect, useId, useRef } from 'react';
import { QueryState } from '../../../components/QueryState';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import type { AgentDay } from '../../schedules/agent-day';
import { useAgentDay } from '../api/get-agent-day';
import { formatShare } from '../figures';
import type { AgentDayDetail } from '../types';
import { DayTimeline } from './DayTimeline';
import { ExceptionList } from './ExceptionList';

/**
 * An agent's day opened from the table: the schedule against the states on a timeline, and
 * the exceptions where they part. Its heading takes the focus, so a keyboard or screen-reader
 * user lands on what the click opened.
 */
export function AgentDayView({
  agentDay,
  agentName,
  onClose,
}: {
  agentDay: AgentDay;
  agentName: string;
  onClose: () => void;
}) {
  const { t, language } = useLanguage();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const day = useAgentDay(agentDay);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="agent-day" aria-labelledby={id}>
      <div className="toolbar">
        <h2 id={id} ref={heading} tabIndex={-1}>
          {t('adherence.day.title', {
            agent: agentName,
            day: formatDate(agentDay.date, language),
          })}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('adherence.day.close')}
        </button>
      </div>
      <QueryState isLoading={day.isLoading} error={day.error}>
        {day.data && <DayDetail detail={day.data} />}
      </QueryState>
    </section>
  );
}

function DayDetail({ detail }: { detail: AgentDayDetail }) {
  const { t, language } = useLanguage();
  const { figures } = detail;
  return (
    <>
      {detail.absence ? (
        <p className="warning">
          {t('adherence.day.absent', { kind: t(`absences.kinds.${detail.absence}`) })}
        </p>
      ) : (
        <p>
          {t('adherence.day.figures', {
            adherence: formatShare(figures.adherence, language),
            phoneAdherence: formatShare(figures.phoneAdherence, language),
            conformance: formatShare(figures.conformance, language),
          })}
        </p>
      )}
      {(detail.activities.length > 0 || detail.states.length > 0) && (
        <DayTimeline detail={detail} />
      )}
      {!detail.absence && <ExceptionList detail={detail} />}
    </>
  );
}
