import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Agent } from '../agents/agent.entity';
import { AdherenceController } from './adherence.controller';
import { AdherenceService } from './adherence.service';
import { AgentStateSpan } from './agent-state.entity';
import { AgentStateImport } from './agent-state-import.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AgentStateImport, AgentStateSpan, Agent])],
  controllers: [AdherenceController],
  providers: [AdherenceService],
  exports: [AdherenceService],
})
export class AdherenceModule {}
