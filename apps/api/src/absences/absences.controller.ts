import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { AbsencesService } from './absences.service';
import {
  AbsenceDto,
  AbsencesQueryDto,
  CreateAbsenceDto,
  UpdateAbsenceDto,
} from './dto/absence.dto';

@ApiTags('Absences')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('absences')
export class AbsencesController {
  constructor(private readonly service: AbsencesService) {}

  @Get()
  @ApiOperation({ summary: 'Absences overlapping a period, optionally of one agent' })
  @ApiOkResponse({ type: [AbsenceDto] })
  find(@Query() query: AbsencesQueryDto): Promise<AbsenceDto[]> {
    return this.service.find(query);
  }

  @Post()
  @ApiOperation({ summary: 'Register an absence (whole days, never overlapping the agent’s own)' })
  @ApiCreatedResponse({ type: AbsenceDto })
  @ApiConflictResponse({ description: 'The agent is already away on one of those days' })
  create(@Body() dto: CreateAbsenceDto): Promise<AbsenceDto> {
    return this.service.create(dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an absence: it ends earlier or later, or is of another kind' })
  @ApiOkResponse({ type: AbsenceDto })
  @ApiConflictResponse({ description: 'The agent is already away on one of those days' })
  update(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateAbsenceDto,
  ): Promise<AbsenceDto> {
    return this.service.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an absence registered by mistake' })
  @ApiNoContentResponse()
  remove(@Param('id', ParseIntPipe) id: number): Promise<void> {
    return this.service.remove(id);
  }
}
