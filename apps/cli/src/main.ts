#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerAdherenceCommand } from './commands/adherence';
import { registerDemoCommands } from './commands/demo';
import { registerErlangCommands } from './commands/erlang';
import { registerForecastCommand } from './commands/forecast';
import { registerScheduleCommands } from './commands/schedule';
import { InputError } from './input-error';

const EXIT_BAD_INPUT = 2;
const EXIT_FAILURE = 1;

/** The `wfm` program; each capability registers its commands (see ../shared/CONTRACT.md). */
export function buildProgram(): Command {
  const program = new Command('wfm')
    .description('Bemanna workforce management: staffing maths, forecasts, schedules and adherence')
    .showHelpAfterError()
    .exitOverride();
  registerErlangCommands(program);
  registerForecastCommand(program);
  registerDemoCommands(program);
  registerScheduleCommands(program);
  registerAdherenceCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version also end here, with exit code 0.
      return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    if (error instanceof InputError) {
      process.stderr.write(`wfm: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    process.stderr.write(`wfm: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

if (require.main === module) {
  // A reader that stops early (`wfm ... | head`) closes the pipe: that is not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
