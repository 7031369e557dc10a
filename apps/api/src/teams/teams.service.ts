import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CreateTeamDto, CreateUnitDto, TeamDto, UnitDto } from './dto/team.dto';
import { Team } from './team.entity';
import { Unit } from './unit.entity';

/** Units (enheter) and their teams, each with a manager. */
@Injectable()
export class TeamsService {
  constructor(
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
  ) {}

  async findUnits(): Promise<UnitDto[]> {
    const units = await this.units.find({ order: { id: 'ASC' } });
    return units.map(({ id, name, managerName }) => ({ id, name, managerName }));
  }

  async createUnit(dto: CreateUnitDto): Promise<UnitDto> {
    if (await this.units.existsBy({ id: dto.id })) {
      throw new ConflictException(`Unit "${dto.id}" already exists`);
    }
    const unit = { id: dto.id, name: dto.name, managerName: dto.managerName ?? null };
    await this.units.insert(unit);
    return unit;
  }

  async findTeams(): Promise<TeamDto[]> {
    const teams = await this.teams.find({ order: { id: 'ASC' } });
    return teams.map(({ id, name, unitId, managerName }) => ({ id, name, unitId, managerName }));
  }

  async createTeam(dto: CreateTeamDto): Promise<TeamDto> {
    if (await this.teams.existsBy({ id: dto.id })) {
      throw new ConflictException(`Team "${dto.id}" already exists`);
    }
    if (dto.unitId && !(await this.units.existsBy({ id: dto.unitId }))) {
      throw new BadRequestException(`Unit "${dto.unitId}" does not exist`);
    }
    const team = {
      id: dto.id,
      name: dto.name,
      unitId: dto.unitId ?? null,
      managerName: dto.managerName ?? null,
    };
    await this.teams.insert(team);
    return team;
  }
}
