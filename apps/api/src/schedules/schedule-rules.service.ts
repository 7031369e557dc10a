import { type ScheduleRules, validateScheduleRules } from '@bemanna/schedule';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { fieldErrors } from '../common/validation';
import type { ScheduleRulesDto, ScheduleRulesViewDto } from './dto/schedule.dto';
import { ScheduleRulesSetting } from './schedule-rules.entity';
import { DEFAULT_RULES } from './scenario-builder';

const ROW_ID = 1;

/** The centre's working-time rules: the defaults, with what the planner changed. */
@Injectable()
export class ScheduleRulesService {
  constructor(
    @InjectRepository(ScheduleRulesSetting)
    private readonly settings: Repository<ScheduleRulesSetting>,
  ) {}

  /** The rules the planner changed from the defaults (none until first saved). */
  async overrides(): Promise<Partial<ScheduleRules>> {
    return (await this.settings.findOneBy({ id: ROW_ID }))?.overrides ?? {};
  }

  async find(): Promise<ScheduleRulesViewDto> {
    return view(await this.overrides());
  }

  /**
   * Replaces the planner's rules: fields left out go back to their defaults. The whole set is
   * checked as a scenario's rules would be (a shortest stretch of work longer than the
   * longest, say), so a mistake is named where it is made, not when a week is planned. Shift
   * lengths against the forecast's interval are checked then, since the interval is the
   * forecast's.
   */
  async replace(dto: ScheduleRulesDto): Promise<ScheduleRulesViewDto> {
    const overrides = Object.fromEntries(
      Object.entries(dto).filter(([, value]) => value !== undefined),
    ) as Partial<ScheduleRules>;
    const checked = validateScheduleRules({ ...DEFAULT_RULES, ...overrides });
    if (!checked.ok) {
      throw fieldErrors(
        'These rules cannot plan a week',
        checked.errors.map((problem) => ({
          field: problem.path.replace(/^\$\.rules\./, ''),
          messages: [problem.message],
        })),
      );
    }
    // One statement (INSERT … ON CONFLICT), so two planners saving at once cannot collide.
    await this.settings.upsert({ id: ROW_ID, overrides, updatedAt: new Date() }, ['id']);
    return view(overrides);
  }
}

function view(overrides: Partial<ScheduleRules>): ScheduleRulesViewDto {
  return {
    rules: { ...DEFAULT_RULES, ...overrides },
    defaults: DEFAULT_RULES,
    changed: Object.keys(overrides),
  };
}
