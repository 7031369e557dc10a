import { ApiError } from '../../api/client';
import { planRefusal } from './plan-refusal';

describe(planRefusal.name, () => {
  it('should put the fields a validation refused on the form’s own fields', () => {
    const error = new ApiError(400, {
      statusCode: 400,
      message: 'Validation failed',
      errors: [
        { field: 'scenario.serviceLevelGoal', messages: ['must not be greater than 0.99'] },
        { field: 'months', messages: ['months must not be greater than 36'] },
        { field: 'scenario.somethingNew', messages: ['unknown'] },
      ],
    });
    expect(planRefusal(error)).toEqual({
      fields: { serviceLevelGoal: 'refused', months: 'refused' },
      noHistory: false,
    });
  });

  it('should say which field the model objects to, turnover that leaves no one on duty apart', () => {
    const objection = (field: string) =>
      new ApiError(400, {
        message: `${field}: no`,
        detail: { key: 'capacityInput', values: { field } },
      });
    expect(planRefusal(objection('annualTurnover')).fields).toEqual({
      annualTurnover: 'neverOnDuty',
    });
    expect(planRefusal(objection('volumeGrowth')).fields).toEqual({ volumeGrowth: 'refused' });
  });

  it('should tell a centre without history from other failures', () => {
    const noHistory = new ApiError(400, { message: 'import some', detail: { key: 'noHistory' } });
    expect(planRefusal(noHistory)).toEqual({ fields: {}, noHistory: true });
    expect(planRefusal(new ApiError(500, { message: 'boom' }))).toEqual({
      fields: {},
      noHistory: false,
    });
    expect(planRefusal(null)).toEqual({ fields: {}, noHistory: false });
  });
});
