import type { CloudName } from '../config/locations';
import type { HealthCheckSpec } from './health-check-spec';

/** Where Route 53 sends traffic for a region. */
export type EndpointTarget =
  /** A plain address record pointing at the load balancer's public IPv4 address. */
  | { readonly kind: 'ip'; readonly ipAddress: string }
  /** A Route 53 alias to an AWS load balancer. */
  | { readonly kind: 'alias'; readonly dnsName: string; readonly hostedZoneId: string };

/**
 * What one region's compute offers the failover layer: a public address to
 * check and route to. Every cloud implementation yields one.
 */
export interface RegionalEndpoint {
  /** Region key from the environment config. */
  readonly regionName: string;
  readonly cloud: CloudName;
  /** Cloud location (AWS region, DigitalOcean slug, ...). */
  readonly location: string;
  /** AWS region of the DynamoDB replica this region uses. */
  readonly dataRegion: string;
  readonly target: EndpointTarget;
  /** `managed`: the cloud's own load balancer; `haproxy`: HAProxy on an instance of its own. */
  readonly loadBalancerKind: 'managed' | 'haproxy';
  /** Public IPv4 address or DNS name of the load balancer (Terraform reference). */
  readonly address: string;
  /** Protocol and port Route 53 probes on `address`. */
  readonly publicProtocol: 'HTTP' | 'HTTPS';
  readonly publicPort: number;
}

/** Inputs every cloud's regional service receives besides its own region config. */
export interface RegionalServiceProps<R> {
  /** Environment name. */
  readonly environment: string;
  /** This region's config. */
  readonly region: R;
  /** AWS region of the DynamoDB replica this region uses. */
  readonly dataRegion: string;
  /** Port the application listens on. */
  readonly appPort: number;
  /** Health endpoint description; the load balancer's check is rendered from it. */
  readonly healthCheck: HealthCheckSpec;
  /** cloud-init user data for the instances; may hold Terraform references. */
  readonly userData: string;
  /** Tags for every resource that takes them. */
  readonly tags: Readonly<Record<string, string>>;
}
