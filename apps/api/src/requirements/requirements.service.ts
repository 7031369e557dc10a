import { addLocalDays, startOfLocalDay } from '@bemanna/calendar';
import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { AnswerGroupsService } from '../answer-groups/answer-groups.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ForecastsRepository } from '../forecasts/forecasts.repository';
import { ForecastsService } from '../forecasts/forecasts.service';
import { RequirementsDto, RequirementsQueryDto } from './dto/requirements.dto';
import { FTE_HOURS_PER_WEEK, staffingRequirements } from './staffing-requirements';

/** Longest range one request may ask for; a year of 15-minute intervals for ten groups. */
const MAX_DAYS = 366;

@Injectable()
export class RequirementsService {
  constructor(
    private readonly answerGroups: AnswerGroupsService,
    private readonly forecastVersions: ForecastsService,
    private readonly forecasts: ForecastsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async find(query: RequirementsQueryDto): Promise<RequirementsDto> {
    if (query.to < query.from) throw new BadRequestException('to must not be before from');
    if (query.to > addLocalDays(query.from, MAX_DAYS - 1)) {
      throw new BadRequestException(`Ask for at most ${MAX_DAYS} days at a time`);
    }
    const version = await this.forecastVersions.findEntity(query.forecastVersionId);
    if (version.intervalMinutes >= 1440) {
      throw new BadRequestException(
        'Staffing requirements need a forecast with intervals within the day',
      );
    }
    const groups = query.answerGroupId
      ? [await this.answerGroups.findEntity(query.answerGroupId)]
      : await this.answerGroups.findAllEntities();
    const { timezone } = this.config;
    const points = await this.forecasts.findIntervals(
      version.id,
      groups.map((group) => group.id),
      startOfLocalDay(query.from, timezone),
      startOfLocalDay(addLocalDays(query.to, 1), timezone),
    );
    const requirements = staffingRequirements(groups, points, version.intervalMinutes, timezone);
    return {
      forecastVersionId: version.id,
      intervalMinutes: version.intervalMinutes,
      timezone,
      fteHoursPerWeek: FTE_HOURS_PER_WEEK,
      answerGroups: requirements.groups,
      total: requirements.total,
    };
  }
}
