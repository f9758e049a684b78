import { periodEndAt, periodStartOf } from './digest-period';

const belgrade = { hour: 7, timeZone: 'Europe/Belgrade' };
const at = (iso: string) => new Date(iso);

describe('digest periods', () => {
  describe(periodEndAt.name, () => {
    it('ends a day at the digest hour, local summer time', () => {
      // Wednesday 12:00 in Belgrade (UTC+2).
      expect(periodEndAt('DAILY', at('2025-06-11T10:00:00Z'), belgrade)).toEqual(
        at('2025-06-11T05:00:00Z'),
      );
    });

    it('before the digest hour, the period that ended yesterday', () => {
      // Wednesday 06:00 in Belgrade.
      expect(periodEndAt('DAILY', at('2025-06-11T04:00:00Z'), belgrade)).toEqual(
        at('2025-06-10T05:00:00Z'),
      );
    });

    it('counts in local winter time too', () => {
      expect(periodEndAt('DAILY', at('2025-01-15T12:00:00Z'), belgrade)).toEqual(
        at('2025-01-15T06:00:00Z'),
      );
    });

    it('is the very instant of the digest hour', () => {
      expect(periodEndAt('DAILY', at('2025-06-11T05:00:00Z'), belgrade)).toEqual(
        at('2025-06-11T05:00:00Z'),
      );
    });

    it('ends a week on Monday at the digest hour', () => {
      // Wednesday → the Monday of the same week.
      expect(periodEndAt('WEEKLY', at('2025-06-11T10:00:00Z'), belgrade)).toEqual(
        at('2025-06-09T05:00:00Z'),
      );
      // Monday 06:00 → the Monday before.
      expect(periodEndAt('WEEKLY', at('2025-06-09T04:00:00Z'), belgrade)).toEqual(
        at('2025-06-02T05:00:00Z'),
      );
      // Sunday late evening → the Monday six days before.
      expect(periodEndAt('WEEKLY', at('2025-06-15T21:30:00Z'), belgrade)).toEqual(
        at('2025-06-09T05:00:00Z'),
      );
    });

    it('uses the local calendar day, not the UTC one', () => {
      // 00:30 on Thursday in Belgrade is still Wednesday in UTC.
      expect(periodEndAt('DAILY', at('2025-06-11T22:30:00Z'), belgrade)).toEqual(
        at('2025-06-11T05:00:00Z'),
      );
      expect(
        periodEndAt('DAILY', at('2025-06-11T22:30:00Z'), { hour: 0, timeZone: 'Europe/Belgrade' }),
      ).toEqual(at('2025-06-11T22:00:00Z'));
    });
  });

  describe(periodStartOf.name, () => {
    it('is the end of the period before, across a change to summer time (23 hours)', () => {
      // Clocks went forward on Sunday 30 March 2025.
      expect(periodStartOf('DAILY', at('2025-03-30T05:00:00Z'), belgrade)).toEqual(
        at('2025-03-29T06:00:00Z'),
      );
    });

    it('is a week before for a weekly digest', () => {
      expect(periodStartOf('WEEKLY', at('2025-06-09T05:00:00Z'), belgrade)).toEqual(
        at('2025-06-02T05:00:00Z'),
      );
    });
  });
});
