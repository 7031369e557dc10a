import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnswerGroupsService } from './answer-groups.service';
import {
  AnswerGroupDto,
  CreateAnswerGroupDto,
  SetShrinkageDto,
  UpdateAnswerGroupDto,
} from './dto/answer-group.dto';

@ApiTags('Answer groups')
@Controller('answer-groups')
export class AnswerGroupsController {
  constructor(private readonly service: AnswerGroupsService) {}

  @Get()
  @ApiOperation({ summary: 'List answer groups' })
  findAll(): Promise<AnswerGroupDto[]> {
    return this.service.findAll();
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an answer group' })
  findOne(@Param('id') id: string): Promise<AnswerGroupDto> {
    return this.service.findOne(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create an answer group' })
  create(@Body() dto: CreateAnswerGroupDto): Promise<AnswerGroupDto> {
    return this.service.create(dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an answer group' })
  update(@Param('id') id: string, @Body() dto: UpdateAnswerGroupDto): Promise<AnswerGroupDto> {
    return this.service.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an answer group with its history and forecasts' })
  remove(@Param('id') id: string): Promise<void> {
    return this.service.remove(id);
  }

  @Put(':id/shrinkage')
  @ApiOperation({ summary: 'Set shrinkage per month' })
  setShrinkage(@Param('id') id: string, @Body() dto: SetShrinkageDto): Promise<AnswerGroupDto> {
    return this.service.setShrinkage(id, dto);
  }
}
