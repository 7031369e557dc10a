import { pauseSlots } from './pause-slots';
import { syntheticScenario } from './synthetic-scenario';

const scenarioWith = (
  lunchMinutes: number,
  breakMinutes: number,
  { intervalMinutes = 15, minWorkBetweenBreaksMinutes = 0 } = {},
) => {
  const scenario = syntheticScenario({ agents: 2, answerGroups: 1, load: 0.5 });
  return {
    ...scenario,
    intervalMinutes,
    rules: { ...scenario.rules, lunchMinutes, breakMinutes, minWorkBetweenBreaksMinutes },
  };
};

describe(pauseSlots.name, () => {
  it('should give pauses on the grid their own intervals and 5 hours of work between them', () => {
    expect(pauseSlots(scenarioWith(30, 15))).toEqual({
      lunchLength: 2,
      breakLength: 1,
      minWork: 1,
      maxWork: 20,
    });
  });

  it('should give a shorter pause its whole last interval and shorten the work for the rest', () => {
    // A 10-minute break takes a quarter off the phone; the 5 minutes worked after it count
    // towards the next stretch of work, which may then hold 4 h 55 min: 19 whole quarters.
    expect(pauseSlots(scenarioWith(30, 10))).toMatchObject({ breakLength: 1, maxWork: 19 });
    expect(pauseSlots(scenarioWith(40, 15))).toMatchObject({ lunchLength: 3, maxWork: 19 });
    expect(pauseSlots(scenarioWith(45, 0))).toMatchObject({ breakLength: 0, maxWork: 20 });
    expect(pauseSlots(scenarioWith(30, 15, { intervalMinutes: 30 }))).toMatchObject({
      lunchLength: 1,
      breakLength: 1,
      maxWork: 9,
    });
  });

  it('should round the shortest stretch of work up to whole intervals, and keep one at least', () => {
    const minWork = (minutes: number) =>
      pauseSlots(scenarioWith(30, 15, { minWorkBetweenBreaksMinutes: minutes })).minWork;
    expect([0, 15, 50, 60, 61].map(minWork)).toEqual([1, 1, 4, 4, 5]);
  });
});
