import { type ReactNode, useMemo } from 'react';
import { Legend } from '../../../components/Legend';
import { timeOfInterval } from '../../../lib/dates';
import { useLanguage } from '../../../lib/i18n';
import { ACTIVITY_TYPES } from '../../schedules/timeline';
import {
  AGENT_STATES,
  dayTimeline,
  type LaneBar,
  scheduledColour,
  stateColour,
} from '../day-timeline';
import { activityWords, stateWords } from '../state-words';
import type { AgentDayDetail } from '../types';

const placed = ({ left, width }: { left: number; width: number }) => ({
  left: `${left}%`,
  width: `${width}%`,
});

const span = (item: { start: string; end: string }) =>
  `${timeOfInterval(item.start)}–${timeOfInterval(item.end)}`;

/**
 * The day as two lanes over the same hours: Schema, the scheduled activities in the schedule
 * page's colours, and Faktiskt, the states in the colours of the activities they keep to, the
 * exceptions marked in red under them and time not imported yet hatched.
 */
export function DayTimeline({ detail }: { detail: AgentDayDetail }) {
  const { t } = useLanguage();
  const lanes = useMemo(() => dayTimeline(detail), [detail]);
  return (
    <figure className="day-timeline" aria-label={t('adherence.day.label')}>
      <div className="day-axis" aria-hidden="true">
        {lanes.ticks.map((tick) => (
          <span key={tick.left} style={{ left: `${tick.left}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      <Lane name={t('adherence.day.scheduled')}>
        {lanes.scheduled.map((bar) => (
          <Bar
            key={bar.item.start}
            bar={bar}
            colour={scheduledColour(bar.item.type)}
            text={`${activityWords(t, bar.item.type)} ${span(bar.item)}`}
          />
        ))}
      </Lane>
      <Lane name={t('adherence.day.actual')}>
        {lanes.actual.map((bar) => (
          <Bar
            key={bar.item.start}
            bar={bar}
            colour={stateColour(bar.item.state, bar.item.reason)}
            text={`${stateWords(t, bar.item.state, bar.item.reason)} ${span(bar.item)}`}
          />
        ))}
        {lanes.exceptions.map((bar) => (
          <span key={bar.item.start} className="exception-mark" style={placed(bar)} />
        ))}
        {lanes.notImportedFrom !== null && (
          <span
            className="not-imported"
            style={{ left: `${lanes.notImportedFrom}%`, right: 0 }}
            title={t('adherence.day.notImported')}
          />
        )}
      </Lane>
      <DayLegend />
    </figure>
  );
}

function Lane({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="lane">
      <span className="lane-name">{name}</span>
      <div className="lane-track">{children}</div>
    </div>
  );
}

function Bar({ bar, colour, text }: { bar: LaneBar<unknown>; colour: string; text: string }) {
  return (
    <span className="lane-bar" style={{ ...placed(bar), background: colour }} title={text}>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

function DayLegend() {
  const { t } = useLanguage();
  return (
    <div className="day-legends">
      <Legend
        label={`${t('adherence.day.legend')}: ${t('adherence.day.scheduled')}`}
        items={ACTIVITY_TYPES.map((type) => ({
          key: type,
          label: activityWords(t, type),
          colour: scheduledColour(type),
        }))}
      />
      <Legend
        label={`${t('adherence.day.legend')}: ${t('adherence.day.actual')}`}
        items={AGENT_STATES.map((state) => ({
          key: state,
          label: t(`adherence.states.${state}`),
          colour: stateColour(state, null),
        }))}
      >
        <li>
          <span className="swatch exception-swatch" aria-hidden="true" />
          {t('adherence.day.exception')}
        </li>
        <li>
          <span className="swatch not-imported-swatch" aria-hidden="true" />
          {t('adherence.day.notImported')}
        </li>
      </Legend>
    </div>
  );
}
