import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../../lib/i18n';
import { ColumnMapper } from './ColumnMapper';

describe(ColumnMapper.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });

  const renderMapper = () =>
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ColumnMapper
          headers={['Datum', 'Tid', 'Kö', 'Inkommande', 'Snitt hanteringstid']}
          sampleRows={[['2026-11-23', '08:15', 'Bygglov', '12', '245,5']]}
          delimiter=";"
          onSaved={() => {}}
        />
      </QueryClientProvider>,
    );

  it('should preselect the guessed columns, format and decimal comma', () => {
    renderMapper();
    expect(screen.getByLabelText('Datum')).toHaveProperty('value', 'Datum');
    expect(screen.getByLabelText('Svarsgrupp (kö) *')).toHaveProperty('value', 'Kö');
    expect(screen.getByLabelText('Inkommande samtal *')).toHaveProperty('value', 'Inkommande');
    expect(screen.getByLabelText(/^Tidsformat/)).toHaveProperty('value', 'YYYY-MM-DD HH:mm');
    expect(screen.getByLabelText('Decimalkomma (12,5)')).toHaveProperty('checked', true);
  });

  it('should keep saving disabled, saying why, until the mapping is complete', () => {
    renderMapper();
    const save = screen.getByRole('button', { name: 'Spara kopplingen' });
    expect(save).toHaveProperty('disabled', true);
    expect(screen.getByText('Ge kopplingen ett namn.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Namn på kopplingen'), {
      target: { value: 'CallGuide' },
    });
    expect(save).toHaveProperty('disabled', false);
    fireEvent.change(screen.getByLabelText('Inkommande samtal *'), { target: { value: '' } });
    expect(save).toHaveProperty('disabled', true);
    expect(screen.getByText('Välj kolumnen med inkommande samtal.')).toBeTruthy();
  });
});
