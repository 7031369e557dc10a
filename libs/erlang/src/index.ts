export type { ErlangCase, ErlangResult } from './types';
