import type { Schemas } from '../../api/client';

export type AdherenceReport = Schemas['AdherenceReportDto'];
export type AdherenceFigures = Schemas['AdherenceFiguresDto'];
export type TeamAdherence = Schemas['TeamAdherenceDto'];
export type AgentAdherence = Schemas['AgentAdherenceDto'];
export type AgentAdherenceDay = Schemas['AgentAdherenceDayDto'];
export type PhoneInterval = Schemas['PhoneIntervalDto'];
export type AgentDayDetail = Schemas['AgentDayDetailDto'];
export type ScheduledActivity = Schemas['ScheduledActivityDto'];
export type AgentStateSpan = Schemas['AgentStateSpanDto'];
export type AgentState = AgentStateSpan['state'];
export type AdherenceException = Schemas['AdherenceExceptionDto'];
export type AgentStateImport = Schemas['AgentStateImportDto'];
