import { act, fireEvent, render, screen } from '@testing-library/react';
import { initI18n, setLanguage } from '../../../lib/i18n';
import type { EditCheck } from '../types';
import { EditPanel } from './EditPanel';

const NBSP = '\u00a0';

const check = (change: number, brokenRules: EditCheck['brokenRules']): EditCheck => ({
  valid: brokenRules.length === 0,
  brokenRules,
  rulesBroken: [...new Set(brokenRules.map((rule) => rule.rule))],
  before: { calls: 1000, serviceLevel: 0.8123, intervalsBelowGoal: 3 },
  after: { calls: 1000, serviceLevel: 0.8123 + change, intervalsBelowGoal: 4 },
  serviceLevelChange: change,
  daysBefore: [],
  daysAfter: [],
  writtenQueues: [],
  schedule: {},
});

describe(EditPanel.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => act(() => setLanguage('sv')));

  const renderPanel = (
    result: EditCheck,
    onSave = jest.fn(),
    refused: EditCheck['brokenRules'] = [],
  ) =>
    render(
      <EditPanel
        edits={[
          { type: 'move', agentId: 'a-1', date: '2026-11-23', start: '2026-11-23T10:00:00+01:00' },
        ]}
        result={result}
        checking={false}
        checkError={null}
        agents={[{ id: 'a-1', name: 'Anna Andersson', contractMinutesPerWeek: 2400, skills: [] }]}
        answerGroups={[{ id: 'parkering', name: 'Parkering och trafik' }]}
        writtenQueues={undefined}
        refused={refused}
        saveError={null}
        saving={false}
        onSave={onSave}
        onDiscard={jest.fn()}
      />,
    );

  it('should name each broken rule in Swedish with its agent, and the effect in percentage points', () => {
    renderPanel(
      check(-0.0123, [
        {
          rule: 'latestEnd',
          agentId: 'a-1',
          path: '$.shifts[0]',
          message: 'shift ends after 18:00',
        },
      ]),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Ändringarna bryter 1 regel:');
    expect(alert.textContent).toContain('Senaste slut · Anna Andersson');
    expect(screen.getByText(/^Servicenivå för veckan/).textContent).toBe(
      `Servicenivå för veckan: 81,2${NBSP}% före, 80${NBSP}% efter (−1,2 procentenheter)`,
    );
  });

  it('should word what broke the rule in the chosen language, the API message without a detail', () => {
    const rules: EditCheck['brokenRules'] = [
      {
        rule: 'dailyRest',
        agentId: 'a-1',
        message: '600 min of rest before this shift, at least 660',
        detail: { key: 'dailyRest', values: { rest: 600, min: 660 } },
      },
      { rule: 'latestEnd', agentId: 'a-1', message: 'shift ends after 18:00' },
      {
        rule: 'openingHours',
        agentId: 'a-1',
        message: 'phone for "parkering" while it is closed',
        detail: { key: 'openingHours', values: { group: 'parkering' } },
      },
    ];
    renderPanel(check(0, rules));
    expect(screen.getByRole('alert').textContent).toContain('600 min vila före passet, minst 660');
    expect(screen.getByRole('alert').textContent).toContain('shift ends after 18:00');
    expect(screen.getByRole('alert').textContent).toContain(
      'telefon för "Parkering och trafik" när gruppen är stängd',
    );
    act(() => setLanguage('en'));
    expect(screen.getByRole('alert').textContent).toContain(
      '600 min of rest before the shift, at least 660',
    );
  });

  it('should write a change that rounds away as 0, not −0, and say no rule is broken', () => {
    renderPanel(check(-1e-6, []));
    expect(screen.getByText(/^Servicenivå för veckan/).textContent).toContain('(0 procentenheter)');
    expect(screen.getByText('Ändringarna bryter inga regler.')).toBeTruthy();
  });

  it('should offer to save anyway once the API has refused the save', () => {
    const onSave = jest.fn();
    const rule = { rule: 'dailyRest', agentId: 'a-1', message: 'rest 10 h' };
    renderPanel(check(0.01, [rule]), onSave, [rule]);
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändå' }));
    expect(onSave).toHaveBeenCalledWith(true);
  });
});
