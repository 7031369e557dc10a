import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { initI18n, setLanguage } from '../../../lib/i18n';
import { DayHoursInputs } from './DayHoursInputs';

function Monday({ initial }: { initial: [string, string] }) {
  const [hours, setHours] = useState(initial);
  return (
    <form>
      <DayHoursInputs hours={hours} label="Måndag" onChange={setHours} />
    </form>
  );
}

describe(DayHoursInputs.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => act(() => setLanguage('sv')));

  const closes = () => screen.getByLabelText('Måndag stänger') as HTMLInputElement;

  it('should refuse a closing time at or before the opening time, in the user’s language', () => {
    render(<Monday initial={['08:00', '16:30']} />);
    expect(closes().validity.valid).toBe(true);
    fireEvent.change(closes(), { target: { value: '07:30' } });
    expect(closes().validity.customError).toBe(true);
    expect(closes().validationMessage).toBe(
      'Stängningstiden 07:30 måste vara senare än öppningstiden 08:00.',
    );
    expect(closes().closest('form')?.checkValidity()).toBe(false);
    fireEvent.change(closes(), { target: { value: '08:00' } });
    expect(closes().validity.customError).toBe(true);
    fireEvent.change(screen.getByLabelText('Måndag öppnar'), { target: { value: '07:00' } });
    expect(closes().validity.valid).toBe(true);
  });

  it('should leave times not yet written whole to the pattern check', () => {
    render(<Monday initial={['08:00', '7']} />);
    expect(closes().validity.customError).toBe(false);
    expect(closes().validity.patternMismatch).toBe(true);
  });
});
