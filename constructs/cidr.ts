/** CIDR parsing and the address rules every regional service applies alike. */
import { isIPv4, isIPv6 } from 'node:net';
import type { Problems } from './problems';

/** RFC 1918 blocks: the private IPv4 ranges cloud networks accept. */
const PRIVATE_IPV4_BLOCKS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

/** A CIDR block: its address family, network address and prefix length. */
export interface Cidr {
  readonly family: 4 | 6;
  /** The network address as an unsigned integer (32 or 128 bits). */
  readonly network: bigint;
  readonly prefix: number;
}

/**
 * Parses `address/prefix` (IPv4, or IPv6 including an IPv4-mapped tail).
 * @returns undefined unless well formed, with a prefix no longer than the
 * family's address and no host bits set.
 */
export function parseCidr(text: string): Cidr | undefined {
  // The character class keeps out IPv6 zone ids (`fe80::1%eth0`), which isIPv6 accepts.
  const match = /^([0-9a-fA-F:.]+)\/(0|[1-9][0-9]{0,2})$/.exec(text);
  if (!match) return undefined;
  const [, address, prefixText] = match;
  const family = isIPv4(address) ? 4 : isIPv6(address) ? 6 : undefined;
  if (family === undefined) return undefined;
  const bits = addressBits(family);
  const prefix = Number(prefixText);
  if (prefix > bits) return undefined;
  const network = family === 4 ? ipv4ToBigInt(address) : ipv6ToBigInt(address);
  const hostBits = (1n << BigInt(bits - prefix)) - 1n;
  return (network & hostBits) === 0n ? { family, network, prefix } : undefined;
}

/** Dotted-quad text of an IPv4 address given as an unsigned 32-bit integer. */
export function ipv4ToText(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/**
 * The `index`-th block of an IPv4 network split by `newBits` more prefix bits,
 * as text: Terraform's `cidrsubnet(network, newBits, index)`. Expects
 * `index < 2 ** newBits`.
 */
export function ipv4Subnet(network: Cidr, newBits: number, index: number): string {
  const prefix = network.prefix + newBits;
  const start = network.network + (BigInt(index) << BigInt(32 - prefix));
  return `${ipv4ToText(start)}/${prefix}`;
}

/**
 * Records a problem unless `text` is a private (RFC 1918) IPv4 CIDR block with
 * a prefix from `minPrefix` to `maxPrefix`.
 * @returns the parsed block when it passes, else undefined.
 */
export function expectPrivateIpv4Cidr(
  problems: Problems,
  field: string,
  text: string,
  minPrefix: number,
  maxPrefix: number,
): Cidr | undefined {
  const cidr = parseCidr(text);
  const ok =
    cidr !== undefined &&
    cidr.family === 4 &&
    cidr.prefix >= minPrefix &&
    cidr.prefix <= maxPrefix &&
    PRIVATE_IPV4_BLOCKS.some((block) => contains(parseCidr(block)!, cidr));
  problems.expect(
    ok,
    field,
    text,
    `a private IPv4 CIDR block from /${minPrefix} to /${maxPrefix} with no host bits set, ` +
      `inside one of: ${PRIVATE_IPV4_BLOCKS.join(', ')}`,
  );
  return ok ? cidr : undefined;
}

/** Options of `expectAdminCidrs`. */
export interface AdminCidrOptions {
  /** Whether IPv6 blocks are accepted; false where the network the SSH rule guards is IPv4-only. */
  readonly ipv6Allowed: boolean;
}

/**
 * Records a problem for each entry of `cidrs` (reported as `adminCidrs[i]`)
 * that is not a CIDR block of an accepted family with no host bits set, or
 * that is a /0: SSH from the whole internet is refused on every cloud.
 */
export function expectAdminCidrs(problems: Problems, cidrs: readonly string[], options: AdminCidrOptions): void {
  const wellFormed = options.ipv6Allowed
    ? 'an IPv4 or IPv6 CIDR block with no host bits set, e.g. 203.0.113.0/24 or 2001:db8::/48'
    : 'an IPv4 CIDR block with no host bits set, e.g. 203.0.113.0/24 (the network is IPv4-only)';
  cidrs.forEach((text, index) => {
    const field = `adminCidrs[${index}]`;
    const cidr = parseCidr(text);
    if (cidr === undefined || (cidr.family === 6 && !options.ipv6Allowed)) {
      problems.add(field, text, wellFormed);
    } else if (cidr.prefix === 0) {
      problems.add(field, text, 'a block narrower than the whole internet (SSH from anywhere is refused)');
    }
  });
}

function addressBits(family: 4 | 6): number {
  return family === 4 ? 32 : 128;
}

/** Whether `inner` lies within `outer`; blocks of different families never do. */
function contains(outer: Cidr, inner: Cidr): boolean {
  const shift = BigInt(addressBits(outer.family) - outer.prefix);
  return (
    outer.family === inner.family && inner.prefix >= outer.prefix && inner.network >> shift === outer.network >> shift
  );
}

/** Expects an address `isIPv4` accepted. */
function ipv4ToBigInt(address: string): bigint {
  return address.split('.').reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

/** Expects an address `isIPv6` accepted. */
function ipv6ToBigInt(address: string): bigint {
  // A dotted IPv4 tail (::ffff:192.0.2.1) stands for the last two groups.
  const dottedTail = /\d+\.\d+\.\d+\.\d+$/.exec(address);
  let hex = address;
  if (dottedTail) {
    const tail = ipv4ToBigInt(dottedTail[0]);
    hex = `${address.slice(0, dottedTail.index)}${(tail >> 16n).toString(16)}:${(tail & 0xffffn).toString(16)}`;
  }
  const [head, tail] = hex.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeroGroups = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeroGroups, ...tailGroups].reduce(
    (value, group) => (value << 16n) | BigInt(`0x${group}`),
    0n,
  );
}

/**
 * IPv4 ranges that are never reachable from Route 53's checkers: private,
 * loopback, link-local, carrier-grade NAT, "this network", multicast and reserved.
 */
const NON_PUBLIC_IPV4_BLOCKS: readonly string[] = [
  ...PRIVATE_IPV4_BLOCKS,
  '127.0.0.0/8',
  '169.254.0.0/16',
  '100.64.0.0/10',
  '0.0.0.0/8',
  '224.0.0.0/4',
  '240.0.0.0/4',
];

/** Whether `address` is a dotted IPv4 address that is routable on the internet. */
export function isPublicIpv4(address: string): boolean {
  const host = parseCidr(`${address}/32`);
  if (!host || host.family !== 4) return false;
  return NON_PUBLIC_IPV4_BLOCKS.every((block) => !contains(parseCidr(block)!, host));
}
