import { useState } from 'react';
import { useAnswerGroups } from '../../../api/get-answer-groups';
import type { Agent } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { NumberField } from '../../../components/NumberField';
import { localDate } from '../../../lib/dates';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useAgents } from '../api/get-agents';
import { useTeams } from '../api/get-teams';
import { useCreateAgent } from '../api/create-agent';
import { useUpdateAgent } from '../api/update-agent';
import { type AgentPreferences, describePreferences } from '../preferences';

/** The `editing` value while a new agent is being entered (agent ids never start with +). */
const NEW_AGENT = '+new';

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
  const creating = editing === NEW_AGENT;
  const weekdays = t('common.weekdaysShort', { returnObjects: true }) as string[];
  const wishWords = {
    dayOff: (days: string) => t('settings.agent.dayOff', { days }),
    early: t('settings.agent.early'),
    late: t('settings.agent.late'),
  };
  return (
    <QueryState
      isLoading={agents.isLoading || teams.isLoading || answerGroups.isLoading}
      error={agents.error ?? teams.error ?? answerGroups.error}
    >
      {(agent || creating) && (
        <AgentForm
          key={agent?.id ?? NEW_AGENT}
          agent={agent}
          onDone={() => setEditing(undefined)}
        />
      )}
      <div className="card">
        <label className="toolbar">
          {t('settings.agent.filter')}
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <span className="muted">{t('settings.agent.count', { count: shown.length })}</span>
          <button type="button" className="secondary" onClick={() => setEditing(NEW_AGENT)}>
            {t('settings.agent.add')}
          </button>
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
                <th scope="col">{t('settings.agent.preferences')}</th>
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
                  <td>{describePreferences(a.preferences, weekdays, wishWords)}</td>
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

/** Contract, team and skills of an agent; without `agent`, a new one with id, name and start. */
function AgentForm({ agent, onDone }: { agent: Agent | undefined; onDone: () => void }) {
  const { t } = useLanguage();
  const teams = useTeams();
  const answerGroups = useAnswerGroups();
  const update = useUpdateAgent();
  const create = useCreateAgent();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [startDate, setStartDate] = useState(() => localDate(new Date()));
  const [teamId, setTeamId] = useState(agent?.teamId ?? '');
  const [hours, setHours] = useState((agent?.contractMinutesPerWeek ?? 2400) / 60);
  const [employmentPercent, setEmploymentPercent] = useState(agent?.employmentPercent ?? 100);
  const [skills, setSkills] = useState(agent?.skills ?? []);
  const [daysOff, setDaysOff] = useState(agent?.preferences?.daysOff ?? []);
  const [shiftTime, setShiftTime] = useState<AgentPreferences['shiftTime'] | ''>(
    agent?.preferences?.shiftTime ?? '',
  );
  const weekdays = t('common.weekdays', { returnObjects: true }) as string[];
  const saving = agent ? update : create;
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        const contract = {
          teamId: teamId || null,
          contractMinutesPerWeek: Math.round(hours * 60),
          employmentPercent,
          skills,
          preferences: {
            daysOff,
            ...(shiftTime ? { shiftTime } : {}),
          },
        };
        if (agent) update.mutate({ id: agent.id, changes: contract }, { onSuccess: onDone });
        else create.mutate({ id, name, startDate, ...contract }, { onSuccess: onDone });
      }}
    >
      <h2>
        {agent ? t('settings.agent.editTitle', { name: agent.name }) : t('settings.agent.add')}
      </h2>
      {!agent && (
        <div className="form-grid">
          <label>
            {t('settings.agent.id')}
            <input
              required
              pattern="[A-Za-z0-9][A-Za-z0-9._\-]{0,63}"
              value={id}
              onChange={(e) => setId(e.target.value)}
            />
          </label>
          <label>
            {t('settings.agent.name')}
            <input required value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('settings.agent.startDate')}
            <input
              type="date"
              required
              value={startDate}
              onChange={(e) => setStartDate(e.target.value)}
            />
          </label>
        </div>
      )}
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
        <NumberField
          label={t('settings.agent.hoursPerWeek')}
          min={0}
          max={168}
          step={0.25}
          value={hours}
          onChange={setHours}
        />
        <NumberField
          label={t('settings.agent.employment')}
          min={0}
          max={100}
          value={employmentPercent}
          onChange={setEmploymentPercent}
        />
      </div>
      <fieldset>
        <legend>{t('settings.agent.skills')}</legend>
        <div className="checkbox-grid">
          <CheckboxGroup
            options={(answerGroups.data ?? []).map((group) => ({
              value: group.id,
              label: group.name,
            }))}
            selected={skills}
            onChange={setSkills}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.agent.preferences')}</legend>
        <div className="checkbox-grid">
          <span>{t('settings.agent.daysOff')}</span>
          <CheckboxGroup
            options={weekdays.map((label, value) => ({ value, label }))}
            selected={daysOff}
            onChange={setDaysOff}
          />
        </div>
        <label>
          {t('settings.agent.shiftTime')}{' '}
          <select
            value={shiftTime}
            onChange={(e) => setShiftTime(e.target.value as AgentPreferences['shiftTime'] | '')}
          >
            <option value="">{t('settings.agent.shiftTimeAny')}</option>
            <option value="early">{t('settings.agent.early')}</option>
            <option value="late">{t('settings.agent.late')}</option>
          </select>
        </label>
      </fieldset>
      {saving.error && (
        <p role="alert" className="error">
          {saving.error.message}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" disabled={saving.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
