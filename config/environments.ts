import { EnvironmentConfig } from './types';

/**
 * The environments `npm run synth` builds. Replace the hosted zone, the OVH
 * project id and the state bucket with your own before deploying.
 */

const table = {
  name: 'failover-kit-app',
  homeRegion: 'us-east-1',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
} as const;

/**
 * Two regions on two clouds: DigitalOcean New York first, behind HAProxy on a
 * Droplet of its own, then Linode Frankfurt behind a NodeBalancer. The HAProxy
 * stats password is read from SSM parameter
 * /failover-kit/staging/do-nyc/haproxy-stats-password in us-east-1.
 */
export const staging: EnvironmentConfig = {
  name: 'staging',
  regions: [
    { name: 'do-nyc', cloud: 'digitalocean', location: 'nyc3', loadBalancer: 'haproxy' },
    { name: 'linode-fra', cloud: 'linode', location: 'eu-central' },
  ],
  table: { ...table, name: 'failover-kit-app-staging' },
  dns: { zoneName: 'example.com', hostname: 'staging.app.example.com' },
  // Remote state, so CI plans and applies share it (key failover-kit/staging/terraform.tfstate).
  backend: { bucket: 'failover-kit-terraform-state', region: 'us-east-1' },
  tags: { 'cost-center': 'platform' },
};

/**
 * Three regions on three clouds, in failover order: AWS us-east-1, then
 * OVHcloud Gravelines, then Linode Chicago. Each uses its nearest replica.
 */
export const production: EnvironmentConfig = {
  name: 'production',
  regions: [
    { name: 'aws-use1', cloud: 'aws', location: 'us-east-1', instanceCount: 3 },
    {
      name: 'ovh-gra',
      cloud: 'ovh',
      location: 'GRA11',
      serviceName: '0123456789abcdef0123456789abcdef',
      sshKeyName: 'failover-kit-admin',
      instanceCount: 2,
    },
    { name: 'linode-ord', cloud: 'linode', location: 'us-ord', instanceCount: 2 },
  ],
  table: { ...table, name: 'failover-kit-app-production' },
  dns: { zoneName: 'example.com', hostname: 'app.example.com' },
  createAccessKeys: true,
  backend: { bucket: 'failover-kit-terraform-state', region: 'us-east-1' },
  tags: { 'cost-center': 'platform' },
};

/** Every environment, by name. */
export const ENVIRONMENTS: readonly EnvironmentConfig[] = [staging, production];
