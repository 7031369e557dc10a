import { useId, useState } from 'react';
import type { AnswerGroup } from '../../../api/types';
import { NumberField } from '../../../components/NumberField';
import { useLanguage } from '../../../lib/i18n';
import { useUpdateAnswerGroup } from '../api/update-answer-group';
import { DayHoursInputs } from './DayHoursInputs';
import { SpecialDaysEditor, withKeys } from './SpecialDaysEditor';

type DayHours = AnswerGroup['openingHours'][number];

/** Goal, AHT, opening hours, special days and shrinkage of one answer group. */
export function AnswerGroupForm({ group, onDone }: { group: AnswerGroup; onDone: () => void }) {
  const { t } = useLanguage();
  const id = useId();
  const weekdays = t('common.weekdays', { returnObjects: true }) as string[];
  const months = t('common.months', { returnObjects: true }) as string[];
  const [name, setName] = useState(group.name);
  const [goalPercent, setGoalPercent] = useState(Math.round(group.serviceLevelGoal * 100));
  const [targetSeconds, setTargetSeconds] = useState(group.targetSeconds);
  const [ahtSeconds, setAhtSeconds] = useState(group.ahtSeconds);
  const [patience, setPatience] = useState<number | ''>(group.patienceSeconds ?? '');
  const [openingHours, setOpeningHours] = useState<DayHours[]>(group.openingHours);
  const [specialDays, setSpecialDays] = useState(() => withKeys(group.specialDays));
  const [shrinkage, setShrinkage] = useState(
    group.shrinkageByMonth.map((s) => Math.round(s * 100)),
  );
  const update = useUpdateAnswerGroup();

  const setDay = (index: number, value: DayHours) =>
    setOpeningHours((days) => days.map((day, i) => (i === index ? value : day)));

  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          {
            id: group.id,
            changes: {
              name,
              serviceLevelGoal: goalPercent / 100,
              targetSeconds,
              ahtSeconds,
              patienceSeconds: patience === '' ? null : Number(patience),
              openingHours,
              specialDays: specialDays.map((row) => row.day),
            },
            shrinkageByMonth: shrinkage.map((percent) => percent / 100),
          },
          { onSuccess: onDone },
        );
      }}
    >
      <h2 id={`${id}-title`}>{t('settings.group.editTitle', { name: group.name })}</h2>
      <div className="form-grid">
        <label>
          {t('settings.group.name')}
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <NumberField
          label={t('settings.group.goalPercent')}
          min={1}
          max={100}
          required
          value={goalPercent}
          onChange={setGoalPercent}
        />
        <NumberField
          label={t('settings.group.targetSeconds')}
          min={0}
          required
          value={targetSeconds}
          onChange={setTargetSeconds}
        />
        <NumberField
          label={t('settings.group.ahtSeconds')}
          min={1}
          required
          value={ahtSeconds}
          onChange={setAhtSeconds}
        />
        <NumberField
          label={t('settings.group.patienceSeconds')}
          min={1}
          value={patience}
          onChange={setPatience}
          onClear={() => setPatience('')}
          help={t('settings.group.patienceHelp')}
        />
      </div>
      <fieldset>
        <legend>{t('settings.group.openingHours')}</legend>
        <div className="hours-grid">
          {openingHours.map((day, index) => (
            <div key={weekdays[index]} className="hours-row">
              <span>{weekdays[index]}</span>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={day === null}
                  onChange={(e) => setDay(index, e.target.checked ? null : ['08:00', '16:30'])}
                />
                {t('settings.group.closed')}
              </label>
              {day && (
                <DayHoursInputs
                  hours={[day[0] ?? '', day[1] ?? '']}
                  label={weekdays[index] ?? ''}
                  onChange={(hours) => setDay(index, hours)}
                />
              )}
            </div>
          ))}
        </div>
      </fieldset>
      <SpecialDaysEditor rows={specialDays} onChange={setSpecialDays} />
      <fieldset>
        <legend>{t('settings.group.shrinkageByMonth')}</legend>
        <div className="months-grid">
          {shrinkage.map((percent, index) => (
            <NumberField
              key={months[index]}
              label={months[index]}
              min={0}
              max={99}
              value={percent}
              onChange={(value) =>
                setShrinkage((all) => all.map((p, i) => (i === index ? value : p)))
              }
            />
          ))}
        </div>
      </fieldset>
      {update.error && (
        <p role="alert" className="error">
          {update.error.message}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" disabled={update.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
