import { addLocalDays, localDateOf } from '@bemanna/calendar';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { CronJob } from 'cron';
import { DataSource } from 'typeorm';
import { errorMessageOf } from '../common/error-detail';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { NightlyForecastDto } from './dto/forecast-run.dto';
import { ForecastRunsService } from './forecast-runs.service';

/** The cron job's name in the scheduler registry. */
export const NIGHTLY_FORECAST = 'nightly-forecast';

/** Days the nightly forecast covers from tomorrow: schedules are planned weeks ahead. */
export const NIGHTLY_FORECAST_DAYS = 42;

export type NightlyOutcome = { jobId: number } | { skipped: string };

/**
 * Refreshes the forecast at night (`BEMANNA_NIGHTLY_FORECAST`, a cron expression in the
 * centre's time zone, 02:00 by default) once the telephony system's history has been imported
 * after the newest forecast run: a run from tomorrow for six weeks, every answer group, the
 * method that wins the backtest per group, as the planner would start it on the forecast page.
 */
@Injectable()
export class NightlyForecastService implements OnApplicationBootstrap {
  private readonly logger = new Logger(NightlyForecastService.name);

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly runs: ForecastRunsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { nightlyForecast, timezone } = this.config;
    if (!nightlyForecast) return;
    const job = CronJob.from({
      cronTime: nightlyForecast,
      timeZone: timezone,
      onTick: async () => {
        const outcome = await this.refresh(new Date()).catch((error: unknown) => ({
          skipped: errorMessageOf(error),
        }));
        this.logger.log(
          'jobId' in outcome
            ? `Nightly forecast queued as job ${outcome.jobId}`
            : `Nightly forecast skipped: ${outcome.skipped}`,
        );
      },
    });
    this.registry.addCronJob(NIGHTLY_FORECAST, job);
    job.start();
    this.logger.log(
      `Nightly forecast at "${nightlyForecast}" (${timezone}), next ${job.nextDate().toISO()}`,
    );
  }

  /** When it runs, and next. */
  status(): NightlyForecastDto {
    const { nightlyForecast, timezone } = this.config;
    const job = nightlyForecast ? this.registry.getCronJob(NIGHTLY_FORECAST) : null;
    return {
      schedule: nightlyForecast,
      timeZone: timezone,
      next: job?.nextDate().toISO() ?? null,
    };
  }

  /** Queues the refresh at `now` if history came in since the newest run, and none is under way. */
  async refresh(now: Date): Promise<NightlyOutcome> {
    const [row] = (await this.dataSource.query(
      `SELECT (SELECT max(created_at) FROM history_import) AS "lastImport",
              (SELECT max(created_at) FROM job WHERE kind = 'forecast-run'
                 AND status IN ('queued', 'running', 'succeeded')) AS "lastRun",
              EXISTS (SELECT 1 FROM job WHERE kind = 'forecast-run'
                 AND status IN ('queued', 'running')) AS "underWay"`,
    )) as { lastImport: Date | null; lastRun: Date | null; underWay: boolean }[];
    if (!row?.lastImport) return { skipped: 'no history has been imported' };
    if (row.underWay) return { skipped: 'a forecast run is under way' };
    if (row.lastRun && row.lastRun >= row.lastImport) {
      return { skipped: 'no history imported since the newest forecast run' };
    }
    const from = addLocalDays(localDateOf(now.getTime(), this.config.timezone), 1);
    const { jobId } = await this.runs.start({
      name: `Nightly forecast ${from}, ${NIGHTLY_FORECAST_DAYS} days (auto)`,
      from,
      days: NIGHTLY_FORECAST_DAYS,
      method: 'auto',
    });
    return { jobId };
  }
}
