import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateTeamDto, CreateUnitDto, TeamDto, UnitDto } from './dto/team.dto';
import { TeamsService } from './teams.service';

@ApiTags('Teams and units')
@Controller()
export class TeamsController {
  constructor(private readonly service: TeamsService) {}

  @Get('units')
  @ApiOperation({ summary: 'List units with their managers' })
  findUnits(): Promise<UnitDto[]> {
    return this.service.findUnits();
  }

  @Post('units')
  @ApiOperation({ summary: 'Create a unit' })
  createUnit(@Body() dto: CreateUnitDto): Promise<UnitDto> {
    return this.service.createUnit(dto);
  }

  @Get('teams')
  @ApiOperation({ summary: 'List teams with their managers' })
  findTeams(): Promise<TeamDto[]> {
    return this.service.findTeams();
  }

  @Post('teams')
  @ApiOperation({ summary: 'Create a team' })
  createTeam(@Body() dto: CreateTeamDto): Promise<TeamDto> {
    return this.service.createTeam(dto);
  }
}
