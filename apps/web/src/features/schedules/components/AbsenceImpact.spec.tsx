import { act, fireEvent, render, screen } from '@testing-library/react';
import { initI18n, setLanguage } from '../../../lib/i18n';
import type { AbsenceImpact as Impact } from '../types';
import { AbsenceImpact } from './AbsenceImpact';

const NBSP = '\u00a0';

const day = (date: string, serviceLevel: number) => ({
  date,
  calls: 100,
  serviceLevel,
  intervalsBelowGoal: 0,
});

const impact: Impact = {
  absences: [
    {
      id: 3,
      agentId: 'a-2',
      agentName: 'Bo Berg',
      teamId: 't-n',
      kind: 'sick',
      fromDate: '2026-11-23',
      toDate: '2026-11-24',
      note: null,
      createdAt: '2026-11-23T07:10:00.000Z',
      lostShifts: [
        {
          date: '2026-11-23',
          start: '2026-11-23T08:00:00+01:00',
          end: '2026-11-23T16:30:00+01:00',
        },
        {
          date: '2026-11-24',
          start: '2026-11-24T08:00:00+01:00',
          end: '2026-11-24T16:30:00+01:00',
        },
      ],
    },
  ],
  before: { calls: 200, serviceLevel: 0.912, intervalsBelowGoal: 2 },
  after: { calls: 200, serviceLevel: 0.847, intervalsBelowGoal: 9 },
  serviceLevelChange: -0.065,
  daysBefore: [day('2026-11-23', 0.9)],
  daysAfter: [day('2026-11-23', 0.8)],
  writtenQueues: [
    {
      writtenQueue: 'epost',
      casesDue: 120,
      answeredInTimeBefore: 120,
      answeredInTimeAfter: 96,
      shareInTimeBefore: 1,
      shareInTimeAfter: 0.8,
    },
    // Unchanged: no line.
    {
      writtenQueue: 'aldre',
      casesDue: 40,
      answeredInTimeBefore: 40,
      answeredInTimeAfter: 40,
      shareInTimeBefore: 1,
      shareInTimeAfter: 1,
    },
  ],
};

const QUEUES = [
  { id: 'epost', name: 'E-post' },
  { id: 'aldre', name: 'Äldreomsorg' },
];

describe(AbsenceImpact.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => act(() => setLanguage('sv')));

  it('should say how many shifts absences take and the week’s service level without them', () => {
    const onSave = jest.fn();
    render(
      <AbsenceImpact
        impact={impact}
        writtenQueues={QUEUES}
        onSave={onSave}
        saving={false}
        saveError={null}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Frånvaro efter att schemat lades' })).toBeTruthy();
    expect(
      screen.getByText(
        '2 pass faller bort. Förväntad servicenivå för veckan: 91,2 % enligt schemat, 84,7 % med frånvaron.',
        { normalizer: (text) => text.replace(/\s+/g, ' ') },
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('Bo Berg, Sjuk, mån 23 nov. 2026 – tis 24 nov. 2026: 2 pass'),
    ).toBeTruthy();
    // The e-mail the sick agents would have answered is late; the elder-care inbox is not.
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain(
      `E-post: 100${NBSP}% → 80${NBSP}% av ärendena besvaras i tid (24 färre)`,
    );
    expect(screen.queryByText(/^Äldreomsorg/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Spara veckan utan de frånvarandes pass' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    act(() => setLanguage('en'));
    expect(screen.getByText(/^2 shifts are lost\./)).toBeTruthy();
  });

  it('should show nothing when no absence takes a shift', () => {
    const { container } = render(
      <AbsenceImpact
        impact={{ ...impact, absences: [] }}
        writtenQueues={QUEUES}
        onSave={() => {}}
        saving={false}
        saveError={null}
      />,
    );
    expect(container.innerHTML).toBe('');
  });
});
