import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { fieldErrors } from '../common/validation';
import {
  CreateWrittenQueueDto,
  UpdateWrittenQueueDto,
  WrittenQueueDto,
} from './dto/written-queue.dto';
import { WrittenQueue } from './written-queue.entity';

export function toWrittenQueueDto(queue: WrittenQueue): WrittenQueueDto {
  return {
    id: queue.id,
    name: queue.name,
    handleMinutes: queue.handleMinutes,
    casesPerWeekday: queue.casesPerWeekday,
    workingDays: queue.workingDays,
    answerWithinWorkingDays: queue.answerWithinWorkingDays,
    answerGroupIds: queue.answerGroupIds,
  };
}

/** Written queues (e-mail, web forms): what the schedule reserves backoffice time for. */
@Injectable()
export class WrittenQueuesService {
  constructor(
    @InjectRepository(WrittenQueue) private readonly queues: Repository<WrittenQueue>,
    @InjectRepository(AnswerGroup) private readonly groups: Repository<AnswerGroup>,
  ) {}

  findAllEntities(): Promise<WrittenQueue[]> {
    return this.queues.find({ order: { id: 'ASC' } });
  }

  async findAll(): Promise<WrittenQueueDto[]> {
    return (await this.findAllEntities()).map(toWrittenQueueDto);
  }

  private async findEntity(id: string): Promise<WrittenQueue> {
    const queue = await this.queues.findOneBy({ id });
    if (!queue) throw new NotFoundException(`Written queue "${id}" does not exist`);
    return queue;
  }

  async findOne(id: string): Promise<WrittenQueueDto> {
    return toWrittenQueueDto(await this.findEntity(id));
  }

  async create(dto: CreateWrittenQueueDto): Promise<WrittenQueueDto> {
    if (
      (await this.queues.existsBy({ id: dto.id })) ||
      (await this.groups.existsBy({ id: dto.id }))
    )
      throw new ConflictException(
        `"${dto.id}" is already the id of an answer group or written queue`,
      );
    await this.check(dto);
    await this.queues.insert({ ...dto });
    return this.findOne(dto.id);
  }

  async update(id: string, dto: UpdateWrittenQueueDto): Promise<WrittenQueueDto> {
    const queue = await this.findEntity(id);
    const changed = {
      ...queue,
      ...Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)),
    };
    await this.check(changed);
    await this.queues.save(changed);
    return this.findOne(id);
  }

  async remove(id: string): Promise<void> {
    await this.findEntity(id);
    await this.queues.delete({ id });
  }

  /** What the field validators cannot see: groups that exist, a deadline within the week. */
  private async check(queue: Omit<CreateWrittenQueueDto, 'id'>): Promise<void> {
    const problems: { field: string; messages: string[] }[] = [];
    const known = new Set((await this.groups.find({ select: { id: true } })).map((g) => g.id));
    const unknown = queue.answerGroupIds.filter((id) => !known.has(id));
    if (unknown.length > 0)
      problems.push({
        field: 'answerGroupIds',
        messages: [`unknown answer groups: ${unknown.join(', ')}`],
      });
    if (queue.answerWithinWorkingDays >= queue.workingDays.length)
      problems.push({
        field: 'answerWithinWorkingDays',
        messages: [`must be less than the ${queue.workingDays.length} working days`],
      });
    if (problems.length > 0) throw fieldErrors('Validation failed', problems);
  }
}
