#!/usr/bin/env node
// Generates the Linode and OVH bindings in .gen/ from the provider schemas in
// ../shared/provider-schemas, offline. Each schema is trimmed to the types the
// kit uses so .gen/ stays small and compiles fast. Online, `cdktf get` writes
// the full bindings to the same paths, so imports work either way.
//
// Usage: node scripts/generate-bindings.js [--schemas DIR]
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { CodeMaker, TerraformProviderGenerator } = require('@cdktf/provider-generator');
const { ConstructsMakerProviderTarget, TerraformProviderConstraint, Language } = require('@cdktf/commons');

const root = path.resolve(__dirname, '..');

/** Providers to generate: constraint as in cdktf.json, schema file, types used. */
const PROVIDERS = [
  {
    constraint: 'linode/linode@2.37.0',
    schemaFile: 'linode-2.37.0.json.gz',
    resources: [
      'linode_firewall',
      'linode_instance',
      'linode_nodebalancer',
      'linode_nodebalancer_config',
      'linode_nodebalancer_node',
    ],
    dataSources: [],
  },
  {
    constraint: 'ovh/ovh@2.13.1',
    schemaFile: 'ovh-2.13.1.json.gz',
    resources: [
      'ovh_cloud_project_gateway',
      'ovh_cloud_project_instance',
      'ovh_cloud_project_loadbalancer',
      'ovh_cloud_project_network_private',
      'ovh_cloud_project_network_private_subnet_v2',
    ],
    dataSources: ['ovh_cloud_project_flavors', 'ovh_cloud_project_images', 'ovh_cloud_project_loadbalancer_flavors'],
  },
];

function parseArgs(argv) {
  const args = { schemas: path.resolve(root, '..', 'shared', 'provider-schemas') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--schemas' && argv[i + 1]) args.schemas = path.resolve(argv[++i]);
    else throw new Error(`unknown argument: ${argv[i]}\nusage: generate-bindings.js [--schemas DIR]`);
  }
  return args;
}

function pick(all, names, what, provider) {
  const out = {};
  for (const name of names) {
    if (!all || !all[name]) throw new Error(`${provider}: ${what} ${name} is not in the schema`);
    out[name] = all[name];
  }
  return out;
}

/** Reduces a full `terraform providers schema -json` document to one provider and the listed types. */
function trimSchema(full, spec) {
  const source = spec.constraint.split('@')[0];
  const fqpn = Object.keys(full.provider_schemas).find((k) => k.endsWith(`/${source}`));
  if (!fqpn) throw new Error(`${spec.schemaFile} does not describe ${source}`);
  const provider = full.provider_schemas[fqpn];
  return {
    format_version: full.format_version,
    provider_schemas: {
      [fqpn]: {
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, spec.resources, 'resource', source),
        data_source_schemas: pick(provider.data_source_schemas, spec.dataSources, 'data source', source),
      },
    },
    provider_versions: { [fqpn]: spec.constraint.split('@')[1] },
  };
}

async function generate(spec, schemasDir) {
  const file = path.join(schemasDir, spec.schemaFile);
  const full = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'));
  const schema = trimSchema(full, spec);
  const target = ConstructsMakerProviderTarget.from(
    new TerraformProviderConstraint(spec.constraint),
    Language.TYPESCRIPT,
  );
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema);
  generator.generate(target);
  const outdir = path.join(root, '.gen');
  fs.rmSync(path.join(outdir, 'providers', target.name), { recursive: true, force: true });
  await generator.save(outdir);
  const count = spec.resources.length + spec.dataSources.length;
  process.stdout.write(`generated .gen/providers/${target.name} (${spec.constraint}, ${count} types)\n`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  for (const spec of PROVIDERS) await generate(spec, args.schemas);
}

main().catch((err) => {
  process.stderr.write(`generate-bindings: ${err.message}\n`);
  process.exit(1);
});
