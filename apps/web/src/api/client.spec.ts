import { act } from '@testing-library/react';
import { initI18n, setLanguage } from '../lib/i18n';
import { ApiError } from './client';

describe(ApiError.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => act(() => setLanguage('sv')));

  const uncovered = {
    statusCode: 400,
    message: 'Forecast version 3 (2026-11-23 to 2026-12-20) has no calls in the week of 2027-01-04',
    detail: {
      key: 'forecastMissesWeek',
      values: { version: 3, firstDay: '2026-11-23', lastDay: '2026-12-20', week: '2027-01-04' },
    },
  };

  it('should word a reason the app knows in the user’s language', () => {
    expect(new ApiError(400, uncovered).message).toBe(
      'Prognos #3 (2026-11-23 – 2026-12-20) har inga samtal veckan 2027-01-04. Välj en prognos som täcker veckan.',
    );
    act(() => setLanguage('en'));
    expect(new ApiError(400, uncovered).message).toMatch(/^Forecast #3 .* Choose a forecast/);
  });

  it('should keep the API’s message for a reason it does not know, and the status without one', () => {
    const unknown = { ...uncovered, detail: { key: 'somethingNew', values: {} } };
    expect(new ApiError(400, unknown).message).toBe(uncovered.message);
    expect(new ApiError(502, null).message).toBe('HTTP 502');
  });

  it('should frame the fields a validation refused in the user’s language, with their messages', () => {
    const refused = {
      statusCode: 400,
      message: 'Validation failed',
      errors: [
        { field: 'openingHours', messages: ['openingHours must be seven entries'] },
        { field: 'ahtSeconds', messages: ['ahtSeconds must not be less than 1'] },
      ],
    };
    expect(new ApiError(400, refused).message).toBe(
      'Uppgifterna godtogs inte: openingHours must be seven entries; ahtSeconds must not be less than 1',
    );
  });
});
