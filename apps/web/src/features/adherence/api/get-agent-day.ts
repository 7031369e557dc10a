import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { AgentDay } from '../../schedules/agent-day';
import type { AgentDayDetail } from '../types';

/** One agent's day: scheduled activities, states and the exceptions where they part. */
export async function getAgentDay({ agentId, date }: AgentDay): Promise<AgentDayDetail> {
  return unwrap<AgentDayDetail>(
    await apiClient.GET('/api/adherence/agents/{agentId}/days/{date}', {
      params: { path: { agentId, date } },
    }),
  );
}

export const agentDayQueryOptions = (agentDay: AgentDay) =>
  queryOptions({
    queryKey: ['adherence', 'agent-day', agentDay],
    queryFn: () => getAgentDay(agentDay),
  });

export function useAgentDay(agentDay: AgentDay) {
  return useQuery(agentDayQueryOptions(agentDay));
}
