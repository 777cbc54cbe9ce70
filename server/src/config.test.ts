import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has the pinned defaults', () => {
    const c = loadConfig({}, '/srv/envgrid');
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.dataDir).toBe(path.resolve('/srv/envgrid/var'));
    expect(c.databaseUrl).toBe(`sqlite:${path.resolve('/srv/envgrid/var/envgrid.db')}`);
    expect(c.businessTimeZone).toBe('Asia/Shanghai');
    expect(c.demoPassword).toBe('envgrid-demo');
    // A year of demo history.
    expect(c.demoCases).toBe(20000);
    expect(c.cookieSecure).toBe(false);
    // The demo district ships in the repository's data/ folder.
    expect(c.districtDir).toBe(path.resolve(import.meta.dirname, '../../data/districts/110101'));
  });

  it('reads every pinned variable', () => {
    const c = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        ENVGRID_DATA_DIR: '/data',
        DATABASE_URL: 'postgres://u:p@db:5432/envgrid',
        ENVGRID_DEMO_PASSWORD: 'another-secret',
        LOG_LEVEL: 'DEBUG',
        TZ_BUSINESS: 'Asia/Urumqi',
        ENVGRID_COOKIE_SECURE: 'true',
        ENVGRID_TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png',
        ENVGRID_DISTRICT_DIR: 'profiles/990101',
        ENVGRID_DEMO_CASES: '0',
      },
      '/',
    );
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/data',
      databaseUrl: 'postgres://u:p@db:5432/envgrid',
      demoPassword: 'another-secret',
      logLevel: 'debug',
      businessTimeZone: 'Asia/Urumqi',
      cookieSecure: true,
      tileUrl: 'https://tiles.example/{z}/{x}/{y}.png',
      districtDir: '/profiles/990101',
      demoCases: 0,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be sqlite:PATH or postgres/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ TZ_BUSINESS: 'Mars/Olympus' }, /TZ_BUSINESS must be an IANA time zone/],
    [{ ENVGRID_COOKIE_SECURE: 'maybe' }, /ENVGRID_COOKIE_SECURE must be true or false/],
    [{ ENVGRID_DEMO_PASSWORD: 'short' }, /at least 8/],
    [{ ENVGRID_DEMO_CASES: '-1' }, /ENVGRID_DEMO_CASES must be a whole number from 0 to 1000000/],
    [{ ENVGRID_DEMO_CASES: '2.5' }, /ENVGRID_DEMO_CASES must be a whole number/],
    [{ ENVGRID_DEMO_CASES: '1000001' }, /ENVGRID_DEMO_CASES must be/],
    [{ ENVGRID_TRUST_PROXY: 'the-proxy' }, /ENVGRID_TRUST_PROXY must be false, true, a hop count/],
    [{ ENVGRID_TRUST_PROXY: '10.0.0.0/33' }, /ENVGRID_TRUST_PROXY must be/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => loadConfig(env, '/')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/')).toThrow(message);
  });

  it.each([
    [undefined, false],
    ['off', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.1, 192.168.0.0/16,::1', ['10.0.0.1', '192.168.0.0/16', '::1']],
  ])('reads ENVGRID_TRUST_PROXY=%s as %o (off unless set)', (raw, want) => {
    expect(loadConfig(raw === undefined ? {} : { ENVGRID_TRUST_PROXY: raw }, '/').trustProxy).toEqual(want);
  });
});
