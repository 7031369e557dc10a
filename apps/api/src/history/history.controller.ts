import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import {
  CreateImportProfileDto,
  HistoryImportDto,
  HistoryIntervalDto,
  HistoryQueryDto,
  ImportHistoryDto,
  ImportProfileDto,
  ImportRejectedDto,
} from './dto/history.dto';
import { HistoryImportService } from './history-import.service';

/** Uploads beyond this are refused; a year of 15-minute rows for 20 groups is about 50 MB. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

@ApiTags('History')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('history')
export class HistoryController {
  constructor(private readonly service: HistoryImportService) {}

  @Post('imports')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  @ApiOperation({
    summary: 'Import interval history from CSV',
    description:
      'Format A, or the mapped layout of a saved import profile. The whole file is validated first; ' +
      'a file with any bad row stores nothing. Re-importing stored intervals updates them only when a value differs.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        profileId: { type: 'integer' },
        intervalMinutes: { type: 'integer', enum: [5, 6, 10, 15, 30, 60, 1440] },
      },
    },
  })
  @ApiBadRequestResponse({
    type: ImportRejectedDto,
    description: 'Bad rows, each with line and field',
  })
  @ApiCreatedResponse({ type: HistoryImportDto })
  importFile(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() dto: ImportHistoryDto,
  ): Promise<HistoryImportDto> {
    if (!file) throw new BadRequestException('Send the CSV as the multipart field "file"');
    return this.service.importFile({
      file: file.buffer,
      fileName: file.originalname,
      profileId: dto.profileId,
      intervalMinutes: dto.intervalMinutes,
    });
  }

  @Get('imports')
  @ApiOperation({ summary: 'The import log, newest first' })
  @ApiOkResponse({ type: [HistoryImportDto] })
  findImports(): Promise<HistoryImportDto[]> {
    return this.service.findImports();
  }

  @Get('intervals')
  @ApiOperation({ summary: 'Stored history of an answer group over local dates' })
  @ApiOkResponse({ type: [HistoryIntervalDto] })
  findIntervals(@Query() query: HistoryQueryDto): Promise<HistoryIntervalDto[]> {
    return this.service.findIntervals(query);
  }

  @Get('import-profiles')
  @ApiOperation({ summary: 'Saved column mappings, one per source' })
  @ApiOkResponse({ type: [ImportProfileDto] })
  findProfiles(): Promise<ImportProfileDto[]> {
    return this.service.findProfiles();
  }

  @Post('import-profiles')
  @ApiOperation({ summary: 'Save a column mapping for a source' })
  @ApiCreatedResponse({ type: ImportProfileDto })
  createProfile(@Body() dto: CreateImportProfileDto): Promise<ImportProfileDto> {
    return this.service.createProfile(dto);
  }

  @Delete('import-profiles/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a saved column mapping' })
  @ApiNoContentResponse()
  deleteProfile(@Param('id', ParseIntPipe) id: number): Promise<void> {
    return this.service.deleteProfile(id);
  }
}
