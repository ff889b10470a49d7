import { HealthCheckSpec } from '../constructs/health-check-spec';
import { ConfigError } from '../constructs/problems';

describe('HealthCheckSpec', () => {
  test('defaults to GET /healthz on the app port, expecting 200', () => {
    const spec = new HealthCheckSpec({}, 8080);
    expect(spec).toMatchObject({
      protocol: 'HTTP', port: 8080, path: '/healthz', expectedStatus: 200,
      intervalSeconds: 10, timeoutSeconds: 5, healthyThreshold: 3, unhealthyThreshold: 3,
      dnsRequestIntervalSeconds: 10, dnsFailureThreshold: 3,
    });
    expect(spec.hostHeader).toBeUndefined();
  });

  test('reports every bad field together, naming environment, region and allowed values', () => {
    let error: ConfigError | undefined;
    try {
      new HealthCheckSpec(
        { path: 'healthz', port: 70000, timeoutSeconds: 10, intervalSeconds: 10, dnsRequestIntervalSeconds: 15 as 10 },
        8080,
        { environment: 'staging', region: 'do-nyc' },
      );
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const fields = error!.problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining([
      'healthCheck.path', 'healthCheck.port', 'healthCheck.timeoutSeconds', 'healthCheck.dnsRequestIntervalSeconds',
    ]));
    expect(error!.message).toContain('environment staging, region do-nyc: healthCheck.dnsRequestIntervalSeconds = 15');
    expect(error!.message).toContain('one of: 10, 30');
  });
});
