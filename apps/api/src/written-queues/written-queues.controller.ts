import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
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
  WrittenForecastDto,
  WrittenForecastQueryDto,
  WrittenHistoryImportDto,
  WrittenQueueDto,
} from './dto/written-queue.dto';

/** A few years of days is a few kilobytes; a file this large is not a queue's history. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
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

  @Post(':id/history')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  @ApiOperation({
    summary: "Import a written queue's cases per day",
    description:
      'Format A with one row per local day (interval_start at local midnight, answer_group the ' +
      "queue's id, offered the cases). A bad row stores nothing and is named by file, line and field; " +
      'the same file again changes nothing.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: WrittenHistoryImportDto })
  importHistory(
    @Param('id') id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<WrittenHistoryImportDto> {
    if (!file) throw new BadRequestException('Send the CSV as the multipart field "file"');
    return this.service.importHistory(id, file.buffer, file.originalname);
  }

  @Get(':id/forecast')
  @ApiOperation({
    summary: "A week's cases per day from the queue's history",
    description:
      'By the method that wins a rolling-origin backtest on the stored days, with its daily WAPE.',
  })
  @ApiOkResponse({ type: WrittenForecastDto })
  forecast(
    @Param('id') id: string,
    @Query() query: WrittenForecastQueryDto,
  ): Promise<WrittenForecastDto> {
    return this.service.forecast(id, query.weekStart);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a written queue' })
  @ApiNoContentResponse()
  remove(@Param('id') id: string): Promise<void> {
    return this.service.remove(id);
  }
}
