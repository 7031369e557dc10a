import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
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
import {
  CreateWrittenQueueDto,
  UpdateWrittenQueueDto,
  WrittenQueueDto,
} from './dto/written-queue.dto';
import { WrittenQueuesService } from './written-queues.service';

@ApiTags('Written queues')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('written-queues')
export class WrittenQueuesController {
  constructor(private readonly service: WrittenQueuesService) {}

  @Get()
  @ApiOperation({ summary: 'List written queues (e-mail, web forms)' })
  @ApiOkResponse({ type: [WrittenQueueDto] })
  findAll(): Promise<WrittenQueueDto[]> {
    return this.service.findAll();
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a written queue' })
  @ApiOkResponse({ type: WrittenQueueDto })
  findOne(@Param('id') id: string): Promise<WrittenQueueDto> {
    return this.service.findOne(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a written queue' })
  @ApiCreatedResponse({ type: WrittenQueueDto })
  @ApiConflictResponse({ description: 'The id is taken by an answer group or written queue' })
  create(@Body() dto: CreateWrittenQueueDto): Promise<WrittenQueueDto> {
    return this.service.create(dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a written queue' })
  @ApiOkResponse({ type: WrittenQueueDto })
  update(@Param('id') id: string, @Body() dto: UpdateWrittenQueueDto): Promise<WrittenQueueDto> {
    return this.service.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a written queue' })
  @ApiNoContentResponse()
  remove(@Param('id') id: string): Promise<void> {
    return this.service.remove(id);
  }
}
