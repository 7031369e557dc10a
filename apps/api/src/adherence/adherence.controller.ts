import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Param,
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
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { ImportRejectedDto } from '../history/dto/history.dto';
import { AdherenceService } from './adherence.service';
import {
  AdherenceQueryDto,
  AdherenceReportDto,
  AgentDayDetailDto,
  AgentDayParamsDto,
  AgentStateImportDto,
  ImportStatesDto,
} from './dto/adherence.dto';

/** A month of states for 100 agents is about 20 MB. */
const MAX_FILE_BYTES = 128 * 1024 * 1024;

@ApiTags('Adherence')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('adherence')
export class AdherenceController {
  constructor(private readonly service: AdherenceService) {}

  @Post('imports')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  @ApiOperation({
    summary: 'Import agent states (format B) from the telephony system',
    description:
      'The whole file is validated first; a file with any bad row stores nothing. For each agent ' +
      'in the file, its states from its first start to its last end replace what was stored ' +
      'there, so importing the same file again changes nothing.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        scope: { type: 'string', enum: ['all', 'agents'] },
      },
    },
  })
  @ApiBadRequestResponse({
    type: ImportRejectedDto,
    description: 'Bad rows, each with line and field',
  })
  @ApiCreatedResponse({ type: AgentStateImportDto })
  importFile(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() dto: ImportStatesDto,
  ): Promise<AgentStateImportDto> {
    if (!file) throw new BadRequestException('Send the CSV as the multipart field "file"');
    return this.service.importStates({
      file: file.buffer,
      fileName: file.originalname,
      scope: dto.scope ?? 'all',
    });
  }

  @Get('imports')
  @ApiOperation({ summary: 'The state import log, newest first' })
  @ApiOkResponse({ type: [AgentStateImportDto] })
  findImports(): Promise<AgentStateImportDto[]> {
    return this.service.findImports();
  }

  @Get()
  @ApiOperation({
    summary: 'Adherence per agent, team and day against the published schedules',
    description:
      'Counted where imported states cover the time: there an agent without a state is logged ' +
      'out. Days with a registered absence are not counted.',
  })
  @ApiOkResponse({ type: AdherenceReportDto })
  report(@Query() query: AdherenceQueryDto): Promise<AdherenceReportDto> {
    return this.service.report(query);
  }

  @Get('agents/:agentId/days/:date')
  @ApiOperation({ summary: "One agent's day: scheduled activities, states and exceptions" })
  @ApiOkResponse({ type: AgentDayDetailDto })
  agentDay(@Param() params: AgentDayParamsDto): Promise<AgentDayDetailDto> {
    return this.service.agentDay(params.agentId, params.date);
  }
}
