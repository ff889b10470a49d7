import { Testing } from '../cdk';
import { production } from '../config/environments';
import { StackJson } from '../policy/rule';
import { FailoverStack } from '../stacks/failover-stack';
import { block, defaultStack, findings, fixture, resourceOf } from './policy-fixtures';

/** Production with HTTPS on its AWS region (HTTPS listener, HTTP redirect). */
function productionWithHttps(): any {
  return structuredClone(
    new FailoverStack(Testing.app(), {
      ...production,
      regions: production.regions.map((r) =>
        r.cloud === 'aws'
          ? {
              ...r,
              certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f3c1b2a-1111-4222-8333-944455556666',
            }
          : r,
      ),
    }).toTerraform() as StackJson,
  );
}

const LB = 'production/aws-use1/LoadBalancer';
const HTTP = 'production/aws-use1/HttpListener';
const HTTPS = 'production/aws-use1/HttpsListener';

const https = productionWithHttps();

describe('ALB rules', () => {
  test('FK-ALB-1: the ALB drops invalid header fields', () => {
    expect(findings('FK-ALB-1', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    resourceOf(json, 'aws_lb').drop_invalid_header_fields = false;
    expect(findings('FK-ALB-1', json)).toEqual([[LB, 'drop_invalid_header_fields is not true']]);

    // Network load balancers do not parse HTTP.
    resourceOf(json, 'aws_lb').load_balancer_type = 'network';
    expect(findings('FK-ALB-1', json)).toEqual([]);
  });

  test('FK-ALB-2: deletion protection, unless the environment is ephemeral', () => {
    expect(findings('FK-ALB-2', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    resourceOf(json, 'aws_lb').enable_deletion_protection = false;
    expect(findings('FK-ALB-2', json)).toEqual([[LB, 'deletion protection is not enabled']]);
    expect(findings('FK-ALB-2', json, { ephemeral: true })).toEqual([]);
  });

  test('FK-ALB-3: HTTPS listeners use a current TLS 1.3 policy', () => {
    expect(Object.keys(https.resource.aws_lb_listener)).toHaveLength(2);
    expect(findings('FK-ALB-3', https)).toEqual([]);

    const old = structuredClone(https);
    resourceOf(old, 'aws_lb_listener', 'HttpsListener').ssl_policy = 'ELBSecurityPolicy-2016-08';
    expect(findings('FK-ALB-3', old)).toEqual([
      [HTTPS, 'ssl_policy ELBSecurityPolicy-2016-08 is not a current TLS policy'],
    ]);
    // "TLS13" in the name, yet it accepts TLS 1.0.
    resourceOf(old, 'aws_lb_listener', 'HttpsListener').ssl_policy = 'ELBSecurityPolicy-TLS13-1-0-2021-06';
    expect(findings('FK-ALB-3', old)).toHaveLength(1);

    const unset = structuredClone(https);
    delete resourceOf(unset, 'aws_lb_listener', 'HttpsListener').ssl_policy;
    expect(findings('FK-ALB-3', unset)).toEqual([[HTTPS, expect.stringContaining('ssl_policy is not set')]]);
  });

  test('FK-ALB-4: with HTTPS on the ALB, HTTP only redirects to HTTPS', () => {
    expect(findings('FK-ALB-4', https)).toEqual([]);
    // Without HTTPS anywhere on the ALB, HTTP may forward.
    expect(findings('FK-ALB-4', defaultStack('production'))).toEqual([]);

    const forwarding = structuredClone(https);
    resourceOf(forwarding, 'aws_lb_listener', 'HttpListener').default_action = resourceOf(
      forwarding,
      'aws_lb_listener',
      'HttpsListener',
    ).default_action;
    expect(findings('FK-ALB-4', forwarding)).toEqual([
      [HTTP, 'default action is a forward action, not a redirect to HTTPS'],
    ]);

    const sameProtocol = structuredClone(https);
    resourceOf(sameProtocol, 'aws_lb_listener', 'HttpListener').default_action[0].redirect.protocol = '#{protocol}';
    expect(findings('FK-ALB-4', sameProtocol)).toEqual([
      [HTTP, 'default action redirects to protocol #{protocol}, not HTTPS'],
    ]);
  });

  test('FK-ALB-4: a rule on the HTTP listener must redirect too', () => {
    const lb = '${aws_lb.aws_Alb.arn}';
    const rule = (listener: string, type: string) =>
      fixture([
        block('aws_lb', 'test/aws/Alb', { load_balancer_type: 'application', drop_invalid_header_fields: true }),
        block('aws_lb_listener', 'test/aws/Https', {
          load_balancer_arn: lb,
          port: 443,
          protocol: 'HTTPS',
          ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
          certificate_arn: 'arn:aws:acm:us-east-1:123456789012:certificate/x',
          default_action: [{ type: 'forward', target_group_arn: 'tg' }],
        }),
        block('aws_lb_listener', 'test/aws/Http', {
          load_balancer_arn: lb,
          port: 80,
          protocol: 'HTTP',
          default_action: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' } }],
        }),
        block('aws_lb_listener_rule', 'test/aws/Rule', {
          listener_arn: `\${aws_lb_listener.aws_${listener}.arn}`,
          priority: 10,
          action: [{ type, target_group_arn: 'tg' }],
          condition: [{ path_pattern: { values: ['/api/*'] } }],
        }),
      ]);
    expect(findings('FK-ALB-4', rule('Https', 'forward'))).toEqual([]);
    expect(findings('FK-ALB-4', rule('Http', 'forward'))).toEqual([
      ['test/aws/Rule', 'rule on the HTTP listener is a forward action, not a redirect to HTTPS'],
    ]);
  });
});
