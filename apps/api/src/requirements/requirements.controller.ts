import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { RequirementsDto, RequirementsQueryDto } from './dto/requirements.dto';
import { RequirementsService } from './requirements.service';

@ApiTags('Staffing requirements')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('requirements')
export class RequirementsController {
  constructor(private readonly service: RequirementsService) {}

  @Get()
  @ApiOperation({
    summary: 'Agents required per interval for a forecast version, with day and week totals',
    description:
      'Erlang C, or Erlang A where the group has a caller patience; scheduled agents after the month’s shrinkage. ' +
      'FTE counts 40 hours a week (8 a day).',
  })
  @ApiOkResponse({ type: RequirementsDto })
  find(@Query() query: RequirementsQueryDto): Promise<RequirementsDto> {
    return this.service.find(query);
  }
}
