import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ValidationErrorDto } from '../common/dto/error.dto';
import { AgentsService } from './agents.service';
import { AgentDto, CreateAgentDto, UpdateAgentDto } from './dto/agent.dto';

@ApiTags('Agents')
@ApiBadRequestResponse({ type: ValidationErrorDto, description: 'Bad input, field by field' })
@Controller('agents')
export class AgentsController {
  constructor(private readonly service: AgentsService) {}

  @Get()
  @ApiOperation({ summary: 'List agents with their contracts and skills' })
  @ApiOkResponse({ type: [AgentDto] })
  findAll(): Promise<AgentDto[]> {
    return this.service.findAll();
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an agent' })
  @ApiOkResponse({ type: AgentDto })
  findOne(@Param('id') id: string): Promise<AgentDto> {
    return this.service.findOne(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create an agent' })
  @ApiCreatedResponse({ type: AgentDto })
  create(@Body() dto: CreateAgentDto): Promise<AgentDto> {
    return this.service.create(dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an agent: contract, team or skills' })
  @ApiOkResponse({ type: AgentDto })
  update(@Param('id') id: string, @Body() dto: UpdateAgentDto): Promise<AgentDto> {
    return this.service.update(id, dto);
  }
}
