import { useState } from 'react';
import { QueryState } from '../../../components/QueryState';
import { useLanguage } from '../../../lib/i18n';
import { useCreateTeam } from '../api/create-team';
import { useTeams } from '../api/get-teams';

export function TeamsSettings() {
  const { t } = useLanguage();
  const teams = useTeams();
  const create = useCreateTeam();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [managerName, setManagerName] = useState('');
  return (
    <QueryState isLoading={teams.isLoading} error={teams.error}>
      <div className="card">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('settings.team.name')}</th>
              <th scope="col">{t('settings.team.id')}</th>
              <th scope="col">{t('settings.team.manager')}</th>
            </tr>
          </thead>
          <tbody>
            {teams.data?.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name}</th>
                <td>{team.id}</td>
                <td>{team.managerName ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="card toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { id, name, managerName: managerName || null },
            {
              onSuccess: () => {
                setId('');
                setName('');
                setManagerName('');
              },
            },
          );
        }}
      >
        <strong>{t('settings.team.add')}</strong>
        <label>
          {t('settings.team.id')}
          <input
            required
            pattern="[A-Za-z0-9][A-Za-z0-9._\-]{0,63}"
            value={id}
            onChange={(e) => setId(e.target.value)}
          />
        </label>
        <label>
          {t('settings.team.name')}
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('settings.team.manager')}
          <input value={managerName} onChange={(e) => setManagerName(e.target.value)} />
        </label>
        <button type="submit" disabled={create.isPending}>
          {t('common.add')}
        </button>
        {create.error && (
          <p role="alert" className="error">
            {create.error.message}
          </p>
        )}
      </form>
    </QueryState>
  );
}
