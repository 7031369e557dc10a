import { BadRequestException } from '@nestjs/common';
import { InfeasibleScenarioError } from '@bemanna/schedule';
import { codedBadRequest } from './coded-bad-request';
import { errorDetailOf } from './error-detail';

describe(errorDetailOf.name, () => {
  it('should find the detail of a coded 400, of a library error and of nothing else', () => {
    expect(errorDetailOf(codedBadRequest('No groups', 'noAnswerGroups'))).toEqual({
      key: 'noAnswerGroups',
      values: {},
    });
    const infeasible = new InfeasibleScenarioError('$.agents[2]', 'no week', {
      key: 'noRuleKeepingWeek',
      values: { agent: 'Kim', contractMinutes: 100 },
    });
    expect(errorDetailOf(infeasible)).toEqual(infeasible.detail);
    expect(errorDetailOf(new BadRequestException('Unknown answer groups: x'))).toBeUndefined();
    expect(errorDetailOf(new Error('boom'))).toBeUndefined();
    expect(errorDetailOf({ detail: { values: {} } })).toBeUndefined();
    expect(errorDetailOf(null)).toBeUndefined();
  });
});
