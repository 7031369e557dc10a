import { useState } from 'react';
import { useAnswerGroups } from '../../../api/get-answer-groups';
import type { Agent } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useAgents } from '../api/get-agents';
import { useTeams } from '../api/get-teams';
import { useUpdateAgent } from '../api/update-agent';

export function AgentsSettings() {
  const { t, language } = useLanguage();
  const agents = useAgents();
  const teams = useTeams();
  const answerGroups = useAnswerGroups();
  const [editing, setEditing] = useState<string>();
  const [filter, setFilter] = useState('');
  const teamName = new Map(teams.data?.map((team) => [team.id, team.name]));
  const groupName = new Map(answerGroups.data?.map((group) => [group.id, group.name]));
  const shown = (agents.data ?? []).filter((agent) =>
    agent.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  const agent = agents.data?.find((a) => a.id === editing);
  return (
    <QueryState
      isLoading={agents.isLoading || teams.isLoading || answerGroups.isLoading}
      error={agents.error ?? teams.error ?? answerGroups.error}
    >
      {agent && <AgentForm key={agent.id} agent={agent} onDone={() => setEditing(undefined)} />}
      <div className="card">
        <label className="toolbar">
          {t('settings.agent.filter')}
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <span className="muted">{t('settings.agent.count', { count: shown.length })}</span>
        </label>
        <div className="scroll-y tall">
          <table className="data compact">
            <thead>
              <tr>
                <th scope="col">{t('settings.agent.name')}</th>
                <th scope="col">{t('settings.agent.team')}</th>
                <th scope="col" className="num">
                  {t('settings.agent.hoursPerWeek')}
                </th>
                <th scope="col" className="num">
                  {t('settings.agent.employment')}
                </th>
                <th scope="col">{t('settings.agent.skills')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.id} className={a.id === editing ? 'selected' : undefined}>
                  <th scope="row">{a.name}</th>
                  <td>{(a.teamId && teamName.get(a.teamId)) ?? '–'}</td>
                  <td className="num">
                    {formatNumber(a.contractMinutesPerWeek / 60, language, 2)}
                  </td>
                  <td className="num">{formatNumber(a.employmentPercent, language)} %</td>
                  <td>{a.skills.map((skill) => groupName.get(skill) ?? skill).join(', ')}</td>
                  <td>
                    <button type="button" className="secondary" onClick={() => setEditing(a.id)}>
                      {t('common.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </QueryState>
  );
}

function AgentForm({ agent, onDone }: { agent: Agent; onDone: () => void }) {
  const { t } = useLanguage();
  const teams = useTeams();
  const answerGroups = useAnswerGroups();
  const update = useUpdateAgent();
  const [teamId, setTeamId] = useState(agent.teamId ?? '');
  const [hours, setHours] = useState(agent.contractMinutesPerWeek / 60);
  const [employmentPercent, setEmploymentPercent] = useState(agent.employmentPercent);
  const [skills, setSkills] = useState(new Set(agent.skills));
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          {
            id: agent.id,
            changes: {
              teamId: teamId || null,
              contractMinutesPerWeek: Math.round(hours * 60),
              employmentPercent,
              skills: [...skills],
            },
          },
          { onSuccess: onDone },
        );
      }}
    >
      <h2>{t('settings.agent.editTitle', { name: agent.name })}</h2>
      <div className="form-grid">
        <label>
          {t('settings.agent.team')}
          <select value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">–</option>
            {teams.data?.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.agent.hoursPerWeek')}
          <input
            type="number"
            min={0}
            max={168}
            step={0.25}
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
          />
        </label>
        <label>
          {t('settings.agent.employment')}
          <input
            type="number"
            min={0}
            max={100}
            value={employmentPercent}
            onChange={(e) => setEmploymentPercent(Number(e.target.value))}
          />
        </label>
      </div>
      <fieldset>
        <legend>{t('settings.agent.skills')}</legend>
        <div className="checkbox-grid">
          {answerGroups.data?.map((group) => (
            <label key={group.id} className="checkbox">
              <input
                type="checkbox"
                checked={skills.has(group.id)}
                onChange={(e) =>
                  setSkills((current) => {
                    const next = new Set(current);
                    if (e.target.checked) next.add(group.id);
                    else next.delete(group.id);
                    return next;
                  })
                }
              />
              {group.name}
            </label>
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
