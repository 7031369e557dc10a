import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main';

/** Hourly history 08-16 on weekdays, with a row per hour (aht included), as an ACD writes it. */
function historyCsv(firstDate: string, days: number): string {
  const lines = ['interval_start,answer_group,offered,answered,aht_seconds'];
  for (let i = 0; i < days; i++) {
    const date = new Date(Date.parse(`${firstDate}T00:00:00Z`) + i * 86_400_000);
    const weekday = (date.getUTCDay() + 6) % 7;
    if (weekday >= 5) continue;
    const day = date.toISOString().slice(0, 10);
    // Sweden is at +01:00 from the last Sunday of October, +02:00 before.
    const offset = day >= '2025-10-26' ? '+01:00' : '+02:00';
    for (let hour = 8; hour < 17; hour++) {
      const calls = 10 + weekday + hour;
      lines.push(
        `${day}T${String(hour).padStart(2, '0')}:00:00${offset},kundtjanst,${calls},${calls},200`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(args), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('wfm forecast', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wfm-forecast-'));
  const history = join(dir, 'history.csv');
  writeFileSync(history, historyCsv('2025-08-04', 77));

  it('writes every interval of every day, 25 on the day clocks go back, with aht', async () => {
    const out = join(dir, 'forecast.csv');
    const report = join(dir, 'report.json');
    const result = await run([
      'forecast',
      '--history',
      history,
      '--from',
      '2025-10-20',
      '--days',
      '14',
      '--out',
      out,
      '--report',
      report,
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^kundtjanst: [a-z-]+ \(backtest\), backtest WAPE/);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('interval_start,answer_group,offered,aht_seconds');
    expect(lines).toHaveLength(1 + 14 * 24 + 1);
    const sunday = lines.filter((line) => line.startsWith('2025-10-26T02:00:00'));
    expect(sunday.map((line) => line.slice(19, 25))).toEqual(['+02:00', '+01:00']);
    const monday = lines.filter((line) => line.startsWith('2025-10-20T'));
    expect(monday).toHaveLength(24);
    // Closed at night and at weekends (learned from the history), open 08-16.
    expect(monday[3]).toBe('2025-10-20T03:00:00+02:00,kundtjanst,0,200');
    expect(Number(monday[9]?.split(',')[2])).toBeGreaterThan(15);
    expect(lines.filter((l) => l.startsWith('2025-10-25T')).every((l) => l.includes(',0,'))).toBe(
      true,
    );
    const details = JSON.parse(readFileSync(report, 'utf8'));
    expect(details.perGroup.kundtjanst.openWeekdays).toEqual([0, 1, 2, 3, 4]);
  });

  it('exits 2 naming file, line and field for a bad row, and nothing is written', async () => {
    const bad = join(dir, 'bad.csv');
    const lines = historyCsv('2025-08-04', 21).split('\n');
    lines[7] = '2025-08-04T14:00:00+02:00,kundtjanst,many,1,200';
    writeFileSync(bad, lines.join('\n'));
    const out = join(dir, 'never.csv');
    const result = await run([
      'forecast',
      '--history',
      bad,
      '--from',
      '2025-09-01',
      '--days',
      '7',
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`wfm: ${bad}:8: field offered: "many" is not a number >= 0\n`);
    expect(() => readFileSync(out)).toThrow();
  });

  it('exits 2 with the line of a second row for the same interval', async () => {
    const dup = join(dir, 'dup.csv');
    const lines = historyCsv('2025-08-04', 7).trimEnd().split('\n');
    writeFileSync(dup, `${[...lines, lines[3]].join('\n')}\n`);
    const result = await run([
      'forecast',
      '--history',
      dup,
      '--from',
      '2025-09-01',
      '--days',
      '7',
      '--out',
      join(dir, 'x.csv'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${dup}:${lines.length + 1}: field interval_start: a second row`,
    );
  });

  it.each([
    [['--from', '2025-13-01'], '--from'],
    [['--days', 'four'], '--days'],
    [['--method', 'magic'], '--method'],
    [['--timezone', 'Mars/Olympus'], '--timezone'],
    [['--country', 'XX'], '--country'],
  ])('exits 2 for bad option %j', async (override, option) => {
    const args = new Map([
      ['--history', history],
      ['--from', '2025-10-20'],
      ['--days', '7'],
      ['--out', join(dir, 'y.csv')],
    ]);
    args.set(override[0] as string, override[1] as string);
    const result = await run(['forecast', ...[...args].flat()]);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(`wfm: ${option}: `)).toBe(true);
  });

  it('exits 2 for a history file that does not exist, from the built CLI without a stack trace', () => {
    const cli = join(__dirname, '../../dist/main.js');
    const missing = join(dir, 'missing.csv');
    const spawned = spawnSync(
      process.execPath,
      [
        cli,
        'forecast',
        '--history',
        missing,
        '--from',
        '2025-10-20',
        '--days',
        '7',
        '--out',
        join(dir, 'z.csv'),
      ],
      { encoding: 'utf8' },
    );
    expect(spawned.status).toBe(2);
    expect(spawned.stderr).toBe(`wfm: ${missing}: cannot read the history file (ENOENT)\n`);
  });

  it('uses the time zone it is given', async () => {
    const out = join(dir, 'utc.csv');
    const result = await run([
      'forecast',
      '--history',
      history,
      '--from',
      '2025-10-20',
      '--days',
      '1',
      '--timezone',
      'UTC',
      '--country',
      'none',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[1]).toBe(`2025-10-20T00:00:00Z,kundtjanst,0,200`);
  });
});
