import { IsInt, IsString } from 'class-validator';
import { ConfigValidationError, loadConfig } from './load-config';
import { DatabaseEnv, HttpEnv, KafkaEnv } from './sections';
import { EnvInt } from './env-transforms';
import { redactConfig, Secret } from './secret.decorator';

class Sample {
  @IsString()
  NAME!: string;

  @EnvInt()
  @IsInt()
  COUNT = 3;

  @Secret()
  @IsString()
  TOKEN = 'default-token';
}

describe('loadConfig', () => {
  it('converts and defaults values', () => {
    const { sample } = loadConfig({ sample: Sample }, { NAME: 'x', COUNT: '7' });
    expect(sample).toMatchObject({ NAME: 'x', COUNT: 7, TOKEN: 'default-token' });
  });

  it('collects every problem across sections, naming each variable', () => {
    let error: ConfigValidationError | undefined;
    try {
      loadConfig({ sample: Sample, kafka: KafkaEnv }, { COUNT: '7.5', KAFKA_BROKERS: 'a:1,nope' });
    } catch (e) {
      error = e as ConfigValidationError;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const text = error!.problems.join('\n');
    expect(text).toMatch(/^NAME:/m);
    expect(text).toMatch(/^COUNT:/m);
    expect(text).toMatch(/^KAFKA_BROKERS:/m);
  });

  it('treats empty strings as unset', () => {
    expect(() => loadConfig({ sample: Sample }, { NAME: '' })).toThrow(/NAME/);
  });

  it('parses a broker list and never reveals secrets when redacted', () => {
    const { kafka, db } = loadConfig(
      { kafka: KafkaEnv, db: DatabaseEnv },
      { KAFKA_BROKERS: 'a:9092, b:9093', KAFKA_SASL_PASSWORD: 'pw', DATABASE_URL: 'postgres://u:secret@h/db' },
    );
    expect(kafka.KAFKA_BROKERS).toEqual(['a:9092', 'b:9093']);
    expect(JSON.stringify(redactConfig(kafka))).not.toContain('pw');
    expect(JSON.stringify(redactConfig(db))).not.toContain('secret');
    expect(redactConfig(db).DATABASE_URL).toBe('***');
  });
});

describe('HttpEnv', () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig({ http: HttpEnv }, env);
      return [];
    } catch (e) {
      return (e as ConfigValidationError).problems;
    }
  };

  it('defaults to bounds that cut off slow clients, and metrics on a port of their own', () => {
    expect(loadConfig({ http: HttpEnv }, {}).http).toMatchObject({
      PORT: 3000,
      METRICS_PORT: 9464,
      HTTP_HEADERS_TIMEOUT_MS: 10_000,
      HTTP_REQUEST_TIMEOUT_MS: 30_000,
      HTTP_KEEP_ALIVE_TIMEOUT_MS: 5_000,
    });
  });

  it('refuses headers longer than the whole request, a metrics port equal to the public one, bad bounds', () => {
    expect(problems({ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' })).toEqual([
      'HTTP_HEADERS_TIMEOUT_MS: must not be longer than HTTP_REQUEST_TIMEOUT_MS',
    ]);
    expect(problems({ PORT: '9000', METRICS_PORT: '9000' })).toEqual([
      'PORT: must differ from METRICS_PORT (/metrics is served on a port of its own)',
    ]);
    expect(problems({ PORT: '0', METRICS_PORT: '0' })).toEqual([]);
    expect(
      [
        ...new Set(
          problems({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '10', HTTP_REQUEST_TIMEOUT_MS: 'soon' }).map((p) => p.split(':')[0]),
        ),
      ].sort(),
    ).toEqual(['HTTP_HEADERS_TIMEOUT_MS', 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 'HTTP_REQUEST_TIMEOUT_MS']);
  });
});
