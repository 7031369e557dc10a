import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  addLocalDays,
  formatLocalIso,
  isoWeekdayIndex,
  localDateOf,
  localMinuteOfDay,
  startOfLocalDay,
} from '@bemanna/calendar';
import { FormatAError, type HistoryRow, forecast, parseFormatA } from '@bemanna/forecast';
import { DataSource, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { fieldErrors } from '../common/validation';
import { codedBadRequest } from '../common/coded-bad-request';
import {
  CreateWrittenQueueDto,
  UpdateWrittenQueueDto,
  WrittenForecastDto,
  WrittenHistoryImportDto,
  WrittenQueueDto,
} from './dto/written-queue.dto';
import { WrittenQueue } from './written-queue.entity';

export function toWrittenQueueDto(queue: WrittenQueue): WrittenQueueDto {
  return {
    id: queue.id,
    name: queue.name,
    handleMinutes: queue.handleMinutes,
    casesPerWeekday: queue.casesPerWeekday,
    workingDays: queue.workingDays,
    answerWithinWorkingDays: queue.answerWithinWorkingDays,
    answerGroupIds: queue.answerGroupIds,
  };
}

/** Days of history the forecast of a queue's cases fits on at most (two years). */
const FORECAST_HISTORY_DAYS = 2 * 364;

/** Written queues (e-mail, web forms): what the schedule reserves backoffice time for. */
@Injectable()
export class WrittenQueuesService {
  constructor(
    @InjectRepository(WrittenQueue) private readonly queues: Repository<WrittenQueue>,
    @InjectRepository(AnswerGroup) private readonly groups: Repository<AnswerGroup>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Stores a queue's cases per local day from a format-A file of daily intervals (`offered`
   * is the cases; `answer_group` the queue's id), in one transaction: a bad row stores
   * nothing and is named by file, line and field; the same file again changes nothing, and a
   * later file corrects the days it holds.
   */
  async importHistory(
    id: string,
    file: Buffer,
    fileName: string,
  ): Promise<WrittenHistoryImportDto> {
    await this.findEntity(id);
    const { timezone } = this.config;
    const refuse = (line: number, field: string, problem: string) => {
      const message = `${fileName}: line ${line}, field ${field}: ${problem}`;
      return fieldErrors(message, [{ field: 'file', messages: [message] }]);
    };
    let rows: HistoryRow[];
    try {
      ({ rows } = parseFormatA(file.toString('utf8')));
    } catch (error) {
      if (error instanceof FormatAError) throw refuse(error.line, error.field, error.problem);
      throw error;
    }
    const cases = new Map<string, number>();
    for (const row of rows) {
      if (row.answerGroup !== id)
        throw refuse(row.line, 'answer_group', `"${row.answerGroup}" is not this queue ("${id}")`);
      if (localMinuteOfDay(row.startMs, timezone) !== 0)
        throw refuse(row.line, 'interval_start', 'must be a local midnight: one row per day');
      const date = localDateOf(row.startMs, timezone);
      if (cases.has(date)) throw refuse(row.line, 'interval_start', `${date} is given twice`);
      cases.set(date, row.offered);
    }
    if (cases.size === 0) throw refuse(1, 'file', 'has no rows');
    const dates = [...cases.keys()].sort();
    const changedDays = await this.dataSource.transaction(async (manager) => {
      const changed: unknown[] = await manager.query(
        `INSERT INTO written_queue_day (written_queue_id, date, cases)
           SELECT $1, d, c FROM unnest($2::date[], $3::double precision[]) AS t(d, c)
         ON CONFLICT (written_queue_id, date) DO UPDATE SET cases = excluded.cases
           WHERE written_queue_day.cases IS DISTINCT FROM excluded.cases
         RETURNING date`,
        [id, dates, dates.map((date) => cases.get(date))],
      );
      return changed.length;
    });
    return { days: dates.length, from: dates[0]!, to: dates[dates.length - 1]!, changedDays };
  }

  /**
   * A week's cases per day from the stored history, by the forecast library: the method
   * that wins its rolling-origin backtest on this queue's days (weekday means, Holt-Winters,
   * seasonal naive, ...), with Swedish holidays. For the queue's `casesPerWeekday`.
   */
  async forecast(id: string, weekStart: string | undefined): Promise<WrittenForecastDto> {
    await this.findEntity(id);
    const { timezone, country } = this.config;
    const monday = (date: string) => {
      let day = date;
      while (isoWeekdayIndex(day) !== 0) day = addLocalDays(day, 1);
      return day;
    };
    // Fitted on the days before the week asked for, or on the latest days for the week after.
    const asked = weekStart === undefined ? null : monday(weekStart);
    const days: { date: string; cases: number }[] = await this.dataSource.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, cases FROM written_queue_day
        WHERE written_queue_id = $1 AND ($2::date IS NULL OR date < $2::date)
        ORDER BY date DESC LIMIT $3`,
      [id, asked, FORECAST_HISTORY_DAYS],
    );
    if (days.length === 0)
      throw codedBadRequest(
        `Written queue "${id}" has no history ${asked ? `before ${asked}` : 'to forecast from'}`,
        'noWrittenHistory',
        { queue: id },
      );
    const from = asked ?? monday(addLocalDays(days[0]!.date, 1));
    const history: HistoryRow[] = days
      .map((day, line) => {
        const startMs = startOfLocalDay(day.date, timezone);
        return {
          line: line + 2,
          intervalStart: formatLocalIso(startMs, timezone),
          startMs,
          answerGroup: id,
          offered: day.cases,
        };
      })
      .reverse();
    const result = forecast({
      history,
      from,
      days: 7,
      timeZone: timezone,
      country,
      intervalMinutes: 1440,
    });
    const report = result.perGroup[id]!;
    const byDate = new Map(result.daily.map((day) => [day.date, day.offered]));
    const chosen = report.accuracy.find((entry) => entry.method === report.method);
    return {
      weekStart: from,
      // Whole cases, as the planner enters them.
      casesPerWeekday: [0, 1, 2, 3, 4, 5, 6].map((day) =>
        Math.round(byDate.get(addLocalDays(from, day)) ?? 0),
      ),
      method: report.method,
      chosenBy: report.chosenBy,
      dailyWape: chosen && Number.isFinite(chosen.daily.wape) ? chosen.daily.wape : null,
      historyDays: history.length,
    };
  }

  findAllEntities(): Promise<WrittenQueue[]> {
    return this.queues.find({ order: { id: 'ASC' } });
  }

  async findAll(): Promise<WrittenQueueDto[]> {
    return (await this.findAllEntities()).map(toWrittenQueueDto);
  }

  private async findEntity(id: string): Promise<WrittenQueue> {
    const queue = await this.queues.findOneBy({ id });
    if (!queue) throw new NotFoundException(`Written queue "${id}" does not exist`);
    return queue;
  }

  async findOne(id: string): Promise<WrittenQueueDto> {
    return toWrittenQueueDto(await this.findEntity(id));
  }

  async create(dto: CreateWrittenQueueDto): Promise<WrittenQueueDto> {
    if (
      (await this.queues.existsBy({ id: dto.id })) ||
      (await this.groups.existsBy({ id: dto.id }))
    )
      throw new ConflictException(
        `"${dto.id}" is already the id of an answer group or written queue`,
      );
    await this.check(dto);
    await this.queues.insert({ ...dto });
    return this.findOne(dto.id);
  }

  async update(id: string, dto: UpdateWrittenQueueDto): Promise<WrittenQueueDto> {
    const queue = await this.findEntity(id);
    const changed = {
      ...queue,
      ...Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)),
    };
    await this.check(changed);
    await this.queues.save(changed);
    return this.findOne(id);
  }

  async remove(id: string): Promise<void> {
    await this.findEntity(id);
    await this.queues.delete({ id });
  }

  /** What the field validators cannot see: groups that exist, a deadline within the week. */
  private async check(queue: Omit<CreateWrittenQueueDto, 'id'>): Promise<void> {
    const problems: { field: string; messages: string[] }[] = [];
    const known = new Set((await this.groups.find({ select: { id: true } })).map((g) => g.id));
    const unknown = queue.answerGroupIds.filter((id) => !known.has(id));
    if (unknown.length > 0)
      problems.push({
        field: 'answerGroupIds',
        messages: [`unknown answer groups: ${unknown.join(', ')}`],
      });
    if (queue.answerWithinWorkingDays >= queue.workingDays.length)
      problems.push({
        field: 'answerWithinWorkingDays',
        messages: [`must be less than the ${queue.workingDays.length} working days`],
      });
    if (problems.length > 0) throw fieldErrors('Validation failed', problems);
  }
}
