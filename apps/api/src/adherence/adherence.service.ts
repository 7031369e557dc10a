import { createHash } from 'node:crypto';
import {
  type AdherenceTotals,
  type AgentDayAdherence,
  type AgentStateEvent,
  type DayServiceLevel,
  type GroupDemand,
  adherenceRatios,
  computeAdherence,
  emptyTotals,
  extentOf,
  parseStateFile,
  replaceStates,
  type ScheduledShift,
  serviceLevelEffect,
  sumTotals,
  type TimeSpan,
  totalsOf,
} from '@bemanna/adherence';
import { addLocalDays, isoWeekdayIndex, localDateOf, startOfLocalDay } from '@bemanna/calendar';
import type { Scenario } from '@bemanna/schedule';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { absenceDays, agentDayKey, splitAgentDayKey } from '../absences/absence-days';
import { type AbsenceKind, Absence } from '../absences/absence.entity';
import { Agent } from '../agents/agent.entity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { decodeCsv } from '../history/history-csv';
import { MAX_LISTED_ERRORS } from '../history/history-import.service';
import { importRejected } from '../history/import-errors';
import { formatZonedIso } from '../history/zoned-time';
import { AgentStateImport } from './agent-state-import.entity';
import type {
  AdherenceFiguresDto,
  AdherenceQueryDto,
  AdherenceReportDto,
  AgentAdherenceDto,
  AgentDayDetailDto,
  AgentStateImportDto,
  StateImportScope,
} from './dto/adherence.dto';

/** Longest range one report covers: a month. */
const MAX_REPORT_DAYS = 31;
/** Rows per INSERT of column arrays: bounds the statement's memory, not its parameters. */
const INSERT_CHUNK = 50_000;
/** Imports take this advisory lock, so two files never replace the same span at once. */
const IMPORT_LOCK = 0x5354_4154;

export interface StateImportRequest {
  file: Buffer;
  fileName: string;
  /** Whom the file speaks for over its period: every agent, or its own agents only. */
  scope: StateImportScope;
}

function toImportDto(entry: AgentStateImport): AgentStateImportDto {
  return {
    id: entry.id,
    fileName: entry.fileName,
    fileSha256: entry.fileSha256,
    rowCount: entry.rowCount,
    agentsChanged: entry.agentsChanged,
    agentsUnchanged: entry.agentsUnchanged,
    scope: entry.agentIds ? 'agents' : 'all',
    coveredFrom: entry.coveredFrom.toISOString(),
    coveredTo: entry.coveredTo.toISOString(),
    createdAt: entry.createdAt.toISOString(),
  };
}

type StoredState = AgentStateEvent & { id: number };

/**
 * Stored states of some agents overlapping `[fromMs, toMs)`, in each agent's time order. Read
 * as plain rows with epoch milliseconds: a month of a centre's states is some 300 000 rows,
 * which entity objects with dates took seconds to build.
 */
async function statesOverlapping(
  manager: EntityManager,
  agentIds: readonly string[],
  fromMs: number,
  toMs: number,
): Promise<StoredState[]> {
  return manager.query(
    `SELECT id, agent_id AS "agentId", state, reason,
            (extract(epoch FROM start_at) * 1000)::float8 AS "startMs",
            (extract(epoch FROM end_at) * 1000)::float8 AS "endMs"
       FROM agent_state
      WHERE agent_id = ANY($1) AND start_at < to_timestamp($3::float8 / 1000)
        AND end_at > to_timestamp($2::float8 / 1000)
      ORDER BY agent_id, start_at`,
    [agentIds, fromMs, toMs],
  );
}

/** Minutes to a tenth, so sums over a month stay readable, and the ratios from the exact ones. */
function toFigures(totals: AdherenceTotals): AdherenceFiguresDto {
  const rounded = totalsOf(totals);
  for (const key of Object.keys(rounded) as (keyof AdherenceTotals)[]) {
    rounded[key] = Math.round(rounded[key] * 10) / 10;
  }
  return { ...rounded, ...adherenceRatios(totals) };
}

/** What adherence over some days rests on: published shifts, states, cover and absences. */
interface AdherenceBasis {
  agents: Agent[];
  versions: { id: number; weekStart: string }[];
  shifts: ScheduledShift[];
  /** The published weeks' forecast calls per group over the days asked for. */
  demand: GroupDemand[];
  intervalMinutes: number;
  absences: Map<string, AbsenceKind>;
  states: StoredState[];
  covered: TimeSpan[];
  coveredForAgent: Map<string, TimeSpan[]>;
  coveredUntil: string | null;
  window: TimeSpan;
}

/** Items by a key, each as `value` makes it (itself by default). */
function groupBy<T, V = T>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => V = (item) => item as unknown as V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(value(item));
    else groups.set(key(item), [value(item)]);
  }
  return groups;
}

/** The days' service levels weighted by their calls. */
function weekServiceLevel(days: readonly DayServiceLevel[]) {
  const calls = days.reduce((sum, day) => sum + day.calls, 0);
  const weighted = (key: 'scheduled' | 'actual') =>
    calls > 0 ? days.reduce((sum, day) => sum + day[key] * day.calls, 0) / calls : null;
  return { calls, scheduled: weighted('scheduled'), actual: weighted('actual') };
}

const spanOf = (entry: AgentStateImport): TimeSpan => ({
  startMs: entry.coveredFrom.getTime(),
  endMs: entry.coveredTo.getTime(),
});

/**
 * Schedule adherence: imports agent states (format B) and compares them with the published
 * schedule, per agent, team and day.
 */
@Injectable()
export class AdherenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AgentStateImport) private readonly imports: Repository<AgentStateImport>,
    @InjectRepository(Agent) private readonly agents: Repository<Agent>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Validates the whole file, then, in one transaction, replaces each agent's stored states
   * from its first start to its last end in the file. A repeated file changes nothing.
   */
  async importStates(request: StateImportRequest): Promise<AgentStateImportDto> {
    const agentIds = new Set((await this.agents.find({ select: { id: true } })).map((a) => a.id));
    const parsed = parseStateFile(decodeCsv(request.file), {
      agentIds,
      maxErrors: MAX_LISTED_ERRORS,
    });
    if (parsed.errorCount > 0) throw importRejected(parsed.errors, parsed.errorCount);
    const { startMs: coveredFrom, endMs: coveredTo } = extentOf(parsed.rows) as TimeSpan;
    const fileAgents = [...new Set(parsed.rows.map((row) => row.agentId))];

    const entry = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
      const stored = await statesOverlapping(manager, fileAgents, coveredFrom, coveredTo);
      const replacement = replaceStates(stored, parsed.rows);
      const log = await manager.save(
        manager.create(AgentStateImport, {
          fileName: request.fileName,
          fileSha256: createHash('sha256').update(request.file).digest('hex'),
          rowCount: parsed.rows.length,
          agentsChanged: replacement.changedAgents.length,
          agentsUnchanged: replacement.unchangedAgents.length,
          agentIds: request.scope === 'agents' ? fileAgents : null,
          coveredFrom: new Date(coveredFrom),
          coveredTo: new Date(coveredTo),
        }),
      );
      if (replacement.removed.length > 0) {
        await manager.query('DELETE FROM agent_state WHERE id = ANY($1)', [
          replacement.removed.map((span) => span.id),
        ]);
      }
      // One array per column, unnested by PostgreSQL: a month of a centre's states is some
      // 300 000 rows, which row-by-row INSERTs took 11 s to store on the embedded database.
      for (let from = 0; from < replacement.added.length; from += INSERT_CHUNK) {
        const chunk = replacement.added.slice(from, from + INSERT_CHUNK);
        await manager.query(
          `INSERT INTO agent_state (agent_id, state, reason, start_at, end_at, import_id)
           SELECT agent_id, state, reason, to_timestamp(start_ms / 1000), to_timestamp(end_ms / 1000), $6
             FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[])
                  AS row(agent_id, state, reason, start_ms, end_ms)`,
          [
            chunk.map((span) => span.agentId),
            chunk.map((span) => span.state),
            chunk.map((span) => span.reason),
            chunk.map((span) => span.startMs),
            chunk.map((span) => span.endMs),
            log.id,
          ],
        );
      }
      return log;
    });
    return toImportDto(entry);
  }

  async findImports(): Promise<AgentStateImportDto[]> {
    const entries = await this.imports.find({ order: { id: 'DESC' }, take: 200 });
    return entries.map(toImportDto);
  }

  /** Adherence per agent, team and day over local dates, from the published schedules. */
  async report(query: AdherenceQueryDto): Promise<AdherenceReportDto> {
    if (query.to < query.from) throw new BadRequestException('to must not be before from');
    if (query.to > addLocalDays(query.from, MAX_REPORT_DAYS - 1)) {
      throw new BadRequestException(`Ask for at most ${MAX_REPORT_DAYS} days at a time`);
    }
    const basis = await this.basis(query.from, query.to, { teamId: query.teamId });
    const { timezone } = this.config;
    const result = computeAdherence({ ...basis, timeZone: timezone });
    // The service level depends on every agent's staffing: a team's alone would tell nothing.
    const serviceLevel = query.teamId
      ? null
      : serviceLevelEffect(result.groupIntervals, basis.demand, basis.covered, {
          intervalMinutes: basis.intervalMinutes,
          timeZone: timezone,
        });
    const inRange = (date: string) => date >= query.from && date <= query.to;
    const counted = result.agentDays.filter(
      (day) => inRange(day.date) && !basis.absences.has(agentDayKey(day.agentId, day.date)),
    );

    const byAgent = groupBy(counted, (day) => day.agentId);
    const agents: AgentAdherenceDto[] = [];
    // The basis holds the absences of the dates asked for only.
    const absentByAgent = groupBy(
      [...basis.absences].map(([key, kind]) => ({ ...splitAgentDayKey(key), kind })),
      (day) => day.agentId,
    );
    for (const agent of basis.agents) {
      const days = byAgent.get(agent.id) ?? [];
      const absentDays = absentByAgent.get(agent.id) ?? [];
      if (days.length === 0 && absentDays.length === 0) continue;
      const rows = [
        ...days.map((day) => ({
          date: day.date,
          ...toFigures(day),
          exceptionCount: day.exceptions.length,
          absence: null,
        })),
        ...absentDays.map(({ date, kind }) => ({
          date,
          ...toFigures(emptyTotals()),
          exceptionCount: 0,
          absence: kind,
        })),
      ].sort((a, b) => a.date.localeCompare(b.date));
      agents.push({
        agentId: agent.id,
        agentName: agent.name,
        teamId: agent.teamId,
        total: toFigures(sumTotals(days)),
        days: rows,
      });
    }

    const byDate = (days: AgentDayAdherence[]) =>
      [...groupBy(days, (day) => day.date)]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([date, list]) => ({ date, ...toFigures(sumTotals(list)) }));
    const teamOf = new Map(basis.agents.map((agent) => [agent.id, agent]));
    const teamIds = [...new Set(agents.map((agent) => agent.teamId))];
    const teams = teamIds.map((teamId) => {
      const days = counted.filter((day) => teamOf.get(day.agentId)?.teamId === teamId);
      const team = basis.agents.find((agent) => agent.teamId === teamId)?.team;
      return {
        teamId,
        teamName: team?.name ?? null,
        total: toFigures(sumTotals(days)),
        days: byDate(days),
      };
    });
    teams.sort((a, b) => (a.teamName ?? '~').localeCompare(b.teamName ?? '~', 'sv'));

    return {
      from: query.from,
      to: query.to,
      teamId: query.teamId ?? null,
      coveredUntil: basis.coveredUntil,
      scheduleVersionIds: basis.versions.map((version) => version.id),
      total: toFigures(sumTotals(counted)),
      days: byDate(counted),
      serviceLevel: serviceLevel && {
        days: serviceLevel,
        total: weekServiceLevel(serviceLevel),
      },
      teams,
      agents,
      intervals: result.intervals
        .filter(({ startMs }) => startMs >= basis.window.startMs && startMs < basis.window.endMs)
        .map((interval) => ({
          start: formatZonedIso(interval.startMs, timezone),
          scheduledAgents: interval.scheduledAgents,
          phoneAgents: interval.phoneAgents,
        })),
    };
  }

  /** One agent's day: its scheduled activities, its states and where they part. */
  async agentDay(agentId: string, date: string): Promise<AgentDayDetailDto> {
    const agent = await this.agents.findOneBy({ id: agentId });
    if (!agent) throw new NotFoundException(`Agent "${agentId}" does not exist`);
    const basis = await this.basis(date, date, { agentId });
    const { timezone } = this.config;
    const absence = basis.absences.get(agentDayKey(agentId, date)) ?? null;
    const shifts = absence ? [] : basis.shifts;
    const result = computeAdherence({ ...basis, shifts, timeZone: timezone });
    const day = result.agentDays.find((row) => row.date === date);
    const iso = (instantMs: number) => formatZonedIso(instantMs, timezone);
    return {
      agentId,
      agentName: agent.name,
      date,
      scheduleVersionId:
        basis.versions.find(
          ({ weekStart }) => weekStart === addLocalDays(date, -isoWeekdayIndex(date)),
        )?.id ?? null,
      absence,
      activities: basis.shifts.flatMap((shift) =>
        shift.activities.map(({ type, start, end }) => ({ type, start, end })),
      ),
      states: basis.states.map((state) => ({
        state: state.state,
        reason: state.reason,
        start: iso(Math.max(state.startMs, basis.window.startMs)),
        end: iso(Math.min(state.endMs, basis.window.endMs)),
      })),
      exceptions: (day?.exceptions ?? []).map((exception) => ({
        start: iso(exception.startMs),
        end: iso(exception.endMs),
        minutes: Math.round((exception.endMs - exception.startMs) / 6_000) / 10,
        activity: exception.activity,
        state: exception.state,
        reason: exception.reason,
      })),
      figures: toFigures(day ?? emptyTotals()),
      coveredUntil: basis.coveredUntil,
    };
  }

  /**
   * The published shifts starting on the dates (of a team's or one agent's agents), the
   * registered absences, and the states and imports' cover over those days and the shifts.
   */
  private async basis(
    from: string,
    to: string,
    only: { teamId?: string | undefined; agentId?: string },
  ): Promise<AdherenceBasis> {
    const { timezone } = this.config;
    const agents = await this.agents.find({
      where: {
        ...(only.teamId ? { teamId: only.teamId } : {}),
        ...(only.agentId ? { id: only.agentId } : {}),
      },
      relations: { team: true },
      order: { name: 'ASC' },
    });
    const agentIds = agents.map((agent) => agent.id);
    const wanted = new Set(agentIds);

    // A week's version holds the shifts starting in it; weeks start on Mondays.
    const versions: {
      id: number;
      weekStart: string;
      shifts: ScheduledShift[];
      scenario: Pick<Scenario, 'intervalMinutes' | 'serviceGoal' | 'answerGroups'>;
    }[] = await this.dataSource.query(
      `SELECT id, week_start::text AS "weekStart", schedule->'shifts' AS shifts,
              jsonb_build_object('intervalMinutes', scenario->'intervalMinutes',
                                 'serviceGoal', scenario->'serviceGoal',
                                 'answerGroups', scenario->'answerGroups') AS scenario
         FROM schedule_version
        WHERE status = 'published' AND week_start BETWEEN $1 AND $2 ORDER BY week_start`,
      [addLocalDays(from, -6), to],
    );
    const shifts = versions
      .flatMap((version) => version.shifts)
      .filter((shift) => {
        if (!wanted.has(shift.agentId)) return false;
        const date = localDateOf(Date.parse(shift.start), timezone);
        return date >= from && date <= to;
      });
    const intervalMinutes = versions[0]?.scenario.intervalMinutes ?? 15;
    const daysFrom = startOfLocalDay(from, timezone);
    const daysTo = startOfLocalDay(addLocalDays(to, 1), timezone);
    const demand = versions.flatMap(({ weekStart, scenario }) => {
      const weekStartMs = startOfLocalDay(weekStart, timezone);
      const intervalMs = scenario.intervalMinutes * 60_000;
      return scenario.answerGroups.map((group) => {
        const calls = new Map<number, number>();
        group.calls.forEach((count, t) => {
          const startMs = weekStartMs + t * intervalMs;
          if (count > 0 && startMs >= daysFrom && startMs < daysTo) calls.set(startMs, count);
        });
        return {
          answerGroupId: group.id,
          ahtSeconds: group.ahtSeconds,
          targetSeconds: scenario.serviceGoal.targetSeconds,
          calls,
        };
      });
    });

    const absenceRows = await this.dataSource
      .getRepository(Absence)
      .createQueryBuilder('absence')
      .where('absence.agent_id = ANY(:agents)', { agents: agentIds })
      .andWhere('absence.to_date >= :from AND absence.from_date <= :to', { from, to })
      .getMany();
    const absences = absenceDays(absenceRows, { from, to });

    const window = {
      startMs: startOfLocalDay(from, timezone),
      endMs: Math.max(
        startOfLocalDay(addLocalDays(to, 1), timezone),
        ...shifts.map((shift) => Date.parse(shift.end)),
      ),
    };
    const range = { from: new Date(window.startMs), to: new Date(window.endMs) };
    const states = await statesOverlapping(
      this.dataSource.manager,
      agentIds,
      window.startMs,
      window.endMs,
    );
    const cover = await this.imports
      .createQueryBuilder('entry')
      .where('entry.covered_from < :to AND entry.covered_to > :from', range)
      .getMany();
    const latest = await this.imports
      .createQueryBuilder('entry')
      .select('MAX(entry.covered_to)', 'until')
      .getRawOne<{ until: Date | null }>();
    return {
      agents,
      versions: versions.map(({ id, weekStart }) => ({ id, weekStart })),
      shifts,
      demand,
      intervalMinutes,
      absences,
      states,
      covered: cover.filter((entry) => entry.agentIds === null).map(spanOf),
      coveredForAgent: groupBy(
        cover.flatMap((entry) =>
          (entry.agentIds ?? []).map((agentId) => ({ agentId, span: spanOf(entry) })),
        ),
        (item) => item.agentId,
        (item) => item.span,
      ),
      coveredUntil: latest?.until
        ? formatZonedIso(new Date(latest.until).getTime(), timezone)
        : null,
      window,
    };
  }
}
