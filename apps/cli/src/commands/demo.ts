import { writeFile } from 'node:fs/promises';
import {
  DEFAULT_DEMO_SEED,
  DEMO_HISTORY_FROM,
  DEMO_HISTORY_TO,
  DemoInputError,
  demoCentre,
  demoHistoryCsv,
} from '@bemanna/demo';
import type { Command } from 'commander';
import { InputError } from '../input-error';

const HISTORY_HELP = `
Writes the demo centre's interval history as a format A CSV (see CONTRACT.md): one row per
answer group and open 15-minute interval, closed days and hours left out. The same seed
always gives the same file. The default period is the demo's two years, ${DEMO_HISTORY_FROM}
to ${DEMO_HISTORY_TO}.

Example:
  npm run -s wfm -- demo history --from 2025-01-01 --to 2025-12-31 --out history.csv`;

/** `wfm demo history` and `wfm demo centre`: the demo contact centre for trying Bemanna out. */
export function registerDemoCommands(program: Command): void {
  const demo = program
    .command('demo')
    .description('a deterministic demo contact centre: its set-up and interval history');
  demo
    .command('history')
    .description('write the demo interval history as format A CSV')
    .option('--from <date>', 'first local date, YYYY-MM-DD', DEMO_HISTORY_FROM)
    .option('--to <date>', 'last local date, inclusive, YYYY-MM-DD', DEMO_HISTORY_TO)
    .option('--seed <n>', 'integer seed for the random noise', String(DEFAULT_DEMO_SEED))
    .option('--out <file>', 'write to this file instead of stdout')
    .addHelpText('after', HISTORY_HELP)
    .action(async (options: { from: string; to: string; seed: string; out?: string }) => {
      const seed = parseSeed(options.seed);
      let csv: string;
      try {
        csv = demoHistoryCsv({ from: options.from, to: options.to, seed });
      } catch (error) {
        if (error instanceof DemoInputError) throw new InputError(`demo history: ${error.message}`);
        throw error;
      }
      await writeOutput(csv, options.out);
    });
  demo
    .command('centre')
    .description('print the demo centre (answer groups, teams, agents) as JSON')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: { out?: string }) => {
      await writeOutput(`${JSON.stringify(demoCentre(), null, 2)}\n`, options.out);
    });
}

function parseSeed(text: string): number {
  if (!/^-?\d{1,10}$/.test(text.trim())) {
    throw new InputError(`--seed: "${text}" is not an integer`);
  }
  return Number(text);
}

async function writeOutput(text: string, out: string | undefined): Promise<void> {
  if (out === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    await writeFile(out, text, 'utf8');
  } catch (error) {
    throw new InputError(
      `--out ${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}
