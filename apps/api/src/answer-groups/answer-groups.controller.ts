import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { AnswerGroupsService } from './answer-groups.service';
import {
  AnswerGroupDto,
  CreateAnswerGroupDto,
  SetShrinkageDto,
  UpdateAnswerGroupDto,
} from './dto/answer-group.dto';

@ApiTags('Answer groups')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('answer-groups')
export class AnswerGroupsController {
  constructor(private readonly service: AnswerGroupsService) {}

  @Get()
  @ApiOperation({ summary: 'List answer groups' })
  @ApiOkResponse({ type: [AnswerGroupDto] })
  findAll(): Promise<AnswerGroupDto[]> {
    return this.service.findAll();
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an answer group' })
  @ApiOkResponse({ type: AnswerGroupDto })
  findOne(@Param('id') id: string): Promise<AnswerGroupDto> {
    return this.service.findOne(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create an answer group' })
  @ApiCreatedResponse({ type: AnswerGroupDto })
  create(@Body() dto: CreateAnswerGroupDto): Promise<AnswerGroupDto> {
    return this.service.create(dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an answer group' })
  @ApiOkResponse({ type: AnswerGroupDto })
  update(@Param('id') id: string, @Body() dto: UpdateAnswerGroupDto): Promise<AnswerGroupDto> {
    return this.service.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an answer group with its history and forecasts' })
  @ApiNoContentResponse()
  remove(@Param('id') id: string): Promise<void> {
    return this.service.remove(id);
  }

  @Put(':id/shrinkage')
  @ApiOperation({ summary: 'Set shrinkage per month' })
  @ApiOkResponse({ type: AnswerGroupDto })
  setShrinkage(@Param('id') id: string, @Body() dto: SetShrinkageDto): Promise<AnswerGroupDto> {
    return this.service.setShrinkage(id, dto);
  }
}
