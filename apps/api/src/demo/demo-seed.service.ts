import {
  DEMO_HISTORY_FROM,
  DEMO_HISTORY_TO,
  demoAbsences,
  demoAgentStates,
  demoAgentStatesCsv,
  demoCentre,
  demoHistoryCsv,
  demoWrittenQueueHistoryCsv,
} from '@bemanna/demo';
import { addLocalDays, localDateOf, startOfLocalDay } from '@bemanna/calendar';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ScheduledShift } from '@bemanna/adherence';
import { absenceDays, agentDayKey } from '../absences/absence-days';
import { Absence } from '../absences/absence.entity';
import { AdherenceService } from '../adherence/adherence.service';
import type { AgentStateImportDto } from '../adherence/dto/adherence.dto';
import { Agent } from '../agents/agent.entity';
import { WrittenQueue } from '../written-queues/written-queue.entity';
import { WrittenQueuesService } from '../written-queues/written-queues.service';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { DEFAULT_SHRINKAGE } from '../answer-groups/answer-groups.service';
import { ForecastsService } from '../forecasts/forecasts.service';
import { HistoryImportService } from '../history/history-import.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { JobAcceptedDto } from '../jobs/dto/job.dto';
import { Job } from '../jobs/job.entity';
import { isoWeekOf } from '../requirements/staffing-requirements';
import { SchedulesService } from '../schedules/schedules.service';
import { Team } from '../teams/team.entity';
import { Unit } from '../teams/unit.entity';

/** The demo's first planning week, the four weeks after its history. */
const FIRST_WEEK = addLocalDays(DEMO_HISTORY_TO, 1);
/**
 * The demo's story is told on the Wednesday of that week at noon: the telephony system has
 * reported the agents' states of Monday, Tuesday and this morning.
 */
const STATES_UNTIL = { day: 2, hour: 12 };
/** How often the demo looks whether its first week's generation has ended. */
const JOB_POLL_MS = 1_000;

/** What a demo load put in the database. */
export interface DemoSeedResult {
  answerGroups: number;
  agents: number;
  historyRows: number;
  forecastVersionId: number;
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Loads the demo contact centre (@bemanna/demo) into an empty database: its answer groups and
 * written queues (with two years of cases per day),
 * unit, teams, agents and their absences around the first planning week, two years of interval
 * history through the ordinary import, and a seasonal-mean forecast of the four weeks after the
 * history, so the API has something to show on first start.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly history: HistoryImportService,
    private readonly forecasts: ForecastsService,
    private readonly schedules: SchedulesService,
    private readonly adherence: AdherenceService,
    private readonly writtenQueues: WrittenQueuesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Seeds only when there are no answer groups yet; returns undefined when it did nothing. */
  async seedIfEmpty(): Promise<DemoSeedResult | undefined> {
    if ((await this.dataSource.getRepository(AnswerGroup).count()) > 0) return undefined;
    const started = Date.now();
    const centre = demoCentre();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(
        AnswerGroup,
        centre.answerGroups.map((group) => ({
          id: group.id,
          name: group.name,
          ahtSeconds: group.ahtSeconds,
          serviceLevelGoal: group.serviceGoal.serviceLevel,
          targetSeconds: group.serviceGoal.targetSeconds,
          patienceSeconds: group.patienceSeconds ?? null,
          maxOccupancy: null,
          defaultShrinkage: DEFAULT_SHRINKAGE,
          openingHours: group.open,
          specialDays: [],
        })),
      );
      const unitNames = [...new Set(centre.teams.map((team) => team.unit))];
      await manager.insert(
        Unit,
        unitNames.map((name) => ({ id: slug(name), name, managerName: null })),
      );
      await manager.insert(
        Team,
        centre.teams.map((team) => ({
          id: team.id,
          name: team.name,
          unitId: slug(team.unit),
          managerName: team.manager,
        })),
      );
      await manager.save(
        centre.agents.map((agent) =>
          manager.create(Agent, {
            id: agent.id,
            name: agent.name,
            teamId: agent.teamId,
            contractMinutesPerWeek: agent.contractMinutesPerWeek,
            employmentPercent: agent.employmentPercent,
            startDate: agent.startDate,
            endDate: agent.endDate ?? null,
            preferences: agent.preferences ?? null,
            skills: agent.skills.map((id) => ({ id })),
          }),
        ),
      );
      await manager.insert(WrittenQueue, centre.writtenQueues);
      await manager.insert(
        Absence,
        demoAbsences().map((absence) => ({ ...absence, note: absence.note ?? null })),
      );
    });
    const csv = demoHistoryCsv({ from: DEMO_HISTORY_FROM, to: DEMO_HISTORY_TO });
    const imported = await this.history.importFile({
      file: Buffer.from(csv),
      fileName: `demo-history-${DEMO_HISTORY_FROM}-${DEMO_HISTORY_TO}.csv`,
    });
    for (const queue of centre.writtenQueues) {
      await this.writtenQueues.importHistory(
        queue.id,
        Buffer.from(
          demoWrittenQueueHistoryCsv(queue, { from: DEMO_HISTORY_FROM, to: DEMO_HISTORY_TO }),
        ),
        `demo-${queue.id}-${DEMO_HISTORY_FROM}-${DEMO_HISTORY_TO}.csv`,
      );
    }
    const forecast = await this.forecasts.createSeasonalMean({
      // The demo centre is Swedish: its forecast is named the way its planners would name it.
      name: 'Demo: säsongsmedel av 8 veckor',
      from: addLocalDays(DEMO_HISTORY_TO, 1),
      days: 28,
      weeks: 8,
    });
    this.logger.log(
      `Loaded the demo contact centre: ${centre.answerGroups.length} answer groups, ${centre.agents.length} agents, ` +
        `${imported.rowCount} history intervals, forecast version ${forecast.id} (${Date.now() - started} ms)`,
    );
    return {
      answerGroups: centre.answerGroups.length,
      agents: centre.agents.length,
      historyRows: imported.rowCount,
      forecastVersionId: forecast.id,
    };
  }

  /**
   * Plans the demo's first week (the forecast's first) as a background job and publishes it,
   * so the overview, the absences' effect and the schedule page have a published week to show
   * on first start, as a centre in use would. `npm start` asks for it after loading the demo.
   */
  planFirstWeek(forecastVersionId: number, timeLimitSeconds?: number): Promise<JobAcceptedDto> {
    const weekStart = FIRST_WEEK;
    // The planner's default time unless told otherwise: the LP of this week takes about 12 s
    // (more on a busy machine), so a shorter budget leaves the search little time, and the
    // week would show as worse than the one a planner gets by pressing the button (20 s:
    // 96.8% against 98.4%).
    return this.schedules.generateAndPublish({
      weekStart,
      forecastVersionId,
      name: `Vecka ${Number(isoWeekOf(weekStart).week.slice(-2))} (demo)`,
      ...(timeLimitSeconds === undefined ? {} : { timeLimitSeconds }),
    });
  }

  /**
   * Once the job planning the first week has ended, imports the agent states the telephony
   * system would have reported by the demo's "now" ({@link importAgentStates}).
   */
  async importAgentStatesAfter(jobId: number): Promise<AgentStateImportDto | undefined> {
    const jobs = this.dataSource.getRepository(Job);
    for (;;) {
      const job = await jobs.findOneBy({ id: jobId });
      if (!job || job.status === 'failed' || job.status === 'cancelled') return undefined;
      if (job.status === 'succeeded') return this.importAgentStates();
      await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS));
    }
  }

  /**
   * The agents' states (format B, through the ordinary import) for the published first week
   * from Monday to Wednesday noon, made from its shifts by each agent's habits; agents away
   * that day (the demo's sick leave) have none. Undefined when the week is not published.
   */
  async importAgentStates(): Promise<AgentStateImportDto | undefined> {
    const { timezone } = this.config;
    const [version] = await this.dataSource.query(
      `SELECT schedule->'shifts' AS shifts FROM schedule_version
        WHERE status = 'published' AND week_start = $1`,
      [FIRST_WEEK],
    );
    if (!version) return undefined;
    const away = absenceDays(await this.dataSource.getRepository(Absence).find());
    const untilMs =
      startOfLocalDay(addLocalDays(FIRST_WEEK, STATES_UNTIL.day), timezone) +
      STATES_UNTIL.hour * 3_600_000;
    const shifts = (version.shifts as ScheduledShift[]).filter(
      (shift) =>
        Date.parse(shift.start) < untilMs &&
        !away.has(agentDayKey(shift.agentId, localDateOf(Date.parse(shift.start), timezone))),
    );
    const states = demoAgentStates(shifts, {})
      .filter((state) => state.startMs < untilMs)
      .map((state) => ({ ...state, endMs: Math.min(state.endMs, untilMs) }));
    return this.adherence.importStates({
      file: Buffer.from(demoAgentStatesCsv(states, timezone)),
      fileName: `demo-agent-states-${FIRST_WEEK}.csv`,
      scope: 'all',
    });
  }
}
