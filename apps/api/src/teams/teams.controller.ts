import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { CreateTeamDto, CreateUnitDto, TeamDto, UnitDto } from './dto/team.dto';
import { TeamsService } from './teams.service';

@ApiTags('Teams and units')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller()
export class TeamsController {
  constructor(private readonly service: TeamsService) {}

  @Get('units')
  @ApiOperation({ summary: 'List units with their managers' })
  @ApiOkResponse({ type: [UnitDto] })
  findUnits(): Promise<UnitDto[]> {
    return this.service.findUnits();
  }

  @Post('units')
  @ApiOperation({ summary: 'Create a unit' })
  @ApiCreatedResponse({ type: UnitDto })
  createUnit(@Body() dto: CreateUnitDto): Promise<UnitDto> {
    return this.service.createUnit(dto);
  }

  @Get('teams')
  @ApiOperation({ summary: 'List teams with their managers' })
  @ApiOkResponse({ type: [TeamDto] })
  findTeams(): Promise<TeamDto[]> {
    return this.service.findTeams();
  }

  @Post('teams')
  @ApiOperation({ summary: 'Create a team' })
  @ApiCreatedResponse({ type: TeamDto })
  createTeam(@Body() dto: CreateTeamDto): Promise<TeamDto> {
    return this.service.createTeam(dto);
  }
}
