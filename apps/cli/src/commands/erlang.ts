import { ErlangInputError, erlangBatch } from '@bemanna/erlang';
import type { Command } from 'commander';
import { InputError } from '../input-error';
import { parseJson, readStdin } from '../read-input';

const BATCH_HELP = `
Reads a JSON array of cases on stdin and writes a JSON array of results in the same order
(see CONTRACT.md section 1). A case without "agents" solves for the fewest agents that meet
"serviceLevelGoal"; a case with "agents" evaluates that staffing. "patienceSeconds" switches
from Erlang C to Erlang A (callers hang up after an exponential patience).

Example:
  echo '[{"calls":100,"intervalSeconds":1800,"ahtSeconds":180,"targetSeconds":20,"serviceLevelGoal":0.8}]' \\
    | npm run -s wfm -- erlang batch`;

/** `wfm erlang batch`, exactly as CONTRACT.md section 1 defines it. */
export function registerErlangCommands(program: Command): void {
  const erlang = program
    .command('erlang')
    .description('Erlang C and Erlang A staffing calculations');
  erlang
    .command('batch')
    .description('solve or evaluate a JSON array of cases read from stdin')
    .addHelpText('after', BATCH_HELP)
    .action(async () => {
      const cases = parseJson(await readStdin(), 'stdin');
      if (!Array.isArray(cases)) throw new InputError('stdin: expected a JSON array of cases');
      try {
        process.stdout.write(`${JSON.stringify(erlangBatch(cases))}\n`);
      } catch (error) {
        if (error instanceof ErlangInputError) throw new InputError(`stdin: ${error.message}`);
        throw error;
      }
    });
}
