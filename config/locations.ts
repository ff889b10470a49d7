/**
 * Known locations per cloud and, for each, the AWS region closest to it: the
 * default home of that location's DynamoDB replica. A region may override it
 * with `dataRegion`.
 */

/** Cloud a region runs its compute on. */
export type CloudName = 'aws' | 'digitalocean' | 'linode' | 'ovh';

export const CLOUDS: readonly CloudName[] = ['aws', 'digitalocean', 'linode', 'ovh'];

/** Commercial AWS regions that support DynamoDB global tables. */
export const AWS_REGIONS: readonly string[] = [
  'af-south-1',
  'ap-east-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
];

/** DigitalOcean datacenter slug -> nearest AWS region. */
export const DIGITALOCEAN_LOCATIONS: Readonly<Record<string, string>> = {
  nyc1: 'us-east-1',
  nyc2: 'us-east-1',
  nyc3: 'us-east-1',
  sfo2: 'us-west-1',
  sfo3: 'us-west-1',
  tor1: 'ca-central-1',
  atl1: 'us-east-1',
  ams3: 'eu-central-1',
  fra1: 'eu-central-1',
  lon1: 'eu-west-2',
  blr1: 'ap-south-1',
  sgp1: 'ap-southeast-1',
  syd1: 'ap-southeast-2',
};

/** Linode (Akamai) region id -> nearest AWS region. */
export const LINODE_LOCATIONS: Readonly<Record<string, string>> = {
  'us-east': 'us-east-1',
  'us-iad': 'us-east-1',
  'us-southeast': 'us-east-1',
  'us-mia': 'us-east-1',
  'us-ord': 'us-east-2',
  'us-central': 'us-east-2',
  'us-west': 'us-west-1',
  'us-lax': 'us-west-1',
  'us-sea': 'us-west-2',
  'ca-central': 'ca-central-1',
  'br-gru': 'sa-east-1',
  'eu-west': 'eu-west-2',
  'gb-lon': 'eu-west-2',
  'eu-central': 'eu-central-1',
  'de-fra-2': 'eu-central-1',
  'fr-par': 'eu-west-3',
  'nl-ams': 'eu-central-1',
  'se-sto': 'eu-north-1',
  'es-mad': 'eu-south-2',
  'it-mil': 'eu-south-1',
  'ap-south': 'ap-southeast-1',
  'sg-sin-2': 'ap-southeast-1',
  'id-cgk': 'ap-southeast-3',
  'ap-northeast': 'ap-northeast-1',
  'jp-tyo-3': 'ap-northeast-1',
  'jp-osa': 'ap-northeast-3',
  'ap-west': 'ap-south-1',
  'in-bom-2': 'ap-south-1',
  'in-maa': 'ap-south-1',
  'ap-southeast': 'ap-southeast-2',
  'au-mel': 'ap-southeast-4',
};

/** OVHcloud Public Cloud region offering Octavia load balancers -> nearest AWS region. */
export const OVH_LOCATIONS: Readonly<Record<string, string>> = {
  GRA9: 'eu-west-3',
  GRA11: 'eu-west-3',
  SBG5: 'eu-central-1',
  DE1: 'eu-central-1',
  UK1: 'eu-west-2',
  WAW1: 'eu-central-1',
  'EU-WEST-PAR': 'eu-west-3',
  'EU-SOUTH-MIL': 'eu-south-1',
  BHS5: 'ca-central-1',
  'CA-EAST-TOR': 'ca-central-1',
  'US-EAST-VA-1': 'us-east-1',
  'US-WEST-OR-1': 'us-west-2',
  SGP1: 'ap-southeast-1',
  SYD1: 'ap-southeast-2',
  'AP-SOUTH-MUM': 'ap-south-1',
};

/** Known locations of a cloud (AWS locations are AWS regions, their own data region). */
export function knownLocations(cloud: CloudName): readonly string[] {
  switch (cloud) {
    case 'aws':
      return AWS_REGIONS;
    case 'digitalocean':
      return Object.keys(DIGITALOCEAN_LOCATIONS);
    case 'linode':
      return Object.keys(LINODE_LOCATIONS);
    case 'ovh':
      return Object.keys(OVH_LOCATIONS);
  }
}

/** The default DynamoDB replica region for a location, or undefined when the location is unknown. */
export function nearestAwsRegion(cloud: CloudName, location: string): string | undefined {
  switch (cloud) {
    case 'aws':
      return AWS_REGIONS.includes(location) ? location : undefined;
    case 'digitalocean':
      return DIGITALOCEAN_LOCATIONS[location];
    case 'linode':
      return LINODE_LOCATIONS[location];
    case 'ovh':
      return OVH_LOCATIONS[location];
  }
}
