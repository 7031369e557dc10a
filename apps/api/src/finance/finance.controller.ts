import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
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
import {
  CapacityPlanDto,
  CapacityPlanRequestDto,
  FinanceBaselineDto,
  FinanceScenarioDto,
  SaveFinanceScenarioDto,
} from './dto/finance.dto';
import { FinanceService } from './finance.service';

@ApiTags('Finance')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('finance')
export class FinanceController {
  constructor(private readonly service: FinanceService) {}

  @Get('baseline')
  @ApiOperation({
    summary: "Today's centre as a scenario",
    description:
      'Positions from the agents employed today, the goal most answer groups have, assumed ' +
      'sick leave, turnover and cost, and a budget that pays for today’s staff.',
  })
  @ApiOkResponse({ type: FinanceBaselineDto })
  baseline(): Promise<FinanceBaselineDto> {
    return this.service.baseline();
  }

  @Post('plan')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Positions, cost and expected service level per month for a scenario',
    description: 'Volumes come from the last twelve complete months of history; see assumptions.',
  })
  @ApiOkResponse({ type: CapacityPlanDto })
  plan(@Body() dto: CapacityPlanRequestDto): Promise<CapacityPlanDto> {
    return this.service.plan(dto);
  }

  @Get('scenarios')
  @ApiOperation({ summary: 'Saved scenarios, by name' })
  @ApiOkResponse({ type: [FinanceScenarioDto] })
  findScenarios(): Promise<FinanceScenarioDto[]> {
    return this.service.findScenarios();
  }

  @Post('scenarios')
  @ApiOperation({ summary: 'Save a scenario under a name of its own' })
  @ApiCreatedResponse({ type: FinanceScenarioDto })
  @ApiConflictResponse({ description: 'The name is taken' })
  createScenario(@Body() dto: SaveFinanceScenarioDto): Promise<FinanceScenarioDto> {
    return this.service.createScenario(dto);
  }

  @Put('scenarios/:id')
  @ApiOperation({ summary: 'Change a saved scenario' })
  @ApiOkResponse({ type: FinanceScenarioDto })
  @ApiConflictResponse({ description: 'The new name is taken' })
  updateScenario(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: SaveFinanceScenarioDto,
  ): Promise<FinanceScenarioDto> {
    return this.service.updateScenario(id, dto);
  }

  @Delete('scenarios/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a saved scenario' })
  @ApiNoContentResponse()
  deleteScenario(@Param('id', ParseIntPipe) id: number): Promise<void> {
    return this.service.deleteScenario(id);
  }
}
