import { listClosedDays } from './closed-days';

describe(listClosedDays.name, () => {
  it('should name each day with its weekday and date, in the user’s language', () => {
    const christmas = [
      { date: '2026-12-24', name: 'julafton' },
      { date: '2026-12-25', name: 'juldagen' },
    ];
    expect(listClosedDays(christmas, 'sv')).toBe(
      'tors 24 dec. 2026 (julafton), fre 25 dec. 2026 (juldagen)',
    );
    expect(listClosedDays([], 'sv')).toBe('');
  });
});
