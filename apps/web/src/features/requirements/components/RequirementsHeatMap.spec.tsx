import { fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../../lib/i18n';
import { RequirementsHeatMap } from './RequirementsHeatMap';

// The chart itself draws on a canvas jsdom does not have; this spec is about the field.
jest.mock('../../../components/Chart', () => ({ Chart: () => null }));

describe(RequirementsHeatMap.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });

  it('should take whole staffings from 1 to 10,000 and ignore the rest while typing', () => {
    render(
      <RequirementsHeatMap
        intervals={[
          {
            intervalStart: '2026-11-23T08:00:00+01:00',
            calls: 40,
            agents: 9,
            trafficErlangs: 6,
            ahtSeconds: 135,
          },
        ]}
        intervalMinutes={15}
        targetSeconds={120}
        patienceSeconds={null}
        isWhatIf={false}
      />,
    );
    const field = screen.getByRole('spinbutton');
    const start = (field as HTMLInputElement).value;
    expect(Number(start)).toBeGreaterThanOrEqual(1);
    for (const ignored of ['0', '-3', '12.5', '20000']) {
      fireEvent.change(field, { target: { value: ignored } });
      expect(field).toHaveProperty('value', start);
    }
    fireEvent.change(field, { target: { value: '12' } });
    expect(field).toHaveProperty('value', '12');
  });
});
