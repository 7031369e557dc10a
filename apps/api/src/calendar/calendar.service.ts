import { addLocalDays, holidayCalendar, isClosedDay } from '@bemanna/calendar';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { ClosedDayDto } from './dto/closed-day.dto';

/** The configured country's public holidays, as a municipal centre plans by them. */
@Injectable()
export class CalendarService {
  private readonly holidays: ReturnType<typeof holidayCalendar>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.holidays = holidayCalendar(config.country);
  }

  /** Whether a public holiday or an eve that is a day off closes the centre on `date`. */
  isClosed(date: string): boolean {
    return isClosedDay(this.holidays.kindOf(date));
  }

  /** The holidays and the eves that are days off in the seven days from `weekStart`. */
  closedDaysOf(weekStart: string): ClosedDayDto[] {
    return [0, 1, 2, 3, 4, 5, 6].flatMap((day) => {
      const date = addLocalDays(weekStart, day);
      return this.isClosed(date) ? [{ date, name: this.holidays.nameOf(date) ?? date }] : [];
    });
  }
}
