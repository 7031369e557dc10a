import { evaluateSchedule, type Schedule, syntheticScenario } from '@bemanna/schedule';
import { applyEdits, EditError } from './schedule-edits';

/** Only `add` reads more of the scenario than its time zone: agents a1-a8, groups g1 and g2. */
const SCENARIO = syntheticScenario({
  weekStart: '2025-11-17',
  agents: 8,
  answerGroups: 2,
  load: 0.8,
});
const at = (time: string) => `2025-11-17T${time}:00+01:00`;
const tuesday = (time: string) => `2025-11-18T${time}:00+01:00`;

function schedule(): Schedule {
  return {
    shifts: [
      {
        agentId: 'a-1',
        start: at('08:00'),
        end: at('12:00'),
        activities: [
          { type: 'phone', start: at('08:00'), end: at('10:00'), answerGroup: 'bygglov' },
          { type: 'break', start: at('10:00'), end: at('10:15') },
          { type: 'phone', start: at('10:15'), end: at('12:00'), answerGroup: 'bygglov' },
        ],
      },
    ],
  };
}

describe(applyEdits.name, () => {
  it('should move a shift with its activities and leave the original alone', () => {
    const original = schedule();
    const [shift] = applyEdits(SCENARIO, original, [
      { type: 'move', agentId: 'a-1', date: '2025-11-17', start: at('09:00') },
    ]).shifts;
    expect(shift?.start).toBe(at('09:00'));
    expect(shift?.end).toBe(at('13:00'));
    expect(shift?.activities[1]).toEqual({ type: 'break', start: at('11:00'), end: at('11:15') });
    expect(original.shifts[0]?.start).toBe(at('08:00'));
  });

  it('should resize by stretching the last activity and dropping those left outside', () => {
    const [longer] = applyEdits(SCENARIO, schedule(), [
      { type: 'resize', agentId: 'a-1', date: '2025-11-17', end: at('13:00') },
    ]).shifts;
    expect(longer?.activities[2]?.end).toBe(at('13:00'));
    const [shorter] = applyEdits(SCENARIO, schedule(), [
      { type: 'resize', agentId: 'a-1', date: '2025-11-17', end: at('10:00') },
    ]).shifts;
    expect(shorter?.activities).toEqual([
      { type: 'phone', start: at('08:00'), end: at('10:00'), answerGroup: 'bygglov' },
    ]);
  });

  it('should swap a shift to another agent', () => {
    const [shift] = applyEdits(SCENARIO, schedule(), [
      { type: 'swap', agentId: 'a-1', date: '2025-11-17', otherAgentId: 'a-2' },
    ]).shifts;
    expect(shift?.agentId).toBe('a-2');
  });

  it('should carve a changed activity out of what was there', () => {
    const [shift] = applyEdits(SCENARIO, schedule(), [
      {
        type: 'changeActivity',
        agentId: 'a-1',
        date: '2025-11-17',
        start: at('09:00'),
        end: at('09:30'),
        activity: 'training',
      },
    ]).shifts;
    expect(
      shift?.activities.map((a) => [a.type, a.start.slice(11, 16), a.end.slice(11, 16)]),
    ).toEqual([
      ['phone', '08:00', '09:00'],
      ['training', '09:00', '09:30'],
      ['phone', '09:30', '10:00'],
      ['break', '10:00', '10:15'],
      ['phone', '10:15', '12:00'],
    ]);
  });

  it('should remove a shift', () => {
    expect(
      applyEdits(SCENARIO, schedule(), [{ type: 'remove', agentId: 'a-1', date: '2025-11-17' }])
        .shifts,
    ).toEqual([]);
  });

  it('should add a shift laid out by the rules where the agent has none', () => {
    const edited = applyEdits(SCENARIO, schedule(), [
      {
        type: 'add',
        agentId: 'a1',
        date: '2025-11-18',
        start: tuesday('08:00'),
        end: tuesday('16:30'),
      },
    ]);
    expect(edited.shifts).toHaveLength(2);
    const added = edited.shifts[1]!;
    expect(added).toMatchObject({ agentId: 'a1', start: tuesday('08:00'), end: tuesday('16:30') });
    expect(added.activities.map((a) => a.type).sort()).toEqual(
      expect.arrayContaining(['break', 'break', 'lunch', 'phone']),
    );
    const rulesOfShift = evaluateSchedule(SCENARIO, { shifts: [added] }).brokenRules.filter(
      (broken) => broken.path?.startsWith('$.shifts[0]'),
    );
    expect(rulesOfShift).toEqual([]);
  });

  it('should mark an added shift as overtime when asked, and only then', () => {
    const add = (overtime?: boolean) =>
      applyEdits(SCENARIO, { shifts: [] }, [
        {
          type: 'add',
          agentId: 'a1',
          date: '2025-11-18',
          start: tuesday('08:00'),
          end: tuesday('16:30'),
          ...(overtime === undefined ? {} : { overtime }),
        },
      ]).shifts[0];
    expect(add(true)?.overtime).toBe(true);
    expect(add(false)).not.toHaveProperty('overtime');
    expect(add()).not.toHaveProperty('overtime');
  });

  it('should refuse to add a shift on a day the agent works, or starting on another day', () => {
    const add = (date: string, start: string, end: string) =>
      applyEdits(SCENARIO, { shifts: [] }, [
        { type: 'add', agentId: 'a1', date, start, end },
        { type: 'add', agentId: 'a1', date, start, end },
      ]);
    expect(() => add('2025-11-18', tuesday('08:00'), tuesday('16:00'))).toThrow(
      expect.objectContaining({ index: 1, field: 'date' }),
    );
    expect(() => add('2025-11-17', tuesday('08:00'), tuesday('16:00'))).toThrow(
      expect.objectContaining({ index: 0, field: 'start' }),
    );
    expect(() => add('2025-11-18', tuesday('08:10'), tuesday('16:00'))).toThrow(
      expect.objectContaining({ index: 0, field: 'start', message: expect.stringMatching(/grid/) }),
    );
  });

  it('should name the edit and field when there is no such shift or the times fall outside it', () => {
    expect(() =>
      applyEdits(SCENARIO, schedule(), [{ type: 'remove', agentId: 'a-1', date: '2025-11-18' }]),
    ).toThrow(expect.objectContaining({ name: EditError.name, index: 0, field: 'date' }));
    expect(() =>
      applyEdits(SCENARIO, schedule(), [
        { type: 'move', agentId: 'a-1', date: '2025-11-17', start: at('09:00') },
        {
          type: 'changeActivity',
          agentId: 'a-1',
          date: '2025-11-17',
          start: at('07:00'),
          end: at('09:30'),
          activity: 'meeting',
        },
      ]),
    ).toThrow(expect.objectContaining({ index: 1, field: 'start' }));
  });
});
