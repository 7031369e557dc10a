import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Runs the built CLI exactly as outside checks do (`npm test` builds first).
const CLI = join(__dirname, '../../dist/main.js');

function wfm(args: string[], stdin: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { input: stdin, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('wfm erlang batch', () => {
  it('answers a batch on stdout in the contract result format', () => {
    const cases = [
      {
        calls: 100,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        targetSeconds: 20,
        serviceLevelGoal: 0.8,
        shrinkage: 0.3,
      },
      {
        calls: 0,
        intervalSeconds: 900,
        ahtSeconds: 300,
        targetSeconds: 120,
        serviceLevelGoal: 0.8,
      },
    ];
    const { code, stdout } = wfm(['erlang', 'batch'], JSON.stringify(cases));
    expect(code).toBe(0);
    const [first, empty] = JSON.parse(stdout);
    expect(first).toMatchObject({ agents: 14, trafficErlangs: 10, scheduledAgents: 20 });
    expect(Object.keys(first).sort()).toEqual(
      [
        'agents',
        'asaSeconds',
        'occupancy',
        'probabilityOfWaiting',
        'scheduledAgents',
        'serviceLevel',
        'trafficErlangs',
      ].sort(),
    );
    expect(empty).toMatchObject({ agents: 0, serviceLevel: 1 });
  });

  it('exits 2 naming the case index and field, without a stack trace', () => {
    const { code, stdout, stderr } = wfm(
      ['erlang', 'batch'],
      '[{"calls":5,"intervalSeconds":900,"ahtSeconds":180,"targetSeconds":20}]',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/case 0: field "serviceLevelGoal"/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for input that is not a JSON array', () => {
    expect(wfm(['erlang', 'batch'], '{"calls":1}').stderr).toMatch(/expected a JSON array/);
    expect(wfm(['erlang', 'batch'], '[{').code).toBe(2);
  });

  it('documents itself with --help', () => {
    const { code, stdout } = wfm(['erlang', 'batch', '--help'], '');
    expect(code).toBe(0);
    expect(stdout).toMatch(/serviceLevelGoal/);
  });
});
