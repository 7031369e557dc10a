import { codedBadRequest } from '../common/coded-bad-request';
import { ForecastIntervalsQueryDto } from '../forecasts/dto/forecast.dto';
import { addLocalDays, startOfLocalDay } from '@bemanna/calendar';
import type { MethodName } from '@bemanna/forecast';
import { BadRequestException, Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnswerGroupsService } from '../answer-groups/answer-groups.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ForecastsService } from '../forecasts/forecasts.service';
import { HistoryRepository, StoredInterval } from '../history/history.repository';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { formatZonedIso } from '../history/zoned-time';
import { runCpuTask } from '../jobs/cpu-task';
import { JobAcceptedDto } from '../jobs/dto/job.dto';
import type { Job } from '../jobs/job.entity';
import {
  JobFailure,
  JobRunner,
  type JobContext,
  type JobOutcome,
} from '../jobs/job-runner.service';
import { JobsService } from '../jobs/jobs.service';
import { adjustmentFactors, datesBetween, type RecordedAdjustment } from './adjustment';
import {
  CompareForecastsDto,
  CompareForecastsQueryDto,
  CreateAdjustmentDto,
  CreateForecastRunDto,
  ForecastDayDto,
  ForecastDaysQueryDto,
  ForecastDetailsDto,
  ForecastIntervalBoundsDto,
} from './dto/forecast-run.dto';
import { type ColumnarHistory, FORECAST_TASK, type ForecastTaskOutput } from './forecast.task';
import { ForecastRunsRepository } from './forecast-runs.repository';

/** What a forecast-run job stores as its parameters: the request with its defaults resolved. */
export interface ForecastRunParameters {
  name: string;
  answerGroupIds: string[];
  from: string;
  days: number;
  method: MethodName | 'auto';
  backtestOrigins: number;
  predictionLevel: number;
  historyDays: number;
  excludeDates: string[];
  openDates: string[];
}

/** Columns of history, filled group by group (see ForecastRunsService.loadHistory). */
export class ColumnarHistoryBuilder {
  private readonly chunks: StoredInterval[][] = [];

  constructor(private readonly answerGroupIds: string[]) {}

  add(rows: StoredInterval[]): void {
    this.chunks.push(rows);
  }

  build(): ColumnarHistory {
    const index = new Map(this.answerGroupIds.map((id, i) => [id, i]));
    const n = this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const history: ColumnarHistory = {
      answerGroupIds: this.answerGroupIds,
      group: new Uint16Array(n),
      startMs: new Float64Array(n),
      offered: new Float64Array(n),
      answered: new Float64Array(n),
      ahtSeconds: new Float64Array(n),
    };
    let i = 0;
    for (const chunk of this.chunks) {
      for (const row of chunk) {
        history.group[i] = index.get(row.answerGroupId) ?? 0;
        history.startMs[i] = row.startMs;
        history.offered[i] = row.offered;
        history.answered[i] = row.answered ?? Number.NaN;
        history.ahtSeconds[i] = row.ahtSeconds ?? Number.NaN;
        i++;
      }
    }
    return history;
  }
}

/**
 * Forecast runs of @bemanna/forecast as background jobs, and what planners do with versions
 * afterwards: compare two, and adjust one. An adjustment makes a NEW version derived from the
 * old one (copied, with the change applied and recorded in its `adjustments`): versions are
 * never overwritten, so a schedule or a budget made on the old numbers can still be traced,
 * and staffing requirements of the new version read the adjusted intervals like any other.
 */
@Injectable()
export class ForecastRunsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ForecastRunsRepository,
    private readonly forecasts: ForecastsService,
    private readonly answerGroups: AnswerGroupsService,
    private readonly history: HistoryRepository,
    private readonly jobs: JobsService,
    private readonly runner: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.runner.register('forecast-run', (job, context) => this.run(job, context));
  }

  /** Checks the request against the data, then queues the run. */
  async start(dto: CreateForecastRunDto): Promise<JobAcceptedDto> {
    const known = (await this.answerGroups.findAllEntities()).map((group) => group.id);
    const answerGroupIds = dto.answerGroupIds ?? known;
    const unknown = answerGroupIds.filter((id) => !known.includes(id));
    if (unknown.length > 0) {
      throw new BadRequestException(`Unknown answer groups: ${unknown.join(', ')}`);
    }
    if (answerGroupIds.length === 0) {
      throw codedBadRequest('There are no answer groups to forecast', 'noAnswerGroups');
    }
    const { timezone } = this.config;
    const historyDays = dto.historyDays ?? 1096;
    const hasHistory = await this.repository.hasHistory(
      answerGroupIds,
      startOfLocalDay(addLocalDays(dto.from, -historyDays), timezone),
      startOfLocalDay(dto.from, timezone),
    );
    if (!hasHistory) {
      throw codedBadRequest(
        `There is no history in the ${historyDays} days before ${dto.from} to learn from`,
        'noHistoryBefore',
        { days: historyDays, from: dto.from },
      );
    }
    const method = dto.method ?? 'auto';
    const parameters: ForecastRunParameters = {
      name: dto.name ?? `Forecast ${dto.from}, ${dto.days} days (${method})`,
      answerGroupIds,
      from: dto.from,
      days: dto.days,
      method,
      backtestOrigins: dto.backtestOrigins ?? 4,
      predictionLevel: dto.predictionLevel ?? 0.8,
      historyDays,
      excludeDates: dto.excludeDates ?? [],
      openDates: dto.openDates ?? [],
    };
    const job = await this.jobs.enqueue('forecast-run', { ...parameters });
    return { jobId: job.id, status: job.status };
  }

  /** The job: history from the database, the library in a worker thread, a new version. */
  private async run(job: Job, context: JobContext): Promise<JobOutcome> {
    const parameters = job.parameters as unknown as ForecastRunParameters;
    const { timezone, country } = this.config;
    const began = Date.now();
    const groupCount = parameters.answerGroupIds.length;
    context.progress(0.05, {
      key: 'forecastLoading',
      values: { done: 0, total: groupCount },
      message: 'Loading history',
    });
    // Group by group, yielding between: two years of one group is ~70,000 rows for `pg` to
    // parse on the event loop, all groups at once would hold HTTP up for seconds.
    const builder = new ColumnarHistoryBuilder(parameters.answerGroupIds);
    const withHistory: string[] = [];
    let rowCount = 0;
    for (const [i, answerGroupId] of parameters.answerGroupIds.entries()) {
      const rows = await this.history.find(
        [answerGroupId],
        startOfLocalDay(addLocalDays(parameters.from, -parameters.historyDays), timezone),
        startOfLocalDay(parameters.from, timezone),
      );
      if (rows.length > 0) withHistory.push(answerGroupId);
      rowCount += rows.length;
      builder.add(rows);
      context.progress(0.05 + (0.2 * (i + 1)) / groupCount, {
        key: 'forecastLoading',
        values: { done: i + 1, total: groupCount },
        message: `Loaded history of ${i + 1} of ${groupCount} answer groups`,
      });
      await yieldToEventLoop();
    }
    if (withHistory.length === 0) {
      throw new JobFailure('There is no history to learn from', {
        key: 'noHistoryBefore',
        values: { days: parameters.historyDays, from: parameters.from },
      });
    }
    const history = builder.build();
    const loadedMs = Date.now();

    const task = runCpuTask(
      FORECAST_TASK,
      {
        history,
        from: parameters.from,
        days: parameters.days,
        method: parameters.method,
        timeZone: timezone,
        country,
        backtestOrigins: parameters.backtestOrigins,
        predictionLevel: parameters.predictionLevel,
        excludeDates: parameters.excludeDates,
        openDates: parameters.openDates,
      },
      (share, report) => context.progress(share, report),
      [
        history.group.buffer as ArrayBuffer,
        history.startMs.buffer as ArrayBuffer,
        history.offered.buffer as ArrayBuffer,
        history.answered.buffer as ArrayBuffer,
        history.ahtSeconds.buffer as ArrayBuffer,
      ],
    );
    context.onStop(task.terminate);
    let output: ForecastTaskOutput;
    try {
      output = await task.result;
    } catch (error) {
      throw JobFailure.of(error);
    }
    context.signal.throwIfAborted();
    const computedMs = Date.now();
    context.progress(0.85, { key: 'forecastStoring', message: 'Storing the forecast' });
    const versionId = await this.store(parameters, output, job.id);
    const seconds = (Date.now() - began) / 1000;
    return {
      result: {
        forecastVersionId: versionId,
        answerGroups: output.accuracy.length,
        groupsWithoutHistory: parameters.answerGroupIds.filter((id) => !withHistory.includes(id)),
        historyRows: rowCount,
        seconds,
        // Where the time went: reading history, the library (worker thread), storing.
        loadSeconds: (loadedMs - began) / 1000,
        forecastSeconds: (computedMs - loadedMs) / 1000,
        storeSeconds: (Date.now() - computedMs) / 1000,
      },
      message: `Forecast version ${versionId} stored (${seconds.toFixed(1)} s)`,
    };
  }

  private async store(
    parameters: ForecastRunParameters,
    output: ForecastTaskOutput,
    jobId: number,
  ): Promise<number> {
    const lastDay = addLocalDays(parameters.from, parameters.days - 1);
    return this.dataSource.transaction(async (manager) => {
      const versionId = await this.repository.insertVersion(manager, {
        name: parameters.name,
        method: parameters.method,
        intervalMinutes: output.intervalMinutes,
        firstDay: parameters.from,
        lastDay,
        accuracy: output.accuracy.map((group) => {
          const used = group.methods.find((row) => row.method === group.method);
          const origins = group.backtestOrigins;
          return {
            answerGroupId: group.answerGroupId,
            wape: used?.interval.wape ?? null,
            from: origins[0] ?? parameters.from,
            to:
              origins.length > 0
                ? addLocalDays(origins[origins.length - 1] as string, group.backtestHorizonDays - 1)
                : parameters.from,
          };
        }),
        extras: {
          methods: Object.fromEntries(
            output.accuracy.map((group) => [group.answerGroupId, group.method]),
          ),
          accuracyDetails: output.accuracy,
          predictionLevel: output.predictionLevel,
          derivedFromId: null,
          adjustments: [],
          jobId,
        },
      });
      await this.repository.insertForecast(manager, versionId, output);
      return versionId;
    });
  }

  async findDetails(id: number): Promise<ForecastDetailsDto> {
    const version = await this.forecasts.findOne(id);
    const extras = await this.repository.findExtras(id);
    return {
      ...version,
      methods: extras?.methods ?? {},
      accuracyDetails: extras?.accuracyDetails ?? [],
      predictionLevel: extras?.predictionLevel ?? null,
      derivedFromId: extras?.derivedFromId ?? null,
      adjustments: extras?.adjustments ?? [],
      jobId: extras?.jobId ?? null,
    };
  }

  async findDays(id: number, query: ForecastDaysQueryDto): Promise<ForecastDayDto[]> {
    if (query.from && query.to && query.to < query.from) {
      throw new BadRequestException('to must not be before from');
    }
    await this.forecasts.findEntity(id);
    return this.repository.findDays(
      id,
      query.answerGroupId,
      this.config.timezone,
      query.from,
      query.to,
    );
  }

  async findIntervalBounds(
    id: number,
    query: ForecastIntervalsQueryDto,
  ): Promise<ForecastIntervalBoundsDto[]> {
    if (query.to < query.from) throw new BadRequestException('to must not be before from');
    await this.forecasts.findEntity(id);
    const { timezone } = this.config;
    const rows = await this.repository.findIntervalBounds(
      id,
      query.answerGroupId,
      startOfLocalDay(query.from, timezone),
      startOfLocalDay(addLocalDays(query.to, 1), timezone),
    );
    return rows.map(({ startMs, ...row }) => ({
      intervalStart: formatZonedIso(startMs, timezone),
      ...row,
    }));
  }

  /** Calls per local day of two versions side by side, over the days either covers. */
  async compare(query: CompareForecastsQueryDto): Promise<CompareForecastsDto> {
    await this.forecasts.findEntity(query.a);
    await this.forecasts.findEntity(query.b);
    if (query.answerGroupId) await this.answerGroups.findEntity(query.answerGroupId);
    const totals = await this.repository.dayTotals(
      [query.a, query.b],
      query.answerGroupId,
      this.config.timezone,
    );
    const byDate = new Map<string, { a: number | null; b: number | null }>();
    for (const row of totals) {
      const entry = byDate.get(row.date) ?? { a: null, b: null };
      if (row.versionId === query.a) entry.a = row.calls;
      if (row.versionId === query.b) entry.b = row.calls;
      byDate.set(row.date, entry);
    }
    let totalA = 0;
    let totalB = 0;
    const days = [...byDate]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([date, { a, b }]) => {
        const both = a !== null && b !== null;
        if (both) {
          totalA += a;
          totalB += b;
        }
        return {
          date,
          a,
          b,
          difference: both ? b - a : null,
          relativeDifference: both && a > 0 ? (b - a) / a : null,
        };
      });
    return {
      a: query.a,
      b: query.b,
      answerGroupId: query.answerGroupId ?? null,
      days,
      totalA,
      totalB,
    };
  }

  /** A new version: the old one with the adjustment applied, and recorded. */
  async adjust(id: number, dto: CreateAdjustmentDto): Promise<ForecastDetailsDto> {
    if (dto.to < dto.from) throw new BadRequestException('to must not be before from');
    const source = await this.forecasts.findEntity(id);
    await this.answerGroups.findEntity(dto.answerGroupId);
    if (dto.from > source.lastDay || dto.to < source.firstDay) {
      throw new BadRequestException(
        `Forecast version ${id} covers ${source.firstDay} to ${source.lastDay}; the adjustment is outside it`,
      );
    }
    const { timezone } = this.config;
    const totals = await this.repository.dayTotals([id], dto.answerGroupId, timezone, {
      from: dto.from,
      to: dto.to,
    });
    const byDate = new Map(totals.map((row) => [row.date, row.calls]));
    const dayTotals = datesBetween(dto.from, dto.to).map((date) => ({
      date,
      calls: byDate.get(date) ?? 0,
    }));
    const factors = adjustmentFactors(dayTotals, dto);
    const callsBefore = dayTotals.reduce((sum, day) => sum + day.calls, 0);
    const callsAfter = dayTotals.reduce(
      (sum, day, i) => sum + day.calls * (factors[i]?.factor ?? 1),
      0,
    );
    const extras = await this.repository.findExtras(id);
    const adjustment: RecordedAdjustment = {
      answerGroupId: dto.answerGroupId,
      from: dto.from,
      to: dto.to,
      percent: dto.percent ?? null,
      absoluteCalls: dto.absoluteCalls ?? null,
      note: dto.note ?? null,
      appliedToVersionId: id,
      callsBefore,
      callsAfter,
      createdAt: new Date().toISOString(),
    };
    const change =
      dto.percent !== undefined
        ? `${dto.percent >= 0 ? '+' : ''}${dto.percent}%`
        : `${(dto.absoluteCalls ?? 0) >= 0 ? '+' : ''}${dto.absoluteCalls} calls/day`;
    const newId = await this.dataSource.transaction(async (manager) => {
      const versionId = await this.repository.insertVersion(manager, {
        name: dto.name ?? `${source.name}; ${dto.answerGroupId} ${dto.from}–${dto.to} ${change}`,
        method: source.method,
        intervalMinutes: source.intervalMinutes,
        firstDay: source.firstDay,
        lastDay: source.lastDay,
        accuracy: source.accuracy,
        extras: {
          methods: extras?.methods ?? {},
          accuracyDetails: extras?.accuracyDetails ?? [],
          predictionLevel: extras?.predictionLevel ?? null,
          derivedFromId: id,
          adjustments: [...(extras?.adjustments ?? []), adjustment],
          jobId: null,
        },
      });
      await this.repository.copyAdjusted(
        manager,
        id,
        versionId,
        dto.answerGroupId,
        factors,
        timezone,
      );
      return versionId;
    });
    return this.findDetails(newId);
  }
}
