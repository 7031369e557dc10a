import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AgentPreferences } from '@bemanna/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { Team } from '../teams/team.entity';
import { Agent } from './agent.entity';
import { AgentDto, AgentPreferencesDto, CreateAgentDto, UpdateAgentDto } from './dto/agent.dto';

function toAgentDto(agent: Agent): AgentDto {
  return {
    id: agent.id,
    name: agent.name,
    teamId: agent.teamId,
    contractMinutesPerWeek: agent.contractMinutesPerWeek,
    employmentPercent: agent.employmentPercent,
    startDate: agent.startDate,
    endDate: agent.endDate,
    skills: agent.skills.map((group) => group.id).sort(),
    preferences: agent.preferences,
  };
}

/** Preferences as stored: only what was said, and null when nothing was. */
function wished(preferences: AgentPreferencesDto | null | undefined): AgentPreferences | null {
  const daysOff = [...(preferences?.daysOff ?? [])].sort((x, y) => x - y);
  const shiftTime = preferences?.shiftTime;
  if (daysOff.length === 0 && !shiftTime) return null;
  return { ...(daysOff.length > 0 ? { daysOff } : {}), ...(shiftTime ? { shiftTime } : {}) };
}

@Injectable()
export class AgentsService {
  constructor(
    @InjectRepository(Agent) private readonly agents: Repository<Agent>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    @InjectRepository(AnswerGroup) private readonly groups: Repository<AnswerGroup>,
  ) {}

  async findAll(): Promise<AgentDto[]> {
    const agents = await this.agents.find({ relations: { skills: true }, order: { id: 'ASC' } });
    return agents.map(toAgentDto);
  }

  async findOne(id: string): Promise<AgentDto> {
    return toAgentDto(await this.findEntity(id));
  }

  async create(dto: CreateAgentDto): Promise<AgentDto> {
    if (await this.agents.existsBy({ id: dto.id })) {
      throw new ConflictException(`Agent "${dto.id}" already exists`);
    }
    const agent = this.agents.create({
      ...dto,
      teamId: await this.checkedTeamId(dto.teamId),
      endDate: dto.endDate ?? null,
      preferences: wished(dto.preferences),
      skills: await this.skillGroups(dto.skills),
    });
    this.checkDates(agent);
    await this.agents.save(agent);
    return this.findOne(dto.id);
  }

  async update(id: string, dto: UpdateAgentDto): Promise<AgentDto> {
    const agent = await this.findEntity(id);
    const { skills, teamId, preferences, ...fields } = dto;
    Object.assign(agent, fields);
    if (preferences !== undefined) agent.preferences = wished(preferences);
    if (teamId !== undefined) agent.teamId = await this.checkedTeamId(teamId);
    if (skills) agent.skills = await this.skillGroups(skills);
    this.checkDates(agent);
    await this.agents.save(agent);
    return this.findOne(id);
  }

  private async findEntity(id: string): Promise<Agent> {
    const agent = await this.agents.findOne({ where: { id }, relations: { skills: true } });
    if (!agent) throw new NotFoundException(`Agent "${id}" does not exist`);
    return agent;
  }

  private async checkedTeamId(teamId: string | null | undefined): Promise<string | null> {
    if (!teamId) return null;
    if (!(await this.teams.existsBy({ id: teamId }))) {
      throw new BadRequestException(`Team "${teamId}" does not exist`);
    }
    return teamId;
  }

  private async skillGroups(ids: string[]): Promise<AnswerGroup[]> {
    const groups = ids.length > 0 ? await this.groups.findBy({ id: In(ids) }) : [];
    const missing = ids.filter((id) => !groups.some((group) => group.id === id));
    if (missing.length > 0) {
      throw new BadRequestException(`Unknown answer groups in skills: ${missing.join(', ')}`);
    }
    return groups;
  }

  private checkDates(agent: Agent): void {
    if (agent.endDate && agent.endDate < agent.startDate) {
      throw new BadRequestException('endDate must not be before startDate');
    }
  }
}
