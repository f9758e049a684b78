import { isReconfirmationDue, staleBefore } from './record-freshness';

describe('record freshness', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('is due once the period has passed', () => {
    expect(isReconfirmationDue(new Date('2025-11-22T10:00:00Z'), now, 12)).toBe(true);
    expect(isReconfirmationDue(new Date('2025-11-24T10:00:00Z'), now, 12)).toBe(false);
  });

  it('follows the configured number of months', () => {
    expect(staleBefore(now, 6).toISOString()).toBe('2026-05-23T10:00:00.000Z');
  });
});
