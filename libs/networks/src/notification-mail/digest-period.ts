import type { DigestFrequencyName } from '@mreza/shared/events';

/**
 * When digests go out: daily at `hour` o'clock, weekly on Monday at that hour, in the platform's
 * time zone. A digest covers the period that ended then.
 */
export interface DigestSchedule {
  /** Whether this instance runs the digest job at all. */
  enabled: boolean;
  /** 0–23, local time. */
  hour: number;
  /** An IANA zone, e.g. `Europe/Belgrade`. */
  timeZone: string;
}

export const DIGEST_SCHEDULE = Symbol('DIGEST_SCHEDULE');

const DAY_MS = 24 * 60 * 60 * 1000;

interface CalendarDay {
  year: number;
  month: number;
  day: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function formatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
}

/** The wall-clock reading of an instant in a zone. */
function wallClock(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday) + 1,
  };
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a zone's clock shows `hour`:00 on a calendar day (DST changes included). */
function atHour(day: Omit<CalendarDay, 'weekday'>, hour: number, timeZone: string): Date {
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour);
  const first = wall - offsetAt(new Date(wall), timeZone);
  const second = wall - offsetAt(new Date(first), timeZone);
  return new Date(second);
}

function addDays(day: Omit<CalendarDay, 'weekday'>, days: number): Omit<CalendarDay, 'weekday'> {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day) + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The latest digest time of the frequency at or before `now`: when its last period ended. */
export function periodEndAt(
  frequency: DigestFrequencyName,
  now: Date,
  { hour, timeZone }: Pick<DigestSchedule, 'hour' | 'timeZone'>,
): Date {
  const today = wallClock(now, timeZone);
  const back = frequency === 'WEEKLY' ? today.weekday - 1 : 0;
  const step = frequency === 'WEEKLY' ? 7 : 1;
  let day = addDays(today, -back);
  let end = atHour(day, hour, timeZone);
  while (end.getTime() > now.getTime()) {
    day = addDays(day, -step);
    end = atHour(day, hour, timeZone);
  }
  return end;
}

/** The digest time before `end`: where the period that ends at `end` began. */
export function periodStartOf(
  frequency: DigestFrequencyName,
  end: Date,
  schedule: Pick<DigestSchedule, 'hour' | 'timeZone'>,
): Date {
  return periodEndAt(frequency, new Date(end.getTime() - 1), schedule);
}
