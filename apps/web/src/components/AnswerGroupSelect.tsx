import type { AnswerGroup } from '../api/types';
import { useLanguage } from '../lib/i18n';

/** The labelled answer-group (svarsgrupp) picker the planning pages share. */
export function AnswerGroupSelect({
  answerGroups,
  value,
  onChange,
}: {
  answerGroups: AnswerGroup[] | undefined;
  value: string | undefined;
  onChange: (answerGroupId: string) => void;
}) {
  const { t } = useLanguage();
  return (
    <label>
      {t('common.answerGroup')}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {answerGroups?.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
    </label>
  );
}
