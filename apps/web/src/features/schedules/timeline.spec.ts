import {
  addEdit,
  applyEdit,
  brokenRulesByPlace,
  clampMove,
  clampResize,
  hourTicks,
  layoutDays,
  moveEdit,
  resizeEdit,
  shiftBars,
  snapMinutes,
  windowOfRules,
} from './timeline';
import type { Shift } from './types';
import { formatZonedIso, startOfLocalDay } from './zoned-time';

const WHOLE_DAY = { fromMinutes: 0, toMinutes: 1440 };
const WORKING_DAY = { fromMinutes: 6 * 60, toMinutes: 19 * 60 };

function shift(agentId: string, start: string, end: string, lunch?: [string, string]): Shift {
  const activities: Shift['activities'] = lunch
    ? [
        { type: 'phone', start, end: lunch[0], answerGroup: 'aldre-direkt' },
        { type: 'lunch', start: lunch[0], end: lunch[1] },
        { type: 'phone', start: lunch[1], end, answerGroup: 'aldre-direkt' },
      ]
    : [{ type: 'phone', start, end, answerGroup: 'aldre-direkt' }];
  return { agentId, start, end, activities };
}

describe('local time in Europe/Stockholm', () => {
  it('should start the day at local midnight in winter and summer', () => {
    expect(new Date(startOfLocalDay('2026-11-23')).toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-07-01')).toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('should write an instant with the offset in force then, on both sides of a change', () => {
    expect(formatZonedIso(Date.parse('2026-03-29T00:59:00Z'))).toBe('2026-03-29T01:59:00+01:00');
    expect(formatZonedIso(Date.parse('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00:00+02:00');
    expect(formatZonedIso(Date.parse('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(formatZonedIso(Date.parse('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00+01:00');
  });
});

describe('layoutDays', () => {
  it('should make a whole winter day 1440 minutes wide, the spring DST day 1380 and the autumn one 1500', () => {
    const [winter] = layoutDays(['2026-11-23'], WHOLE_DAY, 1);
    const [spring] = layoutDays(['2026-03-29'], WHOLE_DAY, 1);
    const [autumn] = layoutDays(['2026-10-25'], WHOLE_DAY, 1);
    expect(winter?.width).toBe(1440);
    expect(spring?.width).toBe(23 * 60);
    expect(autumn?.width).toBe(25 * 60);
  });

  it('should put the days side by side with a gap, scaled by pixels per minute', () => {
    const columns = layoutDays(['2026-11-23', '2026-11-24', '2026-11-25'], WORKING_DAY, 0.5, 6);
    expect(columns.map((column) => [column.x, column.width])).toEqual([
      [0, 390],
      [396, 390],
      [792, 390],
    ]);
  });

  it('should give the DST Sunday of a working-hours view the same width as the Saturday', () => {
    const [saturday, sunday] = layoutDays(['2026-03-28', '2026-03-29'], WORKING_DAY, 1);
    expect(sunday?.width).toBe(saturday?.width);
  });
});

describe('hourTicks', () => {
  it('should label the 25-hour day with 02 twice and the 23-hour day without 02', () => {
    const autumn = hourTicks(layoutDays(['2026-10-25'], WHOLE_DAY, 1), 1).map((t) => t.label);
    const spring = hourTicks(layoutDays(['2026-03-29'], WHOLE_DAY, 1), 1).map((t) => t.label);
    expect(autumn).toHaveLength(25);
    expect(autumn.slice(0, 5)).toEqual(['00', '01', '02', '02', '03']);
    expect(spring).toHaveLength(23);
    expect(spring.slice(0, 4)).toEqual(['00', '01', '03', '04']);
  });
});

describe('shiftBars', () => {
  it('should place a shift and its activities in minutes from the window start, as pixels', () => {
    const columns = layoutDays(['2026-11-23', '2026-11-24'], WORKING_DAY, 0.5, 10);
    const bars = shiftBars(
      {
        shifts: [
          shift('a-1', '2026-11-24T08:00:00+01:00', '2026-11-24T16:30:00+01:00', [
            '2026-11-24T12:00:00+01:00',
            '2026-11-24T12:30:00+01:00',
          ]),
        ],
      },
      columns,
      0.5,
    );
    const [bar] = bars.get('a-1') ?? [];
    // Tuesday's column starts at 390 + 10; 08:00 is 120 minutes after 06:00.
    expect(bar).toMatchObject({ index: 0, date: '2026-11-24', x: 400 + 60, width: 255 });
    expect(bar?.activities.map((a) => [a.activity.type, a.x, a.width])).toEqual([
      ['phone', 460, 120],
      ['lunch', 580, 15],
      ['phone', 595, 120],
    ]);
  });

  it('should line up 08:00 on the 23-hour and the 25-hour Sunday with 08:00 on the Saturday', () => {
    const at8 = (saturday: string, sunday: string, offsets: [string, string]) => {
      const columns = layoutDays([saturday, sunday], WORKING_DAY, 1);
      const bars = shiftBars(
        {
          shifts: [
            shift('a-1', `${saturday}T08:00:00${offsets[0]}`, `${saturday}T16:00:00${offsets[0]}`),
            shift('a-1', `${sunday}T08:00:00${offsets[1]}`, `${sunday}T16:00:00${offsets[1]}`),
          ],
        },
        columns,
        1,
      ).get('a-1');
      return bars?.map((bar, i) => [bar.x - (columns[i]?.x ?? 0), bar.width]);
    };
    expect(at8('2026-03-28', '2026-03-29', ['+01:00', '+02:00'])).toEqual([
      [120, 480],
      [120, 480],
    ]);
    expect(at8('2026-10-24', '2026-10-25', ['+02:00', '+01:00'])).toEqual([
      [120, 480],
      [120, 480],
    ]);
  });

  it('should put a shift on the whole 25-hour day an hour later than its wall clock', () => {
    const columns = layoutDays(['2026-10-25'], WHOLE_DAY, 1);
    const bars = shiftBars(
      { shifts: [shift('a-1', '2026-10-25T08:00:00+01:00', '2026-10-25T12:00:00+01:00')] },
      columns,
      1,
    );
    expect(bars.get('a-1')?.[0]?.x).toBe(9 * 60);
  });
});

describe('snapping and limits', () => {
  it('should snap a drag to whole quarter hours', () => {
    // 0.5 px per minute: a quarter hour is 7.5 px.
    expect(snapMinutes(3, 0.5)).toBe(0);
    expect(snapMinutes(4, 0.5)).toBe(15);
    expect(snapMinutes(-4, 0.5)).toBe(-15);
    expect(snapMinutes(-3, 0.5)).toBe(0);
    expect(Object.is(snapMinutes(-3, 0.5), -0)).toBe(false);
    expect(snapMinutes(61, 0.5)).toBe(120);
    expect(snapMinutes(20, 1, 30)).toBe(30);
  });

  const day = shift('a-1', '2026-11-23T08:00:00+01:00', '2026-11-23T16:30:00+01:00');
  const [column] = layoutDays(['2026-11-23'], WORKING_DAY, 1);
  const from = column?.startMs ?? 0;
  const to = column?.endMs ?? 0;

  it('should keep a moved shift inside its day window', () => {
    expect(clampMove(day, 60, from, to)).toBe(60);
    expect(clampMove(day, 300, from, to)).toBe(150);
    expect(clampMove(day, -300, from, to)).toBe(-120);
  });

  it('should keep a resized shift at least a step long and inside the window', () => {
    expect(clampResize(day, 45, to)).toBe(45);
    expect(clampResize(day, 600, to)).toBe(150);
    expect(clampResize(day, -600, to)).toBe(-495);
  });
});

describe('edit payloads', () => {
  it('should name the shift by agent and local start date and give the new start with its offset', () => {
    const late = shift('a-7', '2026-11-23T08:00:00+01:00', '2026-11-23T16:30:00+01:00');
    expect(moveEdit(late, 75)).toEqual({
      type: 'move',
      agentId: 'a-7',
      date: '2026-11-23',
      start: '2026-11-23T09:15:00+01:00',
    });
    expect(resizeEdit(late, -30)).toEqual({
      type: 'resize',
      agentId: 'a-7',
      date: '2026-11-23',
      end: '2026-11-23T16:00:00+01:00',
    });
  });

  it('should write summer-time offsets on the spring DST Sunday', () => {
    const sunday = shift('a-1', '2026-03-29T08:00:00+02:00', '2026-03-29T12:00:00+02:00');
    expect(moveEdit(sunday, -15).start).toBe('2026-03-29T07:45:00+02:00');
    expect(moveEdit(sunday, -15).date).toBe('2026-03-29');
  });

  it('should move every activity with the shift and stretch the last one on a resize', () => {
    const original = shift('a-1', '2026-11-23T08:00:00+01:00', '2026-11-23T16:30:00+01:00', [
      '2026-11-23T12:00:00+01:00',
      '2026-11-23T12:30:00+01:00',
    ]);
    const schedule = { shifts: [original] };
    const moved = applyEdit(schedule, moveEdit(original, 30)).shifts[0];
    expect(moved?.start).toBe('2026-11-23T08:30:00+01:00');
    expect(moved?.activities[1]).toEqual({
      type: 'lunch',
      start: '2026-11-23T12:30:00+01:00',
      end: '2026-11-23T13:00:00+01:00',
    });
    const longer = applyEdit(schedule, resizeEdit(original, 60)).shifts[0];
    expect(longer?.end).toBe('2026-11-23T17:30:00+01:00');
    expect(longer?.activities[2]?.end).toBe('2026-11-23T17:30:00+01:00');
    // The original is left as it was.
    expect(original.start).toBe('2026-11-23T08:00:00+01:00');
  });

  it('should replace a move of the same shift rather than pile moves up', () => {
    const first = shift('a-1', '2026-11-23T08:00:00+01:00', '2026-11-23T16:30:00+01:00');
    const other = shift('a-2', '2026-11-23T08:00:00+01:00', '2026-11-23T16:30:00+01:00');
    let edits = addEdit([], moveEdit(first, 15));
    edits = addEdit(edits, moveEdit(first, 30));
    expect(edits).toEqual([moveEdit(first, 30)]);
    edits = addEdit(edits, resizeEdit(first, 15));
    edits = addEdit(edits, moveEdit(other, 15));
    expect(edits.map((edit) => `${edit.type} ${edit.agentId}`)).toEqual([
      'move a-1',
      'resize a-1',
      'move a-2',
    ]);
  });
});

describe('brokenRulesByPlace', () => {
  it('should tie a rule to the shift its path names, else to its agent', () => {
    const { byShift, byAgent } = brokenRulesByPlace([
      { rule: 'latestEnd', agentId: 'a-1', path: '$.shifts[3]', message: 'ends 18:30' },
      { rule: 'breaks', agentId: 'a-1', path: '$.shifts[3].activities[1]', message: 'no break' },
      { rule: 'weeklyRest', agentId: 'a-2', message: 'too little rest' },
    ]);
    expect(byShift.get(3)?.map((rule) => rule.rule)).toEqual(['latestEnd', 'breaks']);
    expect(byAgent.get('a-2')?.map((rule) => rule.rule)).toEqual(['weeklyRest']);
    expect(byAgent.has('a-1')).toBe(false);
  });
});

describe('windowOfRules', () => {
  it('should show an hour either side of the working day', () => {
    expect(windowOfRules({ earliestStart: '07:00', latestEnd: '18:00' })).toEqual(WORKING_DAY);
    expect(windowOfRules({ earliestStart: '00:30', latestEnd: '23:45' })).toEqual(WHOLE_DAY);
  });
});
