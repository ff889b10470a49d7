import {
  HealthCheckSpec,
  HealthCheckSpecProps,
  parseStatusCodes,
  STATUS_CODE_FORMS,
} from '../constructs/health-check-spec';
import { ConfigError } from '../constructs/problems';

const CONTEXT = { environment: 'staging', region: 'do-nyc' };

function configErrorOf(props: HealthCheckSpecProps): ConfigError {
  try {
    new HealthCheckSpec(props, 8080, CONTEXT);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('HealthCheckSpec', () => {
  test('defaults to GET /healthz on the app port, expecting 200', () => {
    const spec = new HealthCheckSpec({}, 8080);
    expect(spec).toMatchObject({
      protocol: 'HTTP',
      port: 8080,
      path: '/healthz',
      expectedStatus: 200,
      expectedStatusCodes: '200',
      intervalSeconds: 10,
      timeoutSeconds: 5,
      healthyThreshold: 3,
      unhealthyThreshold: 3,
      dnsRequestIntervalSeconds: 10,
      dnsFailureThreshold: 3,
    });
    expect(spec.hostHeader).toBeUndefined();
    expect(spec.dnsSearchString).toBeUndefined();
  });

  test('reports every bad field together, naming environment, region and allowed values', () => {
    const error = configErrorOf({
      path: 'healthz',
      port: 70000,
      timeoutSeconds: 10,
      intervalSeconds: 10,
      dnsRequestIntervalSeconds: 15 as 10,
    });
    const fields = error.problems.map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining(['healthCheck.path', 'healthCheck.port', 'healthCheck.dnsRequestIntervalSeconds']),
    );
    expect(error.message).toContain('environment staging, region do-nyc: healthCheck.dnsRequestIntervalSeconds = 15');
    expect(error.message).toContain('one of: 10, 30');
  });

  describe('expectedStatus', () => {
    test.each([
      [204, '204'],
      ['200', '200'],
      ['200,202', '200,202'],
      [' 200 , 202,204 ', '200,202,204'],
      ['200-299', '200-299'],
      ['200 - 299', '200-299'],
    ])('accepts %p, normalized once to %p for every renderer', (expectedStatus, codes) => {
      const spec = new HealthCheckSpec({ expectedStatus }, 8080);
      expect(spec.expectedStatus).toBe(expectedStatus);
      expect(spec.expectedStatusCodes).toBe(codes);
    });

    test.each([
      ['2xx'],
      ['200-'],
      ['-299'],
      ['299-200'],
      ['20'],
      ['2000'],
      [2000],
      [200.5],
      [-200],
      ['200;202'],
      ['200,,202'],
      ['200,202-299'],
      [''],
      [[200] as unknown as number],
    ])('rejects the malformed expression %p, naming the accepted forms', (expectedStatus) => {
      const error = configErrorOf({ expectedStatus });
      expect(error.problems).toEqual([
        { ...CONTEXT, field: 'healthCheck.expectedStatus', value: expectedStatus, allowed: STATUS_CODE_FORMS },
      ]);
      expect(error.message).toContain('environment staging, region do-nyc: healthCheck.expectedStatus = ');
      expect(error.message).toContain(
        'allowed: one three-digit code (200), a comma-separated list (200,202) or a range (200-299)',
      );
    });

    test('leaves the span of codes to each cloud: 500 and 100-199 are well formed', () => {
      expect(new HealthCheckSpec({ expectedStatus: 500 }, 8080).expectedStatusCodes).toBe('500');
      expect(new HealthCheckSpec({ expectedStatus: '100-199' }, 8080).expectedStatusCodes).toBe('100-199');
    });
  });

  describe('parseStatusCodes', () => {
    test('gives the normalized text and the lowest and highest code', () => {
      expect(parseStatusCodes(200)).toEqual({ text: '200', lowest: 200, highest: 200 });
      expect(parseStatusCodes('302, 200,204')).toEqual({ text: '302,200,204', lowest: 200, highest: 302 });
      expect(parseStatusCodes('200-299')).toEqual({ text: '200-299', lowest: 200, highest: 299 });
      expect(parseStatusCodes('204-204')).toEqual({ text: '204-204', lowest: 204, highest: 204 });
    });

    test.each([['2xx'], ['299-200'], ['200-299,302'], ['1234'], ['']])('rejects %p', (expression) => {
      expect(parseStatusCodes(expression)).toBeUndefined();
    });
  });

  describe('dnsSearchString', () => {
    test('is kept as given, up to 255 characters (counted as characters, not bytes)', () => {
      expect(new HealthCheckSpec({ dnsSearchString: 'status: ok' }, 8080).dnsSearchString).toBe('status: ok');
      expect(() => new HealthCheckSpec({ dnsSearchString: 'x'.repeat(255) }, 8080)).not.toThrow();
      expect(() => new HealthCheckSpec({ dnsSearchString: 'é'.repeat(255) }, 8080)).not.toThrow();
    });

    test.each([
      ['over 255 characters', 'x'.repeat(256)],
      ['that is empty', ''],
    ])('rejects a search string %s', (_, dnsSearchString) => {
      const error = configErrorOf({ dnsSearchString });
      expect(error.problems).toEqual([
        {
          ...CONTEXT,
          field: 'healthCheck.dnsSearchString',
          value: dnsSearchString,
          allowed: 'text of 1 to 255 characters (Route 53 search_string)',
        },
      ]);
      expect(error.message).toContain('environment staging, region do-nyc: healthCheck.dnsSearchString = ');
    });
  });
});
