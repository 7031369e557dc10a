import { useState } from 'react';
import { useLanguage } from '../../../lib/i18n';
import { useCreateScenario } from '../api/create-scenario';
import { useUpdateScenario } from '../api/update-scenario';
import type { CapacityScenario, SavedScenario } from '../types';

/** The API's longest name and note. */
const MAX_NAME_LENGTH = 120;
const MAX_NOTE_LENGTH = 2000;

/**
 * Saves the form's scenario under a name: as a new one, or over the saved scenario loaded into
 * the form. A name another scenario has is refused (409) and said so.
 */
export function SaveScenario({
  scenario,
  loaded,
  onSaved,
}: {
  scenario: CapacityScenario;
  loaded: SavedScenario | undefined;
  onSaved: (saved: SavedScenario) => void;
}) {
  const { t } = useLanguage();
  const create = useCreateScenario();
  const update = useUpdateScenario();
  // Which of the two the last save was, for its outcome.
  const [updating, setUpdating] = useState(false);
  const save = updating ? update : create;
  const busy = create.isPending || update.isPending;
  const [name, setName] = useState(loaded?.name ?? '');
  const [note, setNote] = useState(loaded?.note ?? '');
  // Another scenario loaded (or the form reset) starts the name and note over.
  const [shownFor, setShownFor] = useState(loaded);
  if (loaded !== shownFor) {
    setShownFor(loaded);
    setName(loaded?.name ?? '');
    setNote(loaded?.note ?? '');
    if (loaded?.id !== save.data?.id) {
      create.reset();
      update.reset();
    }
  }
  return (
    <form
      className="save-scenario"
      onSubmit={(event) => {
        event.preventDefault();
        const toSave = { name: name.trim(), note: note.trim() || null, scenario };
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const over = submitter?.getAttribute('name') === 'update' ? loaded : undefined;
        setUpdating(over !== undefined);
        if (over) update.mutate({ id: over.id, scenario: toSave }, { onSuccess: onSaved });
        else create.mutate(toSave, { onSuccess: onSaved });
      }}
    >
      <label>
        {t('finance.scenarios.name')}
        <input
          required
          maxLength={MAX_NAME_LENGTH}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label>
        {t('finance.scenarios.note')}
        <textarea
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          value={note}
          placeholder={t('finance.scenarios.notePlaceholder')}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <div className="row-actions">
        {loaded && (
          <button type="submit" name="update" disabled={busy}>
            {t('finance.scenarios.saveChanges')}
          </button>
        )}
        <button type="submit" className={loaded ? 'secondary' : undefined} disabled={busy}>
          {t('finance.scenarios.saveNew')}
        </button>
      </div>
      {save.data && (
        <p role="status" className="success">
          {t('finance.scenarios.saved', { name: save.data.name })}
        </p>
      )}
      {save.error && (
        <p role="alert" className="error">
          {save.error.message}
        </p>
      )}
    </form>
  );
}
