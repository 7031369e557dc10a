import { createHash } from 'node:crypto';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { addLocalDays, startOfLocalDay } from '@bemanna/calendar';
import { answerGroupLookup, CsvLayout, decodeCsv, FORMAT_A, parseHistoryCsv } from './history-csv';
import { HistoryImport } from './history-import.entity';
import { HistoryRepository } from './history.repository';
import { importRejected, rowError } from './import-errors';
import { ImportProfile } from './import-profile.entity';
import { checkIntervals } from './interval-length';
import { formatZonedIso } from './zoned-time';
import {
  CreateImportProfileDto,
  HistoryImportDto,
  HistoryIntervalDto,
  HistoryQueryDto,
  ImportProfileDto,
} from './dto/history.dto';

/** At most this many bad rows are listed; the count covers them all. */
export const MAX_LISTED_ERRORS = 100;

/** Longest range of history one request may read: a year. */
const MAX_QUERY_DAYS = 366;

export interface ImportRequest {
  file: Buffer;
  fileName: string;
  profileId?: number;
  intervalMinutes?: number;
}

function toImportDto(entry: HistoryImport): HistoryImportDto {
  return {
    id: entry.id,
    fileName: entry.fileName,
    fileSha256: entry.fileSha256,
    profileId: entry.profileId,
    intervalMinutes: entry.intervalMinutes,
    rowCount: entry.rowCount,
    inserted: entry.inserted,
    updated: entry.updated,
    unchanged: entry.unchanged,
    firstIntervalStart: entry.firstIntervalStart?.toISOString() ?? null,
    lastIntervalStart: entry.lastIntervalStart?.toISOString() ?? null,
    createdAt: entry.createdAt.toISOString(),
  };
}

/**
 * Imports interval history (format A or a saved mapped layout): validates the whole file,
 * then stores it in one transaction, or stores nothing.
 */
@Injectable()
export class HistoryImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AnswerGroup) private readonly groups: Repository<AnswerGroup>,
    @InjectRepository(ImportProfile) private readonly profiles: Repository<ImportProfile>,
    @InjectRepository(HistoryImport) private readonly imports: Repository<HistoryImport>,
    private readonly history: HistoryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async importFile(request: ImportRequest): Promise<HistoryImportDto> {
    const layout =
      request.profileId === undefined ? FORMAT_A : await this.layoutOf(request.profileId);
    const groups = await this.groups.find({ select: { id: true, name: true } });
    const parsed = parseHistoryCsv(
      decodeCsv(request.file),
      layout,
      answerGroupLookup(groups),
      MAX_LISTED_ERRORS,
    );
    if (parsed.errorCount > 0) throw importRejected(parsed.errors, parsed.errorCount);
    if (parsed.rows.length === 0) {
      throw importRejected([rowError(null, '(file)', 'noRows')], 1);
    }
    const check = checkIntervals(parsed.rows, request.intervalMinutes, MAX_LISTED_ERRORS);
    if (check.intervalMinutes === undefined)
      throw importRejected(check.errors, check.errors.length);
    const intervalMinutes = check.intervalMinutes;

    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const row of parsed.rows) {
      if (row.startMs < first) first = row.startMs;
      if (row.startMs > last) last = row.startMs;
    }
    const entry = await this.dataSource.transaction(async (manager) => {
      const log = await manager.save(
        manager.create(HistoryImport, {
          fileName: request.fileName,
          fileSha256: createHash('sha256').update(request.file).digest('hex'),
          profileId: request.profileId ?? null,
          intervalMinutes,
          rowCount: parsed.rows.length,
          inserted: 0,
          updated: 0,
          unchanged: 0,
          firstIntervalStart: new Date(first),
          lastIntervalStart: new Date(last),
        }),
      );
      const counts = await this.history.upsert(manager, parsed.rows, intervalMinutes, log.id);
      Object.assign(log, counts);
      return manager.save(log);
    });
    return toImportDto(entry);
  }

  async findImports(): Promise<HistoryImportDto[]> {
    const entries = await this.imports.find({ order: { id: 'DESC' }, take: 200 });
    return entries.map(toImportDto);
  }

  /** Stored intervals of one group over local dates, with local times and offsets. */
  async findIntervals(query: HistoryQueryDto): Promise<HistoryIntervalDto[]> {
    if (query.to < query.from) throw new BadRequestException('to must not be before from');
    if (query.to > addLocalDays(query.from, MAX_QUERY_DAYS - 1)) {
      throw new BadRequestException(`Ask for at most ${MAX_QUERY_DAYS} days at a time`);
    }
    if (!(await this.groups.existsBy({ id: query.answerGroupId }))) {
      throw new NotFoundException(`Answer group "${query.answerGroupId}" does not exist`);
    }
    const { timezone } = this.config;
    const rows = await this.history.find(
      [query.answerGroupId],
      startOfLocalDay(query.from, timezone),
      startOfLocalDay(addLocalDays(query.to, 1), timezone),
    );
    return rows.map((row) => ({
      intervalStart: formatZonedIso(row.startMs, timezone),
      intervalMinutes: row.intervalMinutes,
      offered: row.offered,
      answered: row.answered,
      answeredWithinTarget: row.answeredWithinTarget,
      abandoned: row.abandoned,
      ahtSeconds: row.ahtSeconds,
    }));
  }

  async findProfiles(): Promise<ImportProfileDto[]> {
    const profiles = await this.profiles.find({ order: { id: 'ASC' } });
    return profiles.map(({ createdAt: _createdAt, ...profile }) => profile);
  }

  async createProfile(dto: CreateImportProfileDto): Promise<ImportProfileDto> {
    if (await this.profiles.existsBy({ name: dto.name })) {
      throw new BadRequestException(`An import profile named "${dto.name}" already exists`);
    }
    const { createdAt: _createdAt, ...profile } = await this.profiles.save(
      this.profiles.create(dto),
    );
    return profile;
  }

  async deleteProfile(id: number): Promise<void> {
    const result = await this.profiles.delete({ id });
    if (!result.affected) throw new NotFoundException(`Import profile ${id} does not exist`);
  }

  private async layoutOf(profileId: number): Promise<CsvLayout> {
    const profile = await this.profiles.findOneBy({ id: profileId });
    if (!profile) throw new BadRequestException(`Import profile ${profileId} does not exist`);
    return profile;
  }
}
