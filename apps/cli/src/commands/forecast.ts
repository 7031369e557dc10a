import { readFile, writeFile } from 'node:fs/promises';
import {
  FormatAError,
  ForecastOptionError,
  type ForecastResult,
  formatFormatA,
  forecast,
  METHOD_NAMES,
  type MethodName,
  parseFormatA,
} from '@bemanna/forecast';
import type { Command } from 'commander';
import { InputError } from '../input-error';

const HELP = `
Reads interval history (format A, see CONTRACT.md), fits on the rows before --from and writes
the forecast for --days whole local days from --from as format A: one row per answer group and
interval, every interval of the day (23 or 25 hours when clocks change), also where the forecast
is 0; aht_seconds too when the history has it. --method auto (the default) picks, per answer
group, the method that wins a rolling-origin backtest at this horizon.
Methods: auto, ${METHOD_NAMES.join(', ')}.
A summary (method and backtest WAPE per group) goes to stderr; --report writes the details
(accuracy per method, daily forecasts with prediction intervals) as JSON.

Example:
  npm run -s wfm -- forecast --history history.csv --from 2025-09-01 --days 28 --out forecast.csv`;

interface ForecastCommandOptions {
  history: string;
  from: string;
  days: string;
  out: string;
  method: string;
  timezone: string;
  country: string;
  excludeDates?: string;
  openDates?: string;
  report?: string;
}

/** `wfm forecast` (CONTRACT.md section 2). */
export function registerForecastCommand(program: Command): void {
  program
    .command('forecast')
    .description('forecast offered calls per answer group and interval from format A history')
    .requiredOption('--history <file>', 'interval history, format A CSV')
    .requiredOption('--from <date>', 'first local day to forecast, YYYY-MM-DD')
    .requiredOption('--days <n>', 'number of whole local days to forecast')
    .requiredOption('--out <file>', 'where to write the forecast, format A CSV')
    .option('--method <name>', `auto or one of: ${METHOD_NAMES.join(', ')}`, 'auto')
    .option('--timezone <zone>', 'IANA time zone that defines local days', 'Europe/Stockholm')
    .option('--country <code>', 'ISO 3166 country for public holidays, or none', 'SE')
    .option('--exclude-dates <dates>', 'comma-separated days to leave out (known outages)')
    .option('--open-dates <dates>', 'comma-separated holidays on which the centre is open as usual')
    .option('--report <file>', 'also write method choice, accuracy and daily intervals as JSON')
    .addHelpText('after', HELP)
    .action(async (options: ForecastCommandOptions) => {
      const result = await runForecast(options);
      await writeFile(options.out, formatFormatA(result.rows, result.hasAht));
      if (options.report) {
        const report = {
          intervalMinutes: result.forecast.intervalMinutes,
          perGroup: result.forecast.perGroup,
          daily: result.forecast.daily,
        };
        await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
      }
      for (const [group, report] of Object.entries(result.forecast.perGroup)) {
        const chosen = report.accuracy.find((a) => a.method === report.method);
        const accuracy = chosen
          ? `backtest WAPE ${percent(chosen.interval.wape)} per interval, ${percent(chosen.daily.wape)} per day`
          : 'no backtest (too little history)';
        process.stderr.write(`${group}: ${report.method} (${report.chosenBy}), ${accuracy}\n`);
      }
    });
}

async function runForecast(
  options: ForecastCommandOptions,
): Promise<{ forecast: ForecastResult; rows: ForecastResult['rows']; hasAht: boolean }> {
  const days = Number(options.days);
  if (!/^\d+$/.test(options.days.trim())) {
    throw new InputError(`--days: "${options.days}" is not a whole number of days`);
  }
  if (options.method !== 'auto' && !(METHOD_NAMES as readonly string[]).includes(options.method)) {
    throw new InputError(
      `--method: "${options.method}" is not one of auto, ${METHOD_NAMES.join(', ')}`,
    );
  }
  let text: string;
  try {
    text = await readFile(options.history, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(`${options.history}: cannot read the history file (${reason})`);
  }
  try {
    const history = parseFormatA(text);
    const result = forecast({
      history: history.rows,
      from: options.from,
      days,
      method: options.method as MethodName | 'auto',
      timeZone: options.timezone,
      country: options.country,
      excludeDates: dateList(options.excludeDates),
      openDates: dateList(options.openDates),
    });
    return { forecast: result, rows: result.rows, hasAht: history.hasAht };
  } catch (error) {
    if (error instanceof FormatAError) {
      throw new InputError(
        `${options.history}:${error.line}: field ${error.field}: ${error.problem}`,
      );
    }
    if (error instanceof ForecastOptionError) {
      throw new InputError(
        `--${kebab(error.option)}: ${error.message.slice(error.option.length + 2)}`,
      );
    }
    throw error;
  }
}

function dateList(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(',')
    .map((date) => date.trim())
    .filter((date) => date !== '');
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function percent(share: number): string {
  return Number.isNaN(share) ? 'n/a' : `${(100 * share).toFixed(1)}%`;
}
