import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../common/validators';

export class CreateUnitDto {
  @ApiProperty({ example: 'kontaktcenter' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id: string;

  @ApiProperty({ example: 'Kontaktcenter' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, example: 'Eva Lind', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  managerName?: string | null;
}

export class UnitDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) managerName: string | null;
}

export class CreateTeamDto {
  @ApiProperty({ example: 'team-1' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id: string;

  @ApiProperty({ example: 'Team Norr' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, example: 'kontaktcenter', nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  unitId?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Karin Berg', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  managerName?: string | null;
}

export class TeamDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) unitId: string | null;
  @ApiProperty({ type: String, nullable: true }) managerName: string | null;
}
