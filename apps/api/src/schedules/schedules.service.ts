import { addLocalDays, isoWeekdayIndex, startOfLocalDay } from '@bemanna/calendar';
import {
  coverOptions,
  evaluateSchedule,
  placeWrittenWork,
  type Scenario,
  type Schedule,
  type ScheduleReport,
  validateScenario,
  validateSchedule,
} from '@bemanna/schedule';
import {
  BadRequestException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  NotFoundException,
  OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { codedBadRequest } from '../common/coded-bad-request';
import { AbsencesService } from '../absences/absences.service';
import { AgentsService } from '../agents/agents.service';
import { AnswerGroupsService } from '../answer-groups/answer-groups.service';
import { CalendarService } from '../calendar/calendar.service';
import type { ClosedDayDto } from '../calendar/dto/closed-day.dto';
import { fieldErrors, pathField } from '../common/validation';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ForecastsRepository } from '../forecasts/forecasts.repository';
import { ForecastsService } from '../forecasts/forecasts.service';
import { runCpuTask } from '../jobs/cpu-task';
import { JobAcceptedDto } from '../jobs/dto/job.dto';
import type { Job } from '../jobs/job.entity';
import {
  JobFailure,
  type JobContext,
  type JobOutcome,
  JobRunner,
} from '../jobs/job-runner.service';
import { JobsService } from '../jobs/jobs.service';
import {
  AbsenceImpactDto,
  type AbsenceLossDto,
  type CoverOptionDto,
  type CoverRequestDto,
  EditCheckDto,
  GenerateScheduleDto,
  type GroupServiceDto,
  type WrittenQueueServiceDto,
  type PublishScheduleDto,
  SaveScheduleDto,
  SaveWithAbsencesDto,
  ScheduleEditDto,
  ScheduleEditsDto,
  ScheduleVersionDto,
  ScheduleVersionSummaryDto,
  type ServiceChangeDto,
} from './dto/schedule.dto';
import { applyAbsences, shiftDate, takes } from './absences-applied';
import { buildScenario, type ShiftsAround } from './scenario-builder';
import { WrittenQueuesService } from '../written-queues/written-queues.service';
import { scheduleCsv } from './schedule-export';
import { applyEdits, EditError, type ScheduleEdit } from './schedule-edits';
import { SCHEDULE_TASK } from './schedule.task';
import { ScheduleRulesService } from './schedule-rules.service';
import { ScheduleVersion } from './schedule-version.entity';

/**
 * Default time budget of the optimiser. 45 s rather than the library's 20: on the demo
 * centre's week (7 groups, 90 agents) the staffing LP alone takes 5-15 s, and the search
 * needs the rest to come within 2% of the bound. Building the scenario and storing the
 * result add a few seconds, so a generation through the API ends within a minute.
 */
export const DEFAULT_TIME_LIMIT_SECONDS = 45;

/** The columns of a version's summary: all but the scenario, schedule and report. */
const SUMMARY_COLUMNS = [
  'id',
  'name',
  'weekStart',
  'status',
  'forecastVersionId',
  'derivedFromId',
  'jobId',
  'serviceLevel',
  'bound',
  'gap',
  'brokenRules',
  'stats',
  'note',
  'createdAt',
  'publishedAt',
] as const;

function toSummary(
  version: ScheduleVersion,
  answerGroups: GroupServiceDto[],
  writtenQueues: WrittenQueueServiceDto[],
): ScheduleVersionSummaryDto {
  return {
    id: version.id,
    name: version.name,
    weekStart: version.weekStart,
    status: version.status,
    forecastVersionId: version.forecastVersionId,
    derivedFromId: version.derivedFromId,
    jobId: version.jobId,
    serviceLevel: version.serviceLevel,
    bound: version.bound,
    gap: version.gap,
    brokenRules: version.brokenRules,
    answerGroups,
    writtenQueues,
    stats: version.stats,
    note: version.note,
    createdAt: version.createdAt.toISOString(),
    publishedAt: version.publishedAt?.toISOString() ?? null,
  };
}

function toDto(version: ScheduleVersion, closedDays: ClosedDayDto[]): ScheduleVersionDto {
  return {
    ...toSummary(
      version,
      version.report.answerGroups.map(({ answerGroup, week }) => ({ answerGroup, week })),
      (version.report.writtenQueues ?? []).map((queue) => ({
        writtenQueue: queue.writtenQueue,
        name:
          version.scenario.writtenQueues?.find((q) => q.id === queue.writtenQueue)?.name ??
          queue.writtenQueue,
        casesDue: queue.casesDue,
        answeredInTime: queue.answeredInTime,
        shareInTime: queue.shareInTime,
      })),
    ),
    closedDays,
    scenario: version.scenario as unknown as Record<string, unknown>,
    schedule: version.schedule as unknown as Record<string, unknown>,
    report: version.report as unknown as Record<string, unknown>,
  };
}

/** How many agents a cover request suggests: enough to choose from, few enough to read. */
const COVER_OPTIONS = 5;

/** The weekly and daily service of a version's report against another's. */
function serviceChange(before: ScheduleReport, after: ScheduleReport): ServiceChangeDto {
  return {
    before: before.week,
    after: after.week,
    serviceLevelChange: after.week.serviceLevel - before.week.serviceLevel,
    daysBefore: before.days,
    daysAfter: after.days,
    // Reports saved before written queues existed have none.
    writtenQueues: (before.writtenQueues ?? []).map((queue) => {
      const changed = after.writtenQueues?.find((q) => q.writtenQueue === queue.writtenQueue);
      return {
        writtenQueue: queue.writtenQueue,
        casesDue: queue.casesDue,
        answeredInTimeBefore: queue.answeredInTime,
        answeredInTimeAfter: changed?.answeredInTime ?? 0,
        shareInTimeBefore: queue.shareInTime,
        shareInTimeAfter: changed?.shareInTime ?? 0,
      };
    }),
  };
}

/** The validated request's edits as the edit module's union (the DTO made the fields required). */
function toEdits(dtos: ScheduleEditDto[]): ScheduleEdit[] {
  return dtos.map((dto): ScheduleEdit => {
    const shift = { agentId: dto.agentId, date: dto.date };
    const span = { start: dto.start as string, end: dto.end as string };
    switch (dto.type) {
      case 'move':
        return { type: 'move', ...shift, start: span.start };
      case 'resize':
        return {
          type: 'resize',
          ...shift,
          ...(dto.start !== undefined ? { start: dto.start } : {}),
          ...(dto.end !== undefined ? { end: dto.end } : {}),
        };
      case 'swap':
        return { type: 'swap', ...shift, otherAgentId: dto.otherAgentId as string };
      case 'changeActivity':
        return {
          type: 'changeActivity',
          ...shift,
          ...span,
          activity: dto.activity as NonNullable<ScheduleEditDto['activity']>,
          ...(dto.answerGroup !== undefined ? { answerGroup: dto.answerGroup } : {}),
          ...(dto.writtenQueue !== undefined ? { writtenQueue: dto.writtenQueue } : {}),
        };
      case 'add':
        return { type: 'add', ...shift, ...span, ...(dto.overtime ? { overtime: true } : {}) };
      default:
        return { type: 'remove', ...shift };
    }
  });
}

/** A generation job's parameter, beside the request's fields: publish the version it saves. */
const PUBLISH_WHEN_DONE = 'publishWhenDone';

/**
 * Weekly schedules (issue 6): generation as a background job from the stored answer groups,
 * agents and a forecast version; versions that are never overwritten; hand edits checked
 * against the rules before they are saved; publishing.
 */
@Injectable()
export class SchedulesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly answerGroups: AnswerGroupsService,
    private readonly agents: AgentsService,
    private readonly absences: AbsencesService,
    private readonly forecastVersions: ForecastsService,
    private readonly forecasts: ForecastsRepository,
    private readonly jobs: JobsService,
    private readonly runner: JobRunner,
    private readonly calendar: CalendarService,
    private readonly rules: ScheduleRulesService,
    private readonly writtenQueues: WrittenQueuesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get versions() {
    return this.dataSource.getRepository(ScheduleVersion);
  }

  onModuleInit(): void {
    this.runner.register('schedule-generation', (job, context) => this.run(job, context));
  }

  /** The scenario for a request, validated; 400 with the field at fault when it cannot be built. */
  async prepareScenario(
    dto: GenerateScheduleDto,
  ): Promise<{ scenario: Scenario; notes: string[] }> {
    if (isoWeekdayIndex(dto.weekStart) !== 0) {
      throw fieldErrors('Validation failed', [
        { field: 'weekStart', messages: [`weekStart ${dto.weekStart} is not a Monday`] },
      ]);
    }
    const version = await this.forecastVersions.findEntity(dto.forecastVersionId);
    if (version.intervalMinutes >= 1440) {
      throw new BadRequestException('A schedule needs a forecast with intervals within the day');
    }
    const allGroups = await this.answerGroups.findAllEntities();
    const groupIds = dto.answerGroupIds ?? allGroups.map((group) => group.id);
    const unknown = groupIds.filter((id) => !allGroups.some((group) => group.id === id));
    if (unknown.length > 0) {
      throw new BadRequestException(`Unknown answer groups: ${unknown.join(', ')}`);
    }
    const groups = allGroups.filter((group) => groupIds.includes(group.id));
    if (groups.length === 0)
      throw codedBadRequest('There are no answer groups to plan', 'noAnswerGroups');
    const { timezone } = this.config;
    const forecast = await this.forecasts.findIntervals(
      version.id,
      groupIds,
      startOfLocalDay(dto.weekStart, timezone),
      startOfLocalDay(addLocalDays(dto.weekStart, 7), timezone),
    );
    if (forecast.length === 0) {
      throw codedBadRequest(
        `Forecast version ${version.id} (${version.firstDay} to ${version.lastDay}) has no calls in the week of ${dto.weekStart}`,
        'forecastMissesWeek',
        {
          version: version.id,
          firstDay: version.firstDay,
          lastDay: version.lastDay,
          week: dto.weekStart,
        },
      );
    }
    const built = buildScenario({
      weekStart: dto.weekStart,
      timeZone: timezone,
      intervalMinutes: version.intervalMinutes,
      closedDays: this.calendar.closedDaysOf(dto.weekStart),
      shiftsAround: await this.publishedShiftsAround(dto.weekStart),
      groups,
      agents: await this.agents.findAll(),
      absences: await this.absences.find({
        from: dto.weekStart,
        to: addLocalDays(dto.weekStart, 6),
      }),
      forecast,
      // The centre's rules, and the request's over them.
      rules: { ...(await this.rules.overrides()), ...dto.rules },
      ...(dto.teamMeetingMinutes !== undefined
        ? { teamMeetingMinutes: dto.teamMeetingMinutes }
        : {}),
      writtenQueues: await this.writtenQueues.findAllEntities(),
    });
    if (built.scenario.agents.length === 0) {
      throw codedBadRequest(
        'No agent employed that week is skilled in these answer groups',
        'noAgentsForGroups',
      );
    }
    const validated = validateScenario(built.scenario);
    if (!validated.ok) {
      throw fieldErrors(
        'The week cannot be planned with these rules',
        validated.errors.map((problem) => ({
          field: pathField('scenario', problem.path),
          messages: [problem.message],
        })),
      );
    }
    return { scenario: validated.value, notes: built.notes };
  }

  /**
   * Per agent, the end of their last shift in the published week before `weekStart` and the
   * start of their first in the published week after, as written there (ISO with offset).
   * Shifts reaching into this week (only a forced save holds one) are left out.
   */
  private async publishedShiftsAround(weekStart: string): Promise<Map<string, ShiftsAround>> {
    const { timezone } = this.config;
    const rows: {
      agentId: string;
      previousShiftEnd: string | null;
      nextShiftStart: string | null;
    }[] = await this.dataSource.query(
      `SELECT shift->>'agentId' AS "agentId",
                (array_agg(shift->>'end' ORDER BY (shift->>'end')::timestamptz DESC)
                   FILTER (WHERE version.week_start = $1 AND (shift->>'end')::timestamptz <= $3))[1]
                   AS "previousShiftEnd",
                (array_agg(shift->>'start' ORDER BY (shift->>'start')::timestamptz)
                   FILTER (WHERE version.week_start = $2 AND (shift->>'start')::timestamptz >= $4))[1]
                   AS "nextShiftStart"
           FROM schedule_version version,
                jsonb_array_elements(version.schedule->'shifts') AS shift
          WHERE version.status = 'published' AND version.week_start IN ($1, $2)
          GROUP BY 1`,
      [
        addLocalDays(weekStart, -7),
        addLocalDays(weekStart, 7),
        new Date(startOfLocalDay(weekStart, timezone)),
        new Date(startOfLocalDay(addLocalDays(weekStart, 7), timezone)),
      ],
    );
    return new Map(
      rows.map(({ agentId, previousShiftEnd, nextShiftStart }) => [
        agentId,
        {
          ...(previousShiftEnd ? { previousShiftEnd } : {}),
          ...(nextShiftStart ? { nextShiftStart } : {}),
        },
      ]),
    );
  }

  generate(dto: GenerateScheduleDto): Promise<JobAcceptedDto> {
    return this.enqueueGeneration(dto, false);
  }

  /**
   * As `generate`, and the version is published as soon as it is saved: for a week nobody
   * reviews first (the demo centre's first week, planned when it is loaded). Not offered
   * through HTTP, where a planner looks at a version before publishing it.
   */
  generateAndPublish(dto: GenerateScheduleDto): Promise<JobAcceptedDto> {
    return this.enqueueGeneration(dto, true);
  }

  /** Checks the request builds a scenario now (400 if not), then queues the job. */
  private async enqueueGeneration(
    dto: GenerateScheduleDto,
    publishWhenDone: boolean,
  ): Promise<JobAcceptedDto> {
    await this.prepareScenario(dto);
    const job = await this.jobs.enqueue('schedule-generation', {
      ...dto,
      ...(publishWhenDone ? { [PUBLISH_WHEN_DONE]: true } : {}),
    });
    return { jobId: job.id, status: job.status };
  }

  private async run(job: Job, context: JobContext): Promise<JobOutcome> {
    const dto = job.parameters as unknown as GenerateScheduleDto;
    // A planner may ask to finish while the scenario is still being built: the request is
    // kept and passed on once the optimiser runs, which then makes its first schedule and
    // stops, where it used to be refused (409) until then.
    let finishAsked = false;
    let finishTask: (() => void) | undefined;
    context.onFinishEarly(() => {
      finishAsked = true;
      finishTask?.();
    });
    context.progress(0.02, { key: 'scheduleScenario', message: 'Building the scenario' });
    let prepared: { scenario: Scenario; notes: string[] };
    try {
      prepared = await this.prepareScenario(dto);
    } catch (error) {
      throw JobFailure.of(error);
    }
    const timeLimitMs = (dto.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS) * 1000;
    const task = runCpuTask(
      SCHEDULE_TASK,
      { scenario: prepared.scenario, timeLimitMs, seed: dto.seed ?? 1 },
      (share, report) => context.progress(share, report),
    );
    context.onStop(task.terminate);
    finishTask = task.finishEarly;
    if (finishAsked) task.finishEarly();
    const output = await task.result;
    context.signal.throwIfAborted();
    const version = await this.versions.save(
      this.versions.create({
        name: dto.name ?? `Week of ${dto.weekStart}`,
        weekStart: dto.weekStart,
        status: 'draft',
        forecastVersionId: dto.forecastVersionId,
        derivedFromId: null,
        jobId: job.id,
        scenario: prepared.scenario,
        schedule: output.schedule,
        report: output.report,
        bound: output.bound,
        gap: output.gap,
        serviceLevel: output.report.week.serviceLevel,
        brokenRules: output.report.brokenRules.length,
        stats: output.stats,
        note: prepared.notes.length > 0 ? prepared.notes.join('\n') : null,
        publishedAt: null,
      }),
    );
    const published = job.parameters[PUBLISH_WHEN_DONE] === true;
    if (published) await this.publish(version.id);
    return {
      result: {
        scheduleVersionId: version.id,
        serviceLevel: version.serviceLevel,
        bound: version.bound,
        gap: version.gap,
        brokenRules: version.brokenRules,
        traditionalServiceLevel: output.stats.traditionalServiceLevel,
        seconds: output.stats.seconds,
      },
      message: `Schedule version ${version.id}${published ? ' (published)' : ''}: service level ${(version.serviceLevel * 100).toFixed(1)}%`,
    };
  }

  async findAll(weekStart: string | undefined): Promise<ScheduleVersionSummaryDto[]> {
    // The summary leaves out the heavy JSON columns (about 1 MB a week for the demo centre):
    // of the report only each group's week, picked out in the database.
    const query = this.versions
      .createQueryBuilder('version')
      .select(SUMMARY_COLUMNS.map((column) => `version.${column}`))
      .addSelect(
        `(SELECT coalesce(jsonb_agg(jsonb_build_object('answerGroup', g->'answerGroup', 'week', g->'week')), '[]'::jsonb)
          FROM jsonb_array_elements(version.report->'answerGroups') AS g)`,
        'answer_groups',
      )
      .addSelect(
        `(SELECT coalesce(jsonb_agg(jsonb_build_object(
            'writtenQueue', q->'writtenQueue',
            'name', coalesce(
              (SELECT w->'name' FROM jsonb_array_elements(version.scenario->'writtenQueues') AS w
                WHERE w->'id' = q->'writtenQueue'),
              q->'writtenQueue'),
            'casesDue', q->'casesDue',
            'answeredInTime', q->'answeredInTime',
            'shareInTime', q->'shareInTime')), '[]'::jsonb)
          FROM jsonb_array_elements(coalesce(version.report->'writtenQueues', '[]'::jsonb)) AS q)`,
        'written_queues',
      )
      .orderBy('version.id', 'DESC');
    if (weekStart) query.where('version.week_start = :weekStart', { weekStart });
    const { entities, raw } = await query.getRawAndEntities<{
      answer_groups: GroupServiceDto[];
      written_queues: WrittenQueueServiceDto[];
    }>();
    return entities.map((version, i) =>
      toSummary(version, raw[i]!.answer_groups, raw[i]!.written_queues),
    );
  }

  /** A version, or only the columns named (a version's report alone is about 0.5 MB). */
  private async findEntity<Column extends keyof ScheduleVersion = keyof ScheduleVersion>(
    id: number,
    columns?: Column[],
  ): Promise<Pick<ScheduleVersion, 'id' | Column>> {
    const version = await this.versions.findOne({
      where: { id },
      ...(columns ? { select: ['id', ...columns] } : {}),
    });
    if (!version) throw new NotFoundException(`Schedule version ${id} does not exist`);
    return version;
  }

  /** A version as CSV, one row per activity (`scheduleCsv`), with a file name for it. */
  async exportCsv(id: number): Promise<{ fileName: string; csv: string }> {
    const version = await this.findEntity(id, ['weekStart', 'scenario', 'schedule']);
    return {
      fileName: `schema-${version.weekStart}-version-${version.id}.csv`,
      csv: scheduleCsv(version.scenario, version.schedule),
    };
  }

  async findOne(id: number): Promise<ScheduleVersionDto> {
    const version = await this.findEntity(id);
    return toDto(version, this.calendar.closedDaysOf(version.weekStart));
  }

  private edited(version: ScheduleVersion, edits: ScheduleEditDto[]): Schedule {
    try {
      return applyEdits(version.scenario, version.schedule, toEdits(edits));
    } catch (error) {
      if (error instanceof EditError) {
        throw fieldErrors('An edit cannot be applied', [
          { field: `edits.${error.index}.${error.field}`, messages: [error.message] },
        ]);
      }
      throw error;
    }
  }

  /** Dry run: the rules the edited schedule would break and its service level, nothing saved. */
  async checkEdits(id: number, dto: ScheduleEditsDto): Promise<EditCheckDto> {
    const version = await this.findEntity(id);
    const schedule = this.edited(version, dto.edits);
    return this.check(version, schedule);
  }

  /**
   * The agents who could best cover `date` with an extra shift, on the version as edited and as
   * the week now stands: shifts lost to absences registered since the version was made count
   * for nothing, so the gains are what the extra shift really adds, and agents away that day
   * (sick leave on a day off, say) are not asked.
   */
  async cover(id: number, dto: CoverRequestDto): Promise<CoverOptionDto[]> {
    const version = await this.findEntity(id);
    const edited = dto.edits?.length ? this.edited(version, dto.edits) : version.schedule;
    const { scenario, schedule } = applyAbsences(
      version.scenario,
      edited,
      await this.weekAbsences(version),
    );
    let options: ReturnType<typeof coverOptions>;
    try {
      options = coverOptions(scenario, schedule, dto.date, COVER_OPTIONS);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      const message = error.message.replace(/^date: /, '');
      throw fieldErrors('Validation failed', [{ field: 'date', messages: [message] }]);
    }
    return options.map(({ agentId, shift, answeredGain, serviceLevelGain }) => ({
      agentId,
      start: shift.start,
      end: shift.end,
      answeredGain,
      serviceLevelGain,
    }));
  }

  private check(version: ScheduleVersion, schedule: Schedule): EditCheckDto {
    const after = evaluateSchedule(version.scenario, schedule);
    return {
      valid: after.brokenRules.length === 0,
      brokenRules: after.brokenRules,
      rulesBroken: [...new Set(after.brokenRules.map((broken) => broken.rule))],
      ...serviceChange(version.report, after),
      schedule: schedule as unknown as Record<string, unknown>,
    };
  }

  /**
   * The shifts the version loses to absences registered on their days (sick leave reported
   * after the week was planned) and its service level without them. Absences known when the
   * week was generated took no shifts, so they do not show.
   */
  async absenceImpact(id: number): Promise<AbsenceImpactDto> {
    const version = await this.findEntity(id);
    const { absences, applied } = await this.absencesOf(version);
    const timeZone = version.scenario.timezone;
    const losses: AbsenceLossDto[] = absences.flatMap((absence) => {
      const lostShifts = version.schedule.shifts
        .filter((shift) => takes(absence, shift, timeZone))
        .map((shift) => ({ date: shiftDate(shift, timeZone), start: shift.start, end: shift.end }));
      return lostShifts.length > 0 ? [{ ...absence, lostShifts }] : [];
    });
    const after = evaluateSchedule(applied.scenario, applied.schedule);
    return { absences: losses, ...serviceChange(version.report, after) };
  }

  /**
   * Saves the version as the week now stands, as a new draft: the shifts lost to absences gone,
   * those days unavailable to the agents and their contracts reduced by the hours lost, so it
   * keeps every rule, and the written cases they would have answered placed on others. The
   * planner then edits it to win the service back and publishes it.
   */
  async saveWithAbsences(id: number, dto: SaveWithAbsencesDto): Promise<ScheduleVersionDto> {
    const version = await this.findEntity(id);
    const { applied } = await this.absencesOf(version);
    if (applied.lost === 0) {
      throw codedBadRequest(
        `No absence registered since version ${id} was made takes a shift from it`,
        'noAbsenceLosses',
        { version: id },
      );
    }
    // The written cases the lost shifts would have answered go to others' phone time, where
    // calls miss it least, as far as they reach.
    const schedule = placeWrittenWork(applied.scenario, applied.schedule);
    const report = evaluateSchedule(applied.scenario, schedule);
    const movedWritten = schedule !== applied.schedule;
    return this.saveDerived(version, {
      name: dto.name ?? `${version.name} (absences)`,
      scenario: applied.scenario,
      schedule,
      report,
      note: `${applied.lost} shift(s) lost to absences${movedWritten ? '; their written cases moved to others' : ''}`,
    });
  }

  private weekAbsences(version: ScheduleVersion) {
    return this.absences.find({ from: version.weekStart, to: addLocalDays(version.weekStart, 6) });
  }

  private async absencesOf(version: ScheduleVersion) {
    const absences = await this.weekAbsences(version);
    return { absences, applied: applyAbsences(version.scenario, version.schedule, absences) };
  }

  /**
   * Saves an edited schedule as a new version derived from this one. Broken hard rules refuse
   * the save (422 with the rules) unless `force` is set: a planner may knowingly accept, say,
   * a short daily rest, and the version then records how many rules it breaks.
   */
  async save(id: number, dto: SaveScheduleDto): Promise<ScheduleVersionDto> {
    const version = await this.findEntity(id);
    let schedule: Schedule;
    if (dto.edits) {
      if (dto.schedule !== undefined) {
        throw fieldErrors('Validation failed', [
          { field: 'schedule', messages: ['give either schedule or edits, not both'] },
        ]);
      }
      schedule = this.edited(version, dto.edits);
    } else {
      const validated = validateSchedule(dto.schedule);
      if (!validated.ok) {
        throw fieldErrors(
          'Validation failed',
          validated.errors.map((problem) => ({
            field: pathField('schedule', problem.path),
            messages: [problem.message],
          })),
        );
      }
      schedule = validated.value;
    }
    const report: ScheduleReport = evaluateSchedule(version.scenario, schedule);
    if (report.brokenRules.length > 0 && !dto.force) {
      throw new HttpException(
        {
          statusCode: HttpStatus.UNPROCESSABLE_ENTITY,
          error: 'Unprocessable Entity',
          message: `The schedule breaks ${report.brokenRules.length} hard rule(s): ${[
            ...new Set(report.brokenRules.map((broken) => broken.rule)),
          ].join(', ')}; send force: true to save it anyway`,
          brokenRules: report.brokenRules,
        },
        HttpStatus.UNPROCESSABLE_ENTITY,
      );
    }
    return this.saveDerived(version, {
      name: dto.name ?? `${version.name} (edited)`,
      scenario: version.scenario,
      schedule,
      report,
      note: dto.note ?? null,
    });
  }

  /** A new draft derived from `version`; its bound still holds, as a week cannot gain staff. */
  private async saveDerived(
    version: ScheduleVersion,
    derived: {
      name: string;
      scenario: Scenario;
      schedule: Schedule;
      report: ScheduleReport;
      note: string | null;
    },
  ): Promise<ScheduleVersionDto> {
    const { report } = derived;
    const saved = await this.versions.save(
      this.versions.create({
        ...derived,
        weekStart: version.weekStart,
        status: 'draft',
        forecastVersionId: version.forecastVersionId,
        derivedFromId: version.id,
        jobId: null,
        bound: version.bound,
        gap:
          version.bound === null
            ? null
            : version.bound > 0
              ? Math.max(0, (version.bound - report.week.serviceLevel) / version.bound)
              : 0,
        serviceLevel: report.week.serviceLevel,
        brokenRules: report.brokenRules.length,
        stats: null,
        publishedAt: null,
      }),
    );
    return this.findOne(saved.id);
  }

  /**
   * Publishes a version, superseding the week's published one. A week published since the
   * version was made may leave an agent less than the daily rest across the weekend; that is
   * refused (422, the broken rests named) unless forced.
   */
  async publish(id: number, dto: PublishScheduleDto = {}): Promise<ScheduleVersionDto> {
    const version = await this.findEntity(id);
    const around = await this.publishedShiftsAround(version.weekStart);
    const scenario: Scenario = {
      ...version.scenario,
      agents: version.scenario.agents.map(
        ({ previousShiftEnd: _previous, nextShiftStart: _next, ...agent }) => ({
          ...agent,
          ...around.get(agent.id),
        }),
      ),
    };
    const brokenRests = evaluateSchedule(scenario, version.schedule).brokenRules.filter(
      (broken) => broken.rule === 'dailyRest',
    );
    if (brokenRests.length > 0 && !dto.force) {
      throw new HttpException(
        {
          statusCode: HttpStatus.UNPROCESSABLE_ENTITY,
          error: 'Unprocessable Entity',
          message: `Publishing would leave ${brokenRests.length} agent(s) less than the daily rest against the published weeks around it; send force: true to publish it anyway`,
          brokenRules: brokenRests,
        },
        HttpStatus.UNPROCESSABLE_ENTITY,
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        ScheduleVersion,
        { weekStart: version.weekStart, status: 'published' },
        { status: 'superseded' },
      );
      await manager.update(
        ScheduleVersion,
        { id },
        { status: 'published', publishedAt: new Date() },
      );
    });
    return this.findOne(id);
  }
}
