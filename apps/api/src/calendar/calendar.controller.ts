import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { CalendarService } from './calendar.service';
import { ClosedDayDto, ClosedDaysQueryDto } from './dto/closed-day.dto';

@ApiTags('Calendar')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('calendar')
export class CalendarController {
  constructor(private readonly service: CalendarService) {}

  @Get('closed-days')
  @ApiOperation({
    summary:
      'Holidays and eves that are days off in a week: the centre is closed unless a group’s special days open it',
  })
  @ApiOkResponse({ type: [ClosedDayDto] })
  closedDays(@Query() query: ClosedDaysQueryDto): ClosedDayDto[] {
    return this.service.closedDaysOf(query.weekStart);
  }
}
