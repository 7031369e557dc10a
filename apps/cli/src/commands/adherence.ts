import {
  type AdherenceTotals,
  adherenceRatios,
  computeAdherence,
  extentOf,
  parseStateFile,
  sumTotals,
  type TimeSpan,
  totalsOf,
} from '@bemanna/adherence';
import { formatLocalIso } from '@bemanna/calendar';
import type { Command } from 'commander';
import { InputError } from '../input-error';
import { readInputFile } from '../read-input';
import { readSchedule } from './schedule';

const ADHERENCE_HELP = `
Compares agent states (format B of CONTRACT.md: agent_id,state,start,end[,reason]) with a
schedule (docs/schedule.schema.json) and prints, per agent and local day, the scheduled
minutes, the minutes in adherence, phone adherence and conformance, and the spans out of
adherence. Only the time the state file covers (its first start to its last end) counts;
inside it, an agent without a state is logged out. See docs/adherence.md for the rules.

Example:
  npm run -s wfm -- adherence --schedule schedule.json --states states.csv`;

interface AdherenceOptions {
  schedule: string;
  states: string;
  timezone: string;
  exceptionMinutes: string;
}

/** `wfm adherence`: an extension of the contract, for scripts and checks outside the app. */
export function registerAdherenceCommand(program: Command): void {
  program
    .command('adherence')
    .description('schedule adherence of agent states (format B) against a schedule')
    .requiredOption('--schedule <file>', 'schedule JSON')
    .requiredOption('--states <file>', 'agent states, format B CSV')
    .option('--timezone <zone>', 'IANA time zone of the local days', 'Europe/Stockholm')
    .option('--exception-minutes <n>', 'list spans out of adherence at least this long', '5')
    .addHelpText('after', ADHERENCE_HELP)
    .action(adherence);
}

async function adherence(options: AdherenceOptions): Promise<void> {
  const exceptionMinutes = Number(options.exceptionMinutes);
  if (!(exceptionMinutes >= 0)) {
    throw new InputError(
      `--exception-minutes must be a number >= 0, got "${options.exceptionMinutes}"`,
    );
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: options.timezone });
  } catch {
    throw new InputError(`--timezone: unknown time zone "${options.timezone}"`);
  }
  const schedule = await readSchedule(options.schedule);
  const parsed = parseStateFile(await readInputFile(options.states));
  if (parsed.errorCount > 0) {
    const shown = parsed.errors
      .slice(0, 10)
      .map((e) => `${options.states}:${e.line ?? '-'}: ${e.field}: ${e.message}`);
    if (parsed.errorCount > shown.length)
      shown.push(`... and ${parsed.errorCount - shown.length} more`);
    throw new InputError(shown.join('\n'));
  }
  const covered = extentOf(parsed.rows) as TimeSpan;
  const result = computeAdherence({
    shifts: schedule.shifts,
    states: parsed.rows,
    covered: [covered],
    timeZone: options.timezone,
    exceptionMinutes,
  });
  const iso = (instantMs: number) => formatLocalIso(instantMs, options.timezone);
  const figures = (totals: AdherenceTotals) => ({
    ...totalsOf(totals),
    ...adherenceRatios(totals),
  });
  const agentIds = [...new Set(result.agentDays.map((day) => day.agentId))];
  const report = {
    covered: { start: iso(covered.startMs), end: iso(covered.endMs) },
    total: figures(sumTotals(result.agentDays)),
    agents: agentIds.map((agentId) => {
      const days = result.agentDays.filter((day) => day.agentId === agentId);
      return {
        agentId,
        total: figures(sumTotals(days)),
        days: days.map((day) => ({
          date: day.date,
          ...figures(day),
          exceptions: day.exceptions.map(({ startMs, endMs, ...exception }) => ({
            start: iso(startMs),
            end: iso(endMs),
            ...exception,
          })),
        })),
      };
    }),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
