import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager, Repository } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { codedBadRequest, codedConflict } from '../common/coded-bad-request';
import { Absence } from './absence.entity';
import {
  AbsenceDto,
  AbsencesQueryDto,
  CreateAbsenceDto,
  UpdateAbsenceDto,
} from './dto/absence.dto';

function toDto(absence: Absence): AbsenceDto {
  return {
    id: absence.id,
    agentId: absence.agentId,
    agentName: absence.agent?.name ?? absence.agentId,
    teamId: absence.agent?.teamId ?? null,
    kind: absence.kind,
    fromDate: absence.fromDate,
    toDate: absence.toDate,
    note: absence.note,
    createdAt: absence.createdAt.toISOString(),
  };
}

@Injectable()
export class AbsencesService {
  constructor(
    @InjectRepository(Absence) private readonly absences: Repository<Absence>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Absences overlapping [from, to] (either end open), by start date, then agent. */
  async find(query: AbsencesQueryDto): Promise<AbsenceDto[]> {
    const builder = this.absences
      .createQueryBuilder('absence')
      .leftJoinAndSelect('absence.agent', 'agent')
      .orderBy('absence.from_date', 'ASC')
      .addOrderBy('agent.name', 'ASC')
      .addOrderBy('absence.id', 'ASC');
    if (query.from) builder.andWhere('absence.to_date >= :from', { from: query.from });
    if (query.to) builder.andWhere('absence.from_date <= :to', { to: query.to });
    if (query.agentId) builder.andWhere('absence.agent_id = :agentId', { agentId: query.agentId });
    return (await builder.getMany()).map(toDto);
  }

  async create(dto: CreateAbsenceDto): Promise<AbsenceDto> {
    checkDates(dto.fromDate, dto.toDate);
    const id = await this.dataSource.transaction(async (manager) => {
      await lockAgent(manager, dto.agentId);
      await refuseOverlap(manager, dto.agentId, dto.fromDate, dto.toDate, null);
      const saved = await manager.save(
        manager.create(Absence, {
          agentId: dto.agentId,
          kind: dto.kind,
          fromDate: dto.fromDate,
          toDate: dto.toDate,
          note: dto.note ?? null,
        }),
      );
      return saved.id;
    });
    return this.findOne(id);
  }

  async update(id: number, dto: UpdateAbsenceDto): Promise<AbsenceDto> {
    await this.dataSource.transaction(async (manager) => {
      const absence = await manager.findOneBy(Absence, { id });
      if (!absence) throw new NotFoundException(`Absence ${id} does not exist`);
      Object.assign(absence, dto);
      checkDates(absence.fromDate, absence.toDate);
      await lockAgent(manager, absence.agentId);
      await refuseOverlap(manager, absence.agentId, absence.fromDate, absence.toDate, id);
      await manager.save(absence);
    });
    return this.findOne(id);
  }

  async remove(id: number): Promise<void> {
    const { affected } = await this.absences.delete({ id });
    if (!affected) throw new NotFoundException(`Absence ${id} does not exist`);
  }

  private async findOne(id: number): Promise<AbsenceDto> {
    const absence = await this.absences.findOne({ where: { id }, relations: { agent: true } });
    if (!absence) throw new NotFoundException(`Absence ${id} does not exist`);
    return toDto(absence);
  }
}

function checkDates(fromDate: string, toDate: string): void {
  if (toDate < fromDate) {
    throw codedBadRequest(
      `toDate ${toDate} is before fromDate ${fromDate}`,
      'absenceEndsBeforeStart',
      { fromDate, toDate },
    );
  }
}

/** Locks the agent's row, so that two requests cannot both pass the overlap check. */
async function lockAgent(manager: EntityManager, agentId: string): Promise<void> {
  const found = await manager
    .createQueryBuilder(Agent, 'agent')
    .setLock('pessimistic_write')
    .where('agent.id = :agentId', { agentId })
    .getExists();
  if (!found) {
    throw codedBadRequest(`Agent "${agentId}" does not exist`, 'unknownAgent', { agent: agentId });
  }
}

async function refuseOverlap(
  manager: EntityManager,
  agentId: string,
  fromDate: string,
  toDate: string,
  except: number | null,
): Promise<void> {
  const builder = manager
    .createQueryBuilder(Absence, 'absence')
    .leftJoinAndSelect('absence.agent', 'agent')
    .where('absence.agent_id = :agentId', { agentId })
    .andWhere(
      new Brackets((dates) =>
        dates
          .where('absence.from_date <= :toDate', { toDate })
          .andWhere('absence.to_date >= :fromDate', {
            fromDate,
          }),
      ),
    );
  if (except !== null) builder.andWhere('absence.id <> :except', { except });
  const clash = await builder.getOne();
  if (clash) {
    throw codedConflict(
      `${agentId} is already away ${clash.fromDate} to ${clash.toDate} (absence ${clash.id})`,
      'absenceOverlaps',
      {
        agent: clash.agent?.name ?? agentId,
        fromDate: clash.fromDate,
        toDate: clash.toDate,
        id: clash.id,
      },
    );
  }
}
