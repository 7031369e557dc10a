import { writeFile } from 'node:fs/promises';
import {
  type InputProblem,
  type Scenario,
  type Schedule,
  evaluateSchedule,
  generateSchedule,
  InfeasibleScenarioError,
  validateScenario,
  validateSchedule,
} from '@bemanna/schedule';
import type { Command } from 'commander';
import { InputError } from '../input-error';
import { parseJson, readInputFile } from '../read-input';

const SCHEDULE_HELP = `
Reads a scenario (one planning week: answer groups with opening hours and forecast calls,
agents with contracts and skills, and the rules; see CONTRACT.md section 3 and
docs/schedule-scenario.schema.json) and writes a schedule (docs/schedule.schema.json) that
keeps every rule and gives the highest call-weighted weekly service level it finds.
A summary goes to stderr: service level, upper bound, gap and time.

Example:
  npm run -s wfm -- schedule --scenario week.json --out schedule.json
  npm run -s wfm -- schedule evaluate --scenario week.json --schedule schedule.json`;

function problemsMessage(file: string, problems: InputProblem[]): string {
  const shown = problems.slice(0, 10).map((p) => `${file}: ${p.path}: ${p.message}`);
  if (problems.length > 10) shown.push(`... and ${problems.length - 10} more`);
  return shown.join('\n');
}

async function readScenario(file: string): Promise<Scenario> {
  const result = validateScenario(parseJson(await readInputFile(file), file));
  if (!result.ok) throw new InputError(problemsMessage(file, result.errors));
  return result.value;
}

export async function readSchedule(file: string): Promise<Schedule> {
  const result = validateSchedule(parseJson(await readInputFile(file), file));
  if (!result.ok) throw new InputError(problemsMessage(file, result.errors));
  return result.value;
}

function positiveNumber(value: string, name: string): number {
  const number = Number(value);
  if (!(number > 0)) throw new InputError(`${name} must be a positive number, got "${value}"`);
  return number;
}

/**
 * `wfm schedule` and `wfm schedule evaluate`, as CONTRACT.md section 3 defines them. Both
 * take `--scenario`, so `evaluate` is an argument of one command rather than a subcommand:
 * commander would otherwise hand the subcommand's `--scenario` to the parent.
 */
export function registerScheduleCommands(program: Command): void {
  program
    .command('schedule')
    .argument('[mode]', '"evaluate" to check a schedule instead of generating one')
    .description('generate a week schedule for a scenario, or evaluate one')
    .requiredOption('--scenario <file>', 'scenario JSON')
    .option('--out <file>', 'generate: write the schedule here instead of stdout')
    .option('--schedule <file>', 'evaluate: the schedule JSON to check')
    .option('--time-limit <seconds>', 'generate: time budget for the optimiser', '45')
    .option('--seed <n>', 'generate: seed of the local search', '1')
    .addHelpText('after', SCHEDULE_HELP)
    .action(async (mode: string | undefined, options: ScheduleOptions) => {
      if (mode === 'evaluate') return evaluate(options);
      if (mode !== undefined)
        throw new InputError(`unknown schedule mode "${mode}" (expected "evaluate")`);
      return generate(options);
    });
}

interface ScheduleOptions {
  scenario: string;
  out?: string;
  schedule?: string;
  timeLimit: string;
  seed: string;
}

async function generate(options: ScheduleOptions): Promise<void> {
  const scenario = await readScenario(options.scenario);
  const timeLimitMs = positiveNumber(options.timeLimit, '--time-limit') * 1000;
  const seed = Math.floor(positiveNumber(options.seed, '--seed'));
  const result = await generateSchedule(scenario, { timeLimitMs, seed }).catch((error: unknown) => {
    if (error instanceof InfeasibleScenarioError)
      throw new InputError(`${options.scenario}: ${error.message}`);
    throw error;
  });
  const text = `${JSON.stringify(result.schedule, null, 2)}\n`;
  if (options.out) await writeFile(options.out, text);
  else process.stdout.write(text);
  const percent = (share: number | null) =>
    share === null ? 'n/a' : `${(share * 100).toFixed(2)}%`;
  process.stderr.write(
    `service level ${percent(result.report.week.serviceLevel)}, upper bound ${percent(result.bound)}, ` +
      `gap ${percent(result.gap)}, ${result.report.week.intervalsBelowGoal} intervals below goal, ` +
      `${result.report.brokenRules.length} broken rules, ${result.stats.seconds.toFixed(1)} s\n`,
  );
}

async function evaluate(options: ScheduleOptions): Promise<void> {
  if (!options.schedule) throw new InputError('schedule evaluate: --schedule <file> is required');
  const scenario = await readScenario(options.scenario);
  const plan = await readSchedule(options.schedule);
  process.stdout.write(`${JSON.stringify(evaluateSchedule(scenario, plan), null, 2)}\n`);
}
