import type { Schedule } from '@bemanna/schedule';
import { applyEdits, EditError } from './schedule-edits';

const TZ = 'Europe/Stockholm';
const at = (time: string) => `2025-11-17T${time}:00+01:00`;

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
    const [shift] = applyEdits(
      original,
      [{ type: 'move', agentId: 'a-1', date: '2025-11-17', start: at('09:00') }],
      TZ,
    ).shifts;
    expect(shift?.start).toBe(at('09:00'));
    expect(shift?.end).toBe(at('13:00'));
    expect(shift?.activities[1]).toEqual({ type: 'break', start: at('11:00'), end: at('11:15') });
    expect(original.shifts[0]?.start).toBe(at('08:00'));
  });

  it('should resize by stretching the last activity and dropping those left outside', () => {
    const [longer] = applyEdits(
      schedule(),
      [{ type: 'resize', agentId: 'a-1', date: '2025-11-17', end: at('13:00') }],
      TZ,
    ).shifts;
    expect(longer?.activities[2]?.end).toBe(at('13:00'));
    const [shorter] = applyEdits(
      schedule(),
      [{ type: 'resize', agentId: 'a-1', date: '2025-11-17', end: at('10:00') }],
      TZ,
    ).shifts;
    expect(shorter?.activities).toEqual([
      { type: 'phone', start: at('08:00'), end: at('10:00'), answerGroup: 'bygglov' },
    ]);
  });

  it('should swap a shift to another agent', () => {
    const [shift] = applyEdits(
      schedule(),
      [{ type: 'swap', agentId: 'a-1', date: '2025-11-17', otherAgentId: 'a-2' }],
      TZ,
    ).shifts;
    expect(shift?.agentId).toBe('a-2');
  });

  it('should carve a changed activity out of what was there', () => {
    const [shift] = applyEdits(
      schedule(),
      [
        {
          type: 'changeActivity',
          agentId: 'a-1',
          date: '2025-11-17',
          start: at('09:00'),
          end: at('09:30'),
          activity: 'training',
        },
      ],
      TZ,
    ).shifts;
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
      applyEdits(schedule(), [{ type: 'remove', agentId: 'a-1', date: '2025-11-17' }], TZ).shifts,
    ).toEqual([]);
  });

  it('should name the edit and field when there is no such shift or the times fall outside it', () => {
    expect(() =>
      applyEdits(schedule(), [{ type: 'remove', agentId: 'a-1', date: '2025-11-18' }], TZ),
    ).toThrow(expect.objectContaining({ name: EditError.name, index: 0, field: 'date' }));
    expect(() =>
      applyEdits(
        schedule(),
        [
          { type: 'move', agentId: 'a-1', date: '2025-11-17', start: at('09:00') },
          {
            type: 'changeActivity',
            agentId: 'a-1',
            date: '2025-11-17',
            start: at('07:00'),
            end: at('09:30'),
            activity: 'meeting',
          },
        ],
        TZ,
      ),
    ).toThrow(expect.objectContaining({ index: 1, field: 'start' }));
  });
});
