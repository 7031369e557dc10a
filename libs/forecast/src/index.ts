// The public API: parse format A, forecast, write format A, score against actuals.
export {
  type HistoryRow,
  type ParsedHistory,
  type FormatARow,
  FormatAError,
  parseFormatA,
  formatFormatA,
} from './format-a';
export {
  type DailyForecast,
  type ForecastOptions,
  type ForecastResult,
  type ForecastRow,
  type GroupForecastReport,
  ForecastOptionError,
  forecast,
} from './forecast';
export type { MethodAccuracy } from './backtest';
export { type ForecastScore, scoreForecast } from './evaluation';
export type { Accuracy } from './metrics';
export { type MethodName, METHOD_NAMES, BASELINES } from './methods';
