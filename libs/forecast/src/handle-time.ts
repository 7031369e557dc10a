/**
 * Handle time per slot of day: sum(aht x answered) / sum(answered) over the recent weeks,
 * shrunk towards the group's overall mean with the weight of 20 answered calls so a slot with
 * three calls does not get a wild value; slots without calls take the overall mean. The
 * weights are answered calls because AHT is measured on answered calls only. Cost: O(slots).
 */
export function handleTimeBySlot(weighted: Float64Array, weight: Float64Array): Float64Array {
  let allWeighted = 0;
  let allWeight = 0;
  for (let s = 0; s < weight.length; s++) {
    allWeighted += weighted[s] as number;
    allWeight += weight[s] as number;
  }
  const mean = allWeight > 0 ? allWeighted / allWeight : Number.NaN;
  const prior = 20;
  return Float64Array.from(weight, (w, s) =>
    allWeight > 0 ? ((weighted[s] as number) + prior * mean) / (w + prior) : Number.NaN,
  );
}
