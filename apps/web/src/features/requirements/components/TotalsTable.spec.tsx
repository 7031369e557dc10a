import { act, render, screen } from '@testing-library/react';
import { initI18n, setLanguage } from '../../../lib/i18n';
import { TotalsTable } from './TotalsTable';

const NBSP = '\u00a0';

describe(TotalsTable.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => act(() => setLanguage('sv')));

  const baseline = [
    {
      intervalStart: '2026-11-23T08:00:00+01:00',
      calls: 2400,
      ahtSeconds: 180,
      trafficErlangs: 120,
      agents: 1300,
      serviceLevel: 0.8,
      asaSeconds: 10,
      occupancy: 0.9,
      shrinkage: 0.3,
      scheduledAgents: 1857.2,
    },
  ];

  it('should write totals the Swedish way and show the what-if next to the plan', () => {
    render(
      <TotalsTable
        baseline={baseline}
        whatIf={[{ ...baseline[0]!, agents: 1400, scheduledAgents: 2000 }]}
        intervalMinutes={60}
        fteHoursPerWeek={40}
        days={7}
      />,
    );
    expect(screen.getByRole('row', { name: /Agenttimmar i telefon/ }).textContent).toContain(
      `1${NBSP}300 h`,
    );
    expect(screen.getByRole('row', { name: /Agenttimmar att schemalägga/ }).textContent).toContain(
      `1${NBSP}857,2 h`,
    );
    expect(screen.getByRole('columnheader', { name: 'Tänk om' })).toBeTruthy();
    expect(screen.getByRole('row', { name: /Årsarbetare/ }).textContent).toContain('50');
  });

  it('should switch to English formatting', () => {
    act(() => setLanguage('en'));
    render(
      <TotalsTable
        baseline={baseline}
        whatIf={undefined}
        intervalMinutes={60}
        fteHoursPerWeek={40}
        days={7}
      />,
    );
    expect(screen.getByRole('row', { name: /Agent-hours to schedule/ }).textContent).toContain(
      '1,857.2 h',
    );
    expect(screen.queryByRole('columnheader', { name: 'What if' })).toBeNull();
  });
});
