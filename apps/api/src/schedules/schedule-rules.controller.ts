import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { ScheduleRulesDto, ScheduleRulesViewDto } from './dto/schedule.dto';
import { ScheduleRulesService } from './schedule-rules.service';

@ApiTags('Schedules')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('schedule-rules')
export class ScheduleRulesController {
  constructor(private readonly service: ScheduleRulesService) {}

  @Get()
  @ApiOperation({ summary: "The centre's working-time rules (arbetstidsregler)" })
  @ApiOkResponse({ type: ScheduleRulesViewDto })
  find(): Promise<ScheduleRulesViewDto> {
    return this.service.find();
  }

  @Put()
  @ApiOperation({
    summary: "Replace the centre's working-time rules; rules left out are the defaults",
  })
  @ApiOkResponse({ type: ScheduleRulesViewDto })
  replace(@Body() dto: ScheduleRulesDto): Promise<ScheduleRulesViewDto> {
    return this.service.replace(dto);
  }
}
