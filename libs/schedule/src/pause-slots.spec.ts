import { pauseSlots } from './pause-slots';
import { syntheticScenario } from './synthetic-scenario';

const scenarioWith = (lunchMinutes: number, breakMinutes: number, intervalMinutes = 15) => {
  const scenario = syntheticScenario({ agents: 2, answerGroups: 1, load: 0.5 });
  return { ...scenario, intervalMinutes, rules: { ...scenario.rules, lunchMinutes, breakMinutes } };
};

describe(pauseSlots.name, () => {
  it('should give pauses on the grid their own intervals and 5 hours of work between them', () => {
    expect(pauseSlots(scenarioWith(30, 15))).toEqual({
      lunchLength: 2,
      breakLength: 1,
      maxWork: 20,
    });
  });

  it('should give a shorter pause its whole last interval and shorten the work for the rest', () => {
    // A 10-minute break takes a quarter off the phone; the 5 minutes worked after it count
    // towards the next stretch of work, which may then hold 4 h 55 min: 19 whole quarters.
    expect(pauseSlots(scenarioWith(30, 10))).toEqual({
      lunchLength: 2,
      breakLength: 1,
      maxWork: 19,
    });
    expect(pauseSlots(scenarioWith(40, 15))).toEqual({
      lunchLength: 3,
      breakLength: 1,
      maxWork: 19,
    });
    expect(pauseSlots(scenarioWith(45, 0))).toEqual({
      lunchLength: 3,
      breakLength: 0,
      maxWork: 20,
    });
    expect(pauseSlots(scenarioWith(30, 15, 30))).toEqual({
      lunchLength: 1,
      breakLength: 1,
      maxWork: 9,
    });
  });
});
