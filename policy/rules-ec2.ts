/** EC2 instances and Auto Scaling groups (FK-EC2-*). */

import { block, blockList, isFalse, isTrue, literalInteger, PolicyRule } from './rule';

const LAUNCH_TEMPLATE = 'aws_launch_template';
const INSTANCE = 'aws_instance';
const LAUNCH_CONFIGURATION = 'aws_launch_configuration';
const AUTO_SCALING_GROUP = 'aws_autoscaling_group';

export const EC2_RULES: readonly PolicyRule[] = [
  {
    id: 'FK-EC2-1',
    title: 'Instance metadata needs IMDSv2 tokens and stays on the instance',
    fix: 'set metadata_options { http_tokens = "required", http_put_response_hop_limit = 1 }',
    resourceTypes: [LAUNCH_TEMPLATE, INSTANCE, LAUNCH_CONFIGURATION],
    check(resource) {
      const options = block(resource.config.metadata_options);
      // With the endpoint off there are no credentials to steal.
      if (options?.http_endpoint === 'disabled') return [];
      const problems: string[] = [];
      if (options?.http_tokens !== 'required')
        problems.push('metadata_options.http_tokens is not "required" (IMDSv1 allowed)');
      const hops = literalInteger(options?.http_put_response_hop_limit);
      // A second hop lets containers on the instance (or a forwarding proxy) fetch its role credentials.
      if (hops !== 1) problems.push(`metadata_options.http_put_response_hop_limit is ${hops ?? 'not set'}, not 1`);
      return problems;
    },
  },
  {
    id: 'FK-EC2-2',
    title: 'Every EBS volume is encrypted',
    fix: 'declare the root volume (and every other EBS volume) with encrypted = true',
    resourceTypes: [LAUNCH_TEMPLATE, INSTANCE, LAUNCH_CONFIGURATION, 'aws_ebs_volume'],
    check(resource) {
      const c = resource.config;
      if (resource.type === 'aws_ebs_volume') return isTrue(c.encrypted) ? [] : ['volume is not encrypted'];
      if (resource.type === LAUNCH_TEMPLATE) {
        const mappings = blockList(c.block_device_mappings);
        // Without a mapping the root volume is whatever the AMI says, often unencrypted.
        if (mappings.length === 0) return ['no block_device_mappings: root volume encryption is left to the AMI'];
        return mappings
          .filter((m) => m.ebs !== undefined && !isTrue(block(m.ebs)?.encrypted))
          .map((m) => `EBS volume ${String(m.device_name ?? '(unnamed)')} is not encrypted`);
      }
      const root = block(c.root_block_device);
      const problems =
        root && isTrue(root.encrypted)
          ? []
          : [root ? 'root volume is not encrypted' : 'no root_block_device: root volume encryption is left to the AMI'];
      for (const ebs of blockList(c.ebs_block_device)) {
        if (!isTrue(ebs.encrypted))
          problems.push(`EBS volume ${String(ebs.device_name ?? '(unnamed)')} is not encrypted`);
      }
      return problems;
    },
  },
  {
    id: 'FK-EC2-3',
    title: 'Instances get no public IP address',
    fix: 'set associate_public_ip_address = false (on each network_interfaces block of a launch template)',
    resourceTypes: [LAUNCH_TEMPLATE, INSTANCE, LAUNCH_CONFIGURATION],
    check(resource) {
      if (resource.type !== LAUNCH_TEMPLATE) {
        return isFalse(resource.config.associate_public_ip_address) ? [] : ['associate_public_ip_address is not false'];
      }
      const interfaces = blockList(resource.config.network_interfaces);
      // Left unset, the subnet's map_public_ip_on_launch decides.
      if (interfaces.length === 0) return ['no network_interfaces block: a public IP is left to the subnet'];
      return interfaces
        .filter((nic) => !isFalse(nic.associate_public_ip_address))
        .map(
          (nic, i) => `network interface #${String(nic.device_index ?? i)}: associate_public_ip_address is not false`,
        );
    },
  },
  {
    id: 'FK-EC2-4',
    title: 'Auto Scaling replaces instances the load balancer finds unhealthy',
    fix: 'set health_check_type = "ELB" on the Auto Scaling group',
    resourceTypes: [AUTO_SCALING_GROUP],
    check(resource) {
      const type = resource.config.health_check_type;
      return type === 'ELB' ? [] : [`health_check_type is ${String(type ?? 'not set (EC2)')}, not ELB`];
    },
  },
  {
    id: 'FK-EC2-5',
    title: 'Auto Scaling group spans at least two subnets',
    fix: 'list at least two subnets, in different availability zones, in vpc_zone_identifier',
    resourceTypes: [AUTO_SCALING_GROUP],
    check(resource) {
      const subnets = resource.config.vpc_zone_identifier;
      if (!Array.isArray(subnets)) {
        return [
          subnets === undefined
            ? 'vpc_zone_identifier is not set'
            : 'vpc_zone_identifier is an expression, so its subnets cannot be counted; list them',
        ];
      }
      const count = new Set(subnets.map(String)).size;
      return count >= 2 ? [] : [`vpc_zone_identifier lists ${count} subnet${count === 1 ? '' : 's'}`];
    },
  },
];
