// Capacity plan speed: a year of months for 7 answer groups, each month a typical week of
// 15-minute intervals (07:00-19:00 on weekdays, 10:00-14:00 on Saturdays), staffed by Erlang C
// for 80% in 120 s and scored for the scenario's positions, as /api/finance/plan does: at a
// municipal centre's 1-45 Erlangs, and at twenty times that (a national agency's). The baseline finds each interval's agents the textbook way: Erlang B
// by its recursion from zero agents for every candidate staffing, up from the traffic.
// Uses the built packages (npm run build first).
const { capacityPlan } = require('@bemanna/capacity');

const GROUPS = 7;
const SLOTS = 96;
const SCENARIO = {
  serviceLevelGoal: 0.8,
  targetSeconds: 120,
  volumeGrowth: 0.02,
  sickLeaveRate: 0.085,
  vacationDaysPerYear: 25,
  otherShrinkage: 0.15,
  annualTurnover: 0.21,
  recruitmentMonths: 3,
  trainingMonths: 2,
  positions: 80,
  monthlySalary: 33_000,
  payrollOverhead: 0.42,
  annualBudget: 42_700_000,
  writtenCasesPerDay: 250,
  writtenCaseMinutes: 8,
};

function months(scale) {
  return Array.from({ length: 12 }, (_, index) => {
    const season = index === 6 ? 0.6 : 1;
    return {
      month: `2027-${String(index + 1).padStart(2, '0')}`,
      openDays: [4, 4, 4, 5, 4, 4, 0],
      workingDays: 21,
      yearsAfterBaseline: 1,
      groups: Array.from({ length: GROUPS }, (_, group) => ({
        answerGroupId: `g${group}`,
        ahtSeconds: 240 + group * 30,
        calls: Array.from({ length: 7 }, (_, weekday) =>
          Array.from({ length: SLOTS }, (_, slot) => {
            const open =
              weekday < 5 ? slot >= 28 && slot < 76 : weekday === 5 && slot >= 40 && slot < 56;
            if (!open) return 0;
            const peak = 1 + 0.8 * Math.exp(-(((slot - 40) / 8) ** 2));
            return scale * season * (4 + group * 9) * peak * (weekday === 0 ? 1.3 : 1);
          }),
        ),
      })),
    };
  });
}

/** Agents for the goal the textbook way, every candidate's Erlang B from zero agents. */
function textbookAgents(traffic, aht, target, goal) {
  for (let agents = Math.floor(traffic) + 1; ; agents++) {
    let b = 1;
    for (let n = 1; n <= agents; n++) b = (traffic * b) / (n + traffic * b);
    const c = (agents * b) / (agents - traffic * (1 - b));
    if (1 - c * Math.exp((-(agents - traffic) * target) / aht) >= goal) return agents;
  }
}

function baseline(input) {
  let phoneHours = 0;
  for (const month of input.months) {
    for (const group of month.groups) {
      group.calls.forEach((day, weekday) => {
        for (const calls of day) {
          if (calls <= 0 || month.openDays[weekday] === 0) continue;
          const traffic = (calls * 1.02 * group.ahtSeconds) / 900;
          phoneHours +=
            textbookAgents(traffic, group.ahtSeconds, 120, 0.8) * 0.25 * month.openDays[weekday];
        }
      });
    }
  }
  return phoneHours;
}

function best(fn, rounds) {
  let ms = Number.POSITIVE_INFINITY;
  let result;
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    result = fn();
    ms = Math.min(ms, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms, result };
}

async function run() {
  for (const [name, scale] of [
    ['municipal centre', 1],
    ['twenty times the traffic', 20],
  ]) {
    const input = { intervalMinutes: 15, months: months(scale), scenario: SCENARIO };
    const plan = best(() => capacityPlan(input), 5);
    const textbook = best(() => baseline(input), 3);
    const planHours = plan.result.months.reduce((sum, month) => sum + month.requiredPhoneHours, 0);
    console.log(`${name}: 12 months x ${GROUPS} groups`);
    console.log(
      `  capacityPlan (staffing and service level): ${plan.ms.toFixed(1)} ms, ${Math.round(planHours)} phone hours`,
    );
    console.log(
      `  baseline (textbook staffing alone):        ${textbook.ms.toFixed(1)} ms, ${Math.round(textbook.result)} phone hours`,
    );
    console.log(`  ratio baseline / capacityPlan: x${(textbook.ms / plan.ms).toFixed(1)}`);
  }
}

module.exports = { run };
