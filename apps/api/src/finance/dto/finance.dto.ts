import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A scenario's parameters; see `@bemanna/capacity`'s CapacityScenario. */
export class CapacityScenarioDto {
  @ApiProperty({ example: 0.8, description: 'Share of calls answered within the target' })
  @IsNumber()
  @Min(0.01)
  @Max(0.99)
  serviceLevelGoal: number;

  @ApiProperty({ example: 120 })
  @IsNumber()
  @Min(0)
  @Max(3600)
  targetSeconds: number;

  @ApiProperty({ example: 0.03, description: 'Yearly growth of call volume' })
  @IsNumber()
  @Min(-0.5)
  @Max(2)
  volumeGrowth: number;

  @ApiProperty({ example: 0.085, description: 'Share of paid time lost to sick leave' })
  @IsNumber()
  @Min(0)
  @Max(0.5)
  sickLeaveRate: number;

  @ApiProperty({ example: 25 })
  @IsNumber()
  @Min(0)
  @Max(60)
  vacationDaysPerYear: number;

  @ApiProperty({ example: 0.15, description: 'Breaks, meetings, training, coaching' })
  @IsNumber()
  @Min(0)
  @Max(0.6)
  otherShrinkage: number;

  @ApiProperty({ example: 0.21, description: 'Share of staff leaving in a year' })
  @IsNumber()
  @Min(0)
  @Max(1)
  annualTurnover: number;

  @ApiProperty({ example: 3 })
  @IsNumber()
  @Min(0)
  @Max(12)
  recruitmentMonths: number;

  @ApiProperty({ example: 2 })
  @IsNumber()
  @Min(0)
  @Max(12)
  trainingMonths: number;

  @ApiProperty({ example: 84.5, description: 'Established positions (tjänster), FTE' })
  @IsNumber()
  @Min(0)
  @Max(10_000)
  positions: number;

  @ApiProperty({ example: 33_000, description: 'Monthly salary of a full-timer, kronor' })
  @IsNumber()
  @Min(0)
  @Max(1_000_000)
  monthlySalary: number;

  @ApiProperty({ example: 0.42, description: 'Payroll overhead (PO) on salary' })
  @IsNumber()
  @Min(0)
  @Max(2)
  payrollOverhead: number;

  @ApiProperty({ example: 48_000_000, description: "The year's budget for the staff, kronor" })
  @IsNumber()
  @Min(0)
  @Max(1e12)
  annualBudget: number;

  @ApiProperty({
    example: 250,
    description: 'Written cases (e-mail, web forms) a working day, answered within one working day',
  })
  @IsNumber()
  @Min(0)
  @Max(1_000_000)
  writtenCasesPerDay: number;

  @ApiProperty({ example: 8, description: 'Minutes of work a written case takes' })
  @IsNumber()
  @Min(0)
  @Max(600)
  writtenCaseMinutes: number;
}

export class CapacityPlanRequestDto {
  @ApiProperty({ example: '2027-01', description: 'First month, YYYY-MM' })
  @Matches(MONTH, { message: 'from must be a month, YYYY-MM' })
  from: string;

  @ApiPropertyOptional({ example: 12, default: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(36)
  months?: number;

  @ApiProperty({ type: CapacityScenarioDto })
  @ValidateNested()
  @Type(() => CapacityScenarioDto)
  scenario: CapacityScenarioDto;
}

export class CapacityMonthDto {
  @ApiProperty({ example: '2027-01' }) month: string;
  @ApiProperty() calls: number;
  @ApiProperty() workloadHours: number;
  @ApiProperty({ description: 'Agent-hours on the phone the goal needs (Erlang C)' })
  requiredPhoneHours: number;
  @ApiProperty({ description: "Hours of the working days' written cases" })
  writtenHours: number;
  @ApiProperty() shrinkage: number;
  @ApiProperty() requiredProductiveFte: number;
  @ApiProperty() requiredPositions: number;
  @ApiProperty() paidFte: number;
  @ApiProperty() productiveFte: number;
  @ApiProperty({ description: 'Productive less required FTE; negative when short' })
  gapFte: number;
  @ApiProperty() cost: number;
  @ApiProperty() requiredCost: number;
  @ApiProperty() budget: number;
  @ApiProperty({ description: 'Call-weighted service level with the productive staff' })
  expectedServiceLevel: number;
  @ApiProperty({ description: 'The calendar month whose history gave the volumes' })
  baselineMonth: string;
}

export class CapacityYearDto {
  @ApiProperty() calls: number;
  @ApiProperty() requiredPositions: number;
  @ApiProperty() positions: number;
  @ApiProperty() paidFte: number;
  @ApiProperty() productiveFte: number;
  @ApiProperty() cost: number;
  @ApiProperty() requiredCost: number;
  @ApiProperty() budget: number;
  @ApiProperty({ description: 'Budget less cost' }) budgetBalance: number;
  @ApiProperty({ description: 'Positions the budget pays for, after vacancies' })
  positionsWithinBudget: number;
  @ApiProperty() expectedServiceLevel: number;
}

export class CapacityPlanDto {
  @ApiProperty({ type: [CapacityMonthDto] }) months: CapacityMonthDto[];
  @ApiProperty({ type: CapacityYearDto }) year: CapacityYearDto;
  @ApiProperty({ type: [String], description: 'What the plan assumes, in English' })
  assumptions: string[];
}

export class FinanceBaselineDto {
  @ApiProperty({ type: CapacityScenarioDto, description: "Today's centre as a scenario" })
  scenario: CapacityScenarioDto;
  @ApiProperty({ example: '2027-01', description: 'The month a plan starts on by default' })
  from: string;
  @ApiProperty({ description: 'Agents employed today' }) agents: number;
  @ApiProperty({ type: String, nullable: true, description: 'Last month of complete history' })
  historyUntil: string | null;
}

export class SaveFinanceScenarioDto {
  @ApiProperty({ example: 'Sjukfrånvaro 6,5 %' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiProperty({ type: CapacityScenarioDto })
  @ValidateNested()
  @Type(() => CapacityScenarioDto)
  scenario: CapacityScenarioDto;
}

export class FinanceScenarioDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: CapacityScenarioDto }) scenario: CapacityScenarioDto;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}
