/**
 * Accuracy of forecasts against actuals, accumulated pair by pair:
 *   WAPE = sum |a - f| / sum a   (weighted absolute percentage error: errors in calls over
 *                                 calls, so quiet intervals count as little as they matter)
 *   MAPE = mean |a - f| / a       over pairs with a >= minCallsForMape only; on intervals with
 *                                 a handful of calls it measures noise, and with 0 it is undefined
 *   bias = sum (f - a) / sum a    (> 0: the forecast is too high)
 * Every value is NaN when there is nothing to measure. Cost: O(1) per pair.
 */
export interface Accuracy {
  wape: number;
  mape: number;
  bias: number;
  /** Pairs measured. */
  count: number;
}

export class AccuracyAccumulator {
  private absolute = 0;
  private signed = 0;
  private actual = 0;
  private percentage = 0;
  private percentageCount = 0;
  private count = 0;

  constructor(private readonly minCallsForMape: number) {}

  add(actual: number, forecast: number): void {
    const error = forecast - actual;
    this.absolute += Math.abs(error);
    this.signed += error;
    this.actual += actual;
    this.count++;
    if (actual >= this.minCallsForMape && actual > 0) {
      this.percentage += Math.abs(error) / actual;
      this.percentageCount++;
    }
  }

  result(): Accuracy {
    return {
      wape: this.actual > 0 ? this.absolute / this.actual : Number.NaN,
      mape: this.percentageCount > 0 ? this.percentage / this.percentageCount : Number.NaN,
      bias: this.actual > 0 ? this.signed / this.actual : Number.NaN,
      count: this.count,
    };
  }
}
