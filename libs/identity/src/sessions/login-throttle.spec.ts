import { FREE_LOGIN_ATTEMPTS, pauseAfterFailures } from './login-throttle';

describe(pauseAfterFailures.name, () => {
  it('lets the first attempts through', () => {
    expect(pauseAfterFailures(FREE_LOGIN_ATTEMPTS - 1)).toBe(0);
  });

  it('doubles the pause with each further failure, up to 15 minutes', () => {
    expect(pauseAfterFailures(FREE_LOGIN_ATTEMPTS)).toBe(30);
    expect(pauseAfterFailures(FREE_LOGIN_ATTEMPTS + 1)).toBe(60);
    expect(pauseAfterFailures(FREE_LOGIN_ATTEMPTS + 20)).toBe(900);
  });
});
