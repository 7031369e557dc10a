import { addLocalDays, localDateOf, startOfLocalDay } from '@bemanna/calendar';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { answerGroupLookup, decodeCsv, FORMAT_A, parseHistoryCsv } from '../history/history-csv';
import { HistoryRepository } from '../history/history.repository';
import { checkIntervals } from '../history/interval-length';
import { formatZonedIso } from '../history/zoned-time';
import { MAX_LISTED_ERRORS } from '../history/history-import.service';
import { rowError } from '../history/import-errors';
import {
  CreateSeasonalMeanForecastDto,
  ForecastIntervalDto,
  ForecastIntervalsQueryDto,
  ForecastVersionDto,
  ImportForecastDto,
} from './dto/forecast.dto';
import { BacktestAccuracy, ForecastVersion } from './forecast-version.entity';
import { ForecastsRepository } from './forecasts.repository';
import { ForecastPoint, localRange, seasonalMean, wape } from './seasonal-mean';

function toVersionDto(version: ForecastVersion): ForecastVersionDto {
  return {
    id: version.id,
    name: version.name,
    method: version.method,
    intervalMinutes: version.intervalMinutes,
    firstDay: version.firstDay,
    lastDay: version.lastDay,
    accuracy: version.accuracy,
    createdAt: version.createdAt.toISOString(),
  };
}

/** Forecast versions: made from history (seasonal mean) or imported, never overwritten. */
@Injectable()
export class ForecastsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ForecastVersion) private readonly versions: Repository<ForecastVersion>,
    @InjectRepository(AnswerGroup) private readonly groups: Repository<AnswerGroup>,
    private readonly forecasts: ForecastsRepository,
    private readonly history: HistoryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async findAll(): Promise<ForecastVersionDto[]> {
    return (await this.versions.find({ order: { id: 'DESC' } })).map(toVersionDto);
  }

  async findEntity(id: number): Promise<ForecastVersion> {
    const version = await this.versions.findOneBy({ id });
    if (!version) throw new NotFoundException(`Forecast version ${id} does not exist`);
    return version;
  }

  async findOne(id: number): Promise<ForecastVersionDto> {
    return toVersionDto(await this.findEntity(id));
  }

  async findIntervals(
    id: number,
    query: ForecastIntervalsQueryDto,
  ): Promise<ForecastIntervalDto[]> {
    if (query.to < query.from) throw new BadRequestException('to must not be before from');
    await this.findEntity(id);
    const { timezone } = this.config;
    const points = await this.forecasts.findIntervals(
      id,
      [query.answerGroupId],
      startOfLocalDay(query.from, timezone),
      startOfLocalDay(addLocalDays(query.to, 1), timezone),
    );
    return points.map((point) => ({
      intervalStart: formatZonedIso(point.startMs, timezone),
      calls: point.calls,
      ahtSeconds: point.ahtSeconds,
    }));
  }

  /**
   * Forecasts every answer group as the seasonal mean of the `weeks` weeks before `from`,
   * and backtests the same method on the last of those weeks.
   */
  async createSeasonalMean(dto: CreateSeasonalMeanForecastDto): Promise<ForecastVersionDto> {
    const { timezone } = this.config;
    const weeks = dto.weeks ?? 8;
    const intervalMinutes = dto.intervalMinutes ?? 15;
    const groupIds = (await this.groups.find({ select: { id: true }, order: { id: 'ASC' } })).map(
      (g) => g.id,
    );
    if (groupIds.length === 0)
      throw new BadRequestException('There are no answer groups to forecast');

    const historyFrom = addLocalDays(dto.from, -7 * weeks);
    const [historyStart, historyEnd] = localRange(historyFrom, 7 * weeks, timezone);
    const observed = await this.history.find(groupIds, historyStart, historyEnd);
    if (observed.length === 0) {
      throw new BadRequestException(`There is no history in the ${weeks} weeks before ${dto.from}`);
    }
    const points = seasonalMean(observed, groupIds, dto.from, dto.days, intervalMinutes, timezone);

    // Backtest: forecast the last history week from the weeks before it.
    const testFrom = addLocalDays(dto.from, -7);
    const [testStart] = localRange(testFrom, 7, timezone);
    const training = observed.filter((row) => row.startMs < testStart);
    const actual = observed.filter((row) => row.startMs >= testStart);
    const backtest =
      training.length > 0
        ? seasonalMean(training, groupIds, testFrom, 7, intervalMinutes, timezone)
        : [];
    const accuracy: BacktestAccuracy[] = groupIds.map((answerGroupId) => ({
      answerGroupId,
      wape: wape(
        backtest.filter((point) => point.answerGroupId === answerGroupId),
        actual.filter((row) => row.answerGroupId === answerGroupId),
      ),
      from: testFrom,
      to: addLocalDays(dto.from, -1),
    }));

    return this.store(
      {
        name: dto.name ?? `Seasonal mean of ${weeks} weeks from ${dto.from}`,
        method: 'seasonal-mean',
        intervalMinutes,
        firstDay: dto.from,
        lastDay: addLocalDays(dto.from, dto.days - 1),
        accuracy,
      },
      points,
    );
  }

  /** Stores a forecast given as format A (offered = forecast calls, may be fractional). */
  async importCsv(file: Buffer, dto: ImportForecastDto): Promise<ForecastVersionDto> {
    const groups = await this.groups.find({ select: { id: true, name: true } });
    const parsed = parseHistoryCsv(
      decodeCsv(file),
      FORMAT_A,
      answerGroupLookup(groups),
      MAX_LISTED_ERRORS,
    );
    const check =
      parsed.errorCount === 0
        ? checkIntervals(parsed.rows, undefined, MAX_LISTED_ERRORS)
        : undefined;
    if (!check || check.intervalMinutes === undefined || parsed.rows.length === 0) {
      const errors = check?.errors ?? parsed.errors;
      throw new BadRequestException({
        statusCode: 400,
        message: 'The forecast file has errors; nothing was stored',
        errorCount: Math.max(parsed.errorCount, errors.length, 1),
        errors: errors.length > 0 ? errors : [rowError(null, '(file)', 'noRows')],
      });
    }
    const { timezone } = this.config;
    // A loop, not Math.min(...starts): a year of intervals is more arguments than a call takes.
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const row of parsed.rows) {
      first = Math.min(first, row.startMs);
      last = Math.max(last, row.startMs);
    }
    return this.store(
      {
        name: dto.name,
        method: dto.method ?? 'import',
        intervalMinutes: check.intervalMinutes,
        firstDay: localDateOf(first, timezone),
        lastDay: localDateOf(last, timezone),
        accuracy: [],
      },
      parsed.rows.map((row) => ({
        answerGroupId: row.answerGroupId,
        startMs: row.startMs,
        calls: row.offered,
        ahtSeconds: row.ahtSeconds,
      })),
    );
  }

  private async store(
    version: Omit<ForecastVersion, 'id' | 'createdAt'>,
    points: ForecastPoint[],
  ): Promise<ForecastVersionDto> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const entity = await manager.save(manager.create(ForecastVersion, version));
      await this.forecasts.insertIntervals(manager, entity.id, points);
      return entity;
    });
    return this.findOne(saved.id);
  }
}
