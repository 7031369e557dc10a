import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgentsService } from './agents.service';
import { AgentDto, CreateAgentDto, UpdateAgentDto } from './dto/agent.dto';

@ApiTags('Agents')
@Controller('agents')
export class AgentsController {
  constructor(private readonly service: AgentsService) {}

  @Get()
  @ApiOperation({ summary: 'List agents with their contracts and skills' })
  findAll(): Promise<AgentDto[]> {
    return this.service.findAll();
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an agent' })
  findOne(@Param('id') id: string): Promise<AgentDto> {
    return this.service.findOne(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create an agent' })
  create(@Body() dto: CreateAgentDto): Promise<AgentDto> {
    return this.service.create(dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an agent: contract, team or skills' })
  update(@Param('id') id: string, @Body() dto: UpdateAgentDto): Promise<AgentDto> {
    return this.service.update(id, dto);
  }
}
