export {
  type CapacityInput,
  CapacityInputError,
  type CapacityMonth,
  type CapacityPlan,
  type CapacityScenario,
  capacityPlan,
  type GroupWeek,
  type PlanMonth,
  VACATION_PROFILE,
} from './capacity-plan';
