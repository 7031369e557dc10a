import {
  BadRequestException,
  Body,
  Controller,
  Get,
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
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import {
  CreateSeasonalMeanForecastDto,
  ForecastIntervalDto,
  ForecastIntervalsQueryDto,
  ForecastVersionDto,
  ImportForecastDto,
} from './dto/forecast.dto';
import { ForecastsService } from './forecasts.service';

@ApiTags('Forecasts')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('forecasts')
export class ForecastsController {
  constructor(private readonly service: ForecastsService) {}

  @Get()
  @ApiOperation({ summary: 'List forecast versions, newest first' })
  @ApiOkResponse({ type: [ForecastVersionDto] })
  findAll(): Promise<ForecastVersionDto[]> {
    return this.service.findAll();
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a forecast version with its backtest accuracy' })
  @ApiOkResponse({ type: ForecastVersionDto })
  findOne(@Param('id', ParseIntPipe) id: number): Promise<ForecastVersionDto> {
    return this.service.findOne(id);
  }

  @Get(':id/intervals')
  @ApiOperation({ summary: 'Forecast calls of an answer group over local dates' })
  @ApiOkResponse({ type: [ForecastIntervalDto] })
  findIntervals(
    @Param('id', ParseIntPipe) id: number,
    @Query() query: ForecastIntervalsQueryDto,
  ): Promise<ForecastIntervalDto[]> {
    return this.service.findIntervals(id, query);
  }

  @Post('seasonal-mean')
  @ApiOperation({
    summary: 'Create a forecast version from history: mean of the same weekday and time',
  })
  @ApiCreatedResponse({ type: ForecastVersionDto })
  createSeasonalMean(@Body() dto: CreateSeasonalMeanForecastDto): Promise<ForecastVersionDto> {
    return this.service.createSeasonalMean(dto);
  }

  @Post('import')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 256 * 1024 * 1024, files: 1 } }))
  @ApiOperation({ summary: 'Import a forecast version as format A CSV (offered = forecast calls)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'name'],
      properties: {
        file: { type: 'string', format: 'binary' },
        name: { type: 'string' },
        method: { type: 'string' },
      },
    },
  })
  @ApiCreatedResponse({ type: ForecastVersionDto })
  importCsv(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() dto: ImportForecastDto,
  ): Promise<ForecastVersionDto> {
    if (!file) throw new BadRequestException('Send the CSV as the multipart field "file"');
    return this.service.importCsv(file.buffer, dto);
  }
}
