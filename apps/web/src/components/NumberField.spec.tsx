import { fireEvent, render, screen } from '@testing-library/react';
import { NumberField } from './NumberField';

describe(NumberField.name, () => {
  it('should report typed numbers the form accepts and ignore the rest', () => {
    const changes: number[] = [];
    render(
      <NumberField
        label="Servicenivåmål (%)"
        min={1}
        max={99.9}
        value={80}
        accepts={(value) => value > 0 && value < 100}
        onChange={(value) => changes.push(value)}
      />,
    );
    const input = screen.getByLabelText('Servicenivåmål (%)');
    expect(input).toHaveProperty('value', '80');
    fireEvent.change(input, { target: { value: '85' } });
    fireEvent.change(input, { target: { value: '120' } });
    expect(changes).toEqual([85]);
  });

  it('should report an optional field emptied as cleared, not as zero', () => {
    const changes: number[] = [];
    let cleared = 0;
    render(
      <NumberField
        label="Tålamod (s)"
        value={90}
        onChange={(value) => changes.push(value)}
        onClear={() => cleared++}
        help="Tomt: utan avhopp"
      />,
    );
    fireEvent.change(screen.getByLabelText(/Tålamod/), { target: { value: '' } });
    expect(cleared).toBe(1);
    expect(changes).toEqual([]);
    expect(screen.getByText('Tomt: utan avhopp')).toBeTruthy();
  });
});
