import { z } from 'zod';
import { booleanFlag, defineConfig, port, postgresUrl } from './index';

describe(defineConfig.name, () => {
  const config = defineConfig(
    z.object({ DATABASE_URL: postgresUrl, PORT: port(3000), SEED: booleanFlag(true) }),
  );

  it('applies defaults and coerces values', () => {
    expect(config.load({ DATABASE_URL: 'postgres://localhost/x', SEED: 'no' })).toEqual({
      DATABASE_URL: 'postgres://localhost/x',
      PORT: 3000,
      SEED: false,
    });
  });

  it('names the missing variable in one line', () => {
    expect(() => config.load({})).toThrow(/^Invalid configuration: DATABASE_URL: /);
  });

  it('names the invalid variable and the reason', () => {
    expect(() => config.load({ DATABASE_URL: 'mysql://x', PORT: '3000' })).toThrow(
      'Invalid configuration: DATABASE_URL: must be a postgres:// URL',
    );
    expect(() => config.load({ DATABASE_URL: 'postgres://x', PORT: '70000' })).toThrow(
      /^Invalid configuration: PORT: /,
    );
  });

  it('treats an empty variable as unset', () => {
    expect(config.load({ DATABASE_URL: 'postgres://x', PORT: '' }).PORT).toBe(3000);
  });
});
