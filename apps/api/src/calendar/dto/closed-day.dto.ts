import { ApiProperty } from '@nestjs/swagger';
import { IsLocalDate } from '../../common/validators';

/** A public holiday or an eve that is a day off (julafton, midsommarafton, nyårsafton). */
export class ClosedDayDto {
  @ApiProperty({ example: '2026-12-25' }) date: string;
  @ApiProperty({ example: 'juldagen' }) name: string;
}

export class ClosedDaysQueryDto {
  @ApiProperty({ example: '2026-12-21', description: 'First of the seven days, a local date' })
  @IsLocalDate()
  weekStart: string;
}
