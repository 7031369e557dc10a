import { ConfigError, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('should apply the defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.timezone).toBe('Europe/Stockholm');
    expect(config.country).toBe('SE');
    expect(config.dataDir).toMatch(/\.data[/\\]pglite$/);
    expect(config.nightlyForecast).toBe('0 2 * * *');
  });

  it('should turn the nightly forecast off, or run it when the planner says', () => {
    expect(loadConfig({ BEMANNA_NIGHTLY_FORECAST: 'off' }).nightlyForecast).toBeNull();
    expect(loadConfig({ BEMANNA_NIGHTLY_FORECAST: '30 5 * * 1-5' }).nightlyForecast).toBe(
      '30 5 * * 1-5',
    );
    expect(() => loadConfig({ BEMANNA_NIGHTLY_FORECAST: 'nightly' })).toThrow(
      'BEMANNA_NIGHTLY_FORECAST="nightly": must be a cron expression',
    );
  });

  it('should treat an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('should name every bad variable and what is allowed', () => {
    expect(() =>
      loadConfig({
        PORT: 'eighty',
        TZ_NAME: 'Europe/Stokholm',
        COUNTRY: 'XX',
        DATABASE_URL: 'mysql://x',
      }),
    ).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT="70000": must be 0..65535');
    expect(() => loadConfig({ TZ_NAME: 'Mars/Olympus' })).toThrow(
      'TZ_NAME="Mars/Olympus": must be an IANA time zone',
    );
  });
});
