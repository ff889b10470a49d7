import { FailoverRecordSpec, planFailoverRecords, validateFailoverRecords } from '../constructs/failover-records';
import { ConfigError, Problem } from '../constructs/problems';
import { ipEndpoint } from './fixtures/failover-dns';

const pair: FailoverRecordSpec[] = [
  {
    id: 'Primary0',
    name: 'app.example.com',
    setIdentifier: 'a',
    failover: 'PRIMARY',
    healthCheckRegion: 'a',
    ttl: 60,
    records: ['203.0.113.1'],
  },
  {
    id: 'Secondary0',
    name: 'app.example.com',
    setIdentifier: 'b',
    failover: 'SECONDARY',
    healthCheckRegion: 'b',
    ttl: 60,
    records: ['203.0.113.2'],
  },
];

function problemsOf(records: FailoverRecordSpec[]): Problem[] {
  try {
    validateFailoverRecords(records, { environment: 'production' });
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  return [];
}

describe('planFailoverRecords', () => {
  test('four regions become three levels whose leaves are the regions in priority order', () => {
    const plan = planFailoverRecords(
      'app.example.com',
      [
        ipEndpoint('r1', '203.0.113.1'),
        ipEndpoint('r2', '203.0.113.2'),
        ipEndpoint('r3', '203.0.113.3'),
        ipEndpoint('r4', '203.0.113.4'),
      ],
      30,
    );
    expect(plan.map((r) => [r.id, r.name, r.failover, r.setIdentifier, r.healthCheckRegion ?? r.alias?.name])).toEqual([
      ['Primary0', 'app.example.com', 'PRIMARY', 'r1', 'r1'],
      ['Link0', 'app.example.com', 'SECONDARY', 'next-2', 'failover-2.app.example.com'],
      ['Primary1', 'failover-2.app.example.com', 'PRIMARY', 'r2', 'r2'],
      ['Link1', 'failover-2.app.example.com', 'SECONDARY', 'next-3', 'failover-3.app.example.com'],
      ['Primary2', 'failover-3.app.example.com', 'PRIMARY', 'r3', 'r3'],
      ['Secondary2', 'failover-3.app.example.com', 'SECONDARY', 'r4', 'r4'],
    ]);
    expect(plan.find((r) => r.id === 'Link0')!.dependsOn).toEqual(['Primary1', 'Link1']);
    expect(plan.find((r) => r.id === 'Link1')!.dependsOn).toEqual(['Primary2', 'Secondary2']);
    expect(() => validateFailoverRecords(plan)).not.toThrow();
  });
});

describe('validateFailoverRecords', () => {
  test('accepts a health-checked pair', () => {
    expect(problemsOf(pair)).toEqual([]);
  });

  test('rejects a name without exactly one PRIMARY and one SECONDARY', () => {
    const problems = problemsOf([pair[0], { ...pair[1], failover: 'PRIMARY' }]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        environment: 'production',
        field: 'dns.records[app.example.com].failover',
        value: ['PRIMARY', 'PRIMARY'],
        allowed: 'exactly one PRIMARY and one SECONDARY record per name',
      }),
    );
  });

  test('rejects a lone record', () => {
    expect(problemsOf([pair[0]]).map((p) => p.field)).toEqual(['dns.records[app.example.com].failover']);
  });

  test('rejects a record that points at a region without a health check', () => {
    const problems = problemsOf([pair[0], { ...pair[1], healthCheckRegion: undefined }]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'dns.records[app.example.com/b].healthCheck',
        allowed: expect.stringContaining('a health check on every record'),
      }),
    );
  });

  test('rejects duplicate set identifiers', () => {
    const problems = problemsOf([pair[0], { ...pair[1], setIdentifier: 'a' }]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'dns.records[app.example.com].setIdentifier',
        value: 'a',
      }),
    );
  });

  test('rejects an alias that also carries a TTL or records', () => {
    const alias = { name: 'lb.example.net', zoneId: 'Z35SXDOTRQ7X7K', evaluateTargetHealth: true };
    const problems = problemsOf([pair[0], { ...pair[1], alias }]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'dns.records[app.example.com/b]',
        allowed: expect.stringContaining('alias record without ttl or records'),
      }),
    );
  });

  test('rejects a TTL above 60 on a health-checked record', () => {
    const problems = problemsOf([pair[0], { ...pair[1], ttl: 300 }]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'dns.records[app.example.com/b].ttl',
        value: 300,
        allowed: '0 to 60 seconds on a health-checked record',
      }),
    );
  });

  test('rejects a record with neither values nor alias', () => {
    const problems = problemsOf([pair[0], { ...pair[1], records: [] }]);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'dns.records[app.example.com/b].records' }));
  });
});
