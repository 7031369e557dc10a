import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AnswerGroup } from './answer-group.entity';
import { AnswerGroupShrinkage } from './answer-group-shrinkage.entity';
import {
  AnswerGroupDto,
  CreateAnswerGroupDto,
  SetShrinkageDto,
  UpdateAnswerGroupDto,
} from './dto/answer-group.dto';

export const DEFAULT_SHRINKAGE = 0.3;

/** Shrinkage of each month, January first, falling back on the group's default. */
export function shrinkageByMonth(group: AnswerGroup): number[] {
  const byMonth = new Map(
    (group.monthlyShrinkage ?? []).map((entry) => [entry.month, entry.shrinkage]),
  );
  return Array.from({ length: 12 }, (_, index) => byMonth.get(index + 1) ?? group.defaultShrinkage);
}

export function toAnswerGroupDto(group: AnswerGroup): AnswerGroupDto {
  return {
    id: group.id,
    name: group.name,
    ahtSeconds: group.ahtSeconds,
    serviceLevelGoal: group.serviceLevelGoal,
    targetSeconds: group.targetSeconds,
    patienceSeconds: group.patienceSeconds,
    maxOccupancy: group.maxOccupancy,
    defaultShrinkage: group.defaultShrinkage,
    openingHours: group.openingHours,
    specialDays: group.specialDays,
    shrinkageByMonth: shrinkageByMonth(group),
  };
}

@Injectable()
export class AnswerGroupsService {
  constructor(
    @InjectRepository(AnswerGroup) private readonly groups: Repository<AnswerGroup>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Every answer group with its monthly shrinkage, ordered by id. */
  findAllEntities(): Promise<AnswerGroup[]> {
    return this.groups.find({ relations: { monthlyShrinkage: true }, order: { id: 'ASC' } });
  }

  async findAll(): Promise<AnswerGroupDto[]> {
    return (await this.findAllEntities()).map(toAnswerGroupDto);
  }

  async findEntity(id: string): Promise<AnswerGroup> {
    const group = await this.groups.findOne({
      where: { id },
      relations: { monthlyShrinkage: true },
    });
    if (!group) throw new NotFoundException(`Answer group "${id}" does not exist`);
    return group;
  }

  async findOne(id: string): Promise<AnswerGroupDto> {
    return toAnswerGroupDto(await this.findEntity(id));
  }

  async create(dto: CreateAnswerGroupDto): Promise<AnswerGroupDto> {
    if (await this.groups.existsBy({ id: dto.id })) {
      throw new ConflictException(`Answer group "${dto.id}" already exists`);
    }
    await this.groups.insert({
      ...dto,
      patienceSeconds: dto.patienceSeconds ?? null,
      maxOccupancy: dto.maxOccupancy ?? null,
      defaultShrinkage: dto.defaultShrinkage ?? DEFAULT_SHRINKAGE,
      specialDays: dto.specialDays ?? [],
    });
    return this.findOne(dto.id);
  }

  async update(id: string, dto: UpdateAnswerGroupDto): Promise<AnswerGroupDto> {
    await this.findEntity(id);
    if (Object.keys(dto).length > 0) await this.groups.update({ id }, dto);
    return this.findOne(id);
  }

  async remove(id: string): Promise<void> {
    await this.findEntity(id);
    await this.dataSource.transaction(async (manager) => {
      // History has no foreign key (for import speed), so it goes explicitly.
      await manager.query('DELETE FROM history_interval WHERE answer_group_id = $1', [id]);
      await manager.delete(AnswerGroup, { id });
    });
  }

  /** Sets the named months; the others keep their value (or the default). */
  async setShrinkage(id: string, dto: SetShrinkageDto): Promise<AnswerGroupDto> {
    await this.findEntity(id);
    await this.dataSource.transaction(async (manager) => {
      for (const { month, shrinkage } of dto.months) {
        await manager.upsert(AnswerGroupShrinkage, { answerGroupId: id, month, shrinkage }, [
          'answerGroupId',
          'month',
        ]);
      }
    });
    return this.findOne(id);
  }
}
