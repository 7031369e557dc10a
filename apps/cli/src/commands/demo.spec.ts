import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Runs the built CLI exactly as outside checks do (`npm test` builds first).
const CLI = join(__dirname, '../../dist/main.js');

function wfm(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('wfm demo history', () => {
  it('ends quietly when its reader stops reading (`| head`)', () => {
    const run = spawnSync(
      'bash',
      [
        '-o',
        'pipefail',
        '-c',
        `"${process.execPath}" "${CLI}" demo history --from 2025-01-01 --to 2025-01-31 | head -c 10`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.stdout).toHaveLength(10);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('writes format A CSV on stdout, the same for the same seed', () => {
    const args = ['demo', 'history', '--from', '2025-03-28', '--to', '2025-03-31', '--seed', '4'];
    const first = wfm(args);
    expect(first.code).toBe(0);
    const lines = first.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'interval_start,answer_group,offered,answered,answered_within_target,abandoned,aht_seconds',
    );
    expect(lines[1]).toMatch(/^2025-03-28T07:00:00\+01:00,allmanna-fragor,\d+,/);
    expect(wfm(args).stdout).toBe(first.stdout);
  });

  it('writes to --out instead of stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wfm-demo-')), 'history.csv');
    const run = wfm([
      'demo',
      'history',
      '--from',
      '2025-12-25',
      '--to',
      '2025-12-25',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    // Juldagen: the centre is closed, so only the header.
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--from', '2025-02-30', '--to', '2025-03-01'], /from "2025-02-30" is not a local date/],
    [['--from', '2025-03-02', '--to', '2025-03-01'], /after/],
    [['--from', '2025-03-01', '--to', '2025-03-01', '--seed', 'x'], /--seed/],
  ])('exits 2 with a message and no stack trace for bad input %p', (args, message) => {
    const run = wfm(['demo', 'history', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('wfm demo centre', () => {
  it('prints the centre as JSON', () => {
    const run = wfm(['demo', 'centre']);
    expect(run.code).toBe(0);
    const centre = JSON.parse(run.stdout);
    expect(centre.answerGroups).toHaveLength(7);
    expect(centre.teams).toHaveLength(4);
    expect(centre.timezone).toBe('Europe/Stockholm');
  });
});
