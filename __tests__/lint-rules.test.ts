import * as path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// The config is passed in directly: jest's module sandbox cannot run ESLint's own config loading.
// Type-aware rules are switched off here: the import rules need no types, and type loading costs seconds.
const eslint = new ESLint({
  cwd: path.resolve(__dirname, '..'),
  overrideConfigFile: true,
  overrideConfig: [
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project config is CommonJS
    ...require('../eslint.config.js'),
    { files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked },
  ],
});

async function restrictedImports(source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, {
    filePath: path.resolve(__dirname, '..', 'constructs', 'naming.ts'),
  });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint: provider classes come from their deep paths', () => {
  test.each([
    "import { DynamodbTable } from '@cdktf/provider-aws';",
    "import { droplet } from '@cdktf/provider-digitalocean';",
    "import { instance } from '../.gen/providers/linode';",
    "import { instance } from '../.gen/providers/linode/';",
    "import { cloudProjectInstance } from '../.gen/providers/ovh/index';",
    "import { cloudProjectInstance } from '../.gen/providers/ovh/lazy-index';",
    "import { App } from 'cdktf';",
  ])('rejects %s', async (source) => {
    const messages = await restrictedImports(`${source}\nexport const used = 1;\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Import from (.*(lib|providers)\/<(resource|provider)>|cdk\.ts)/);
  });

  test.each([
    "import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';",
    "import { Droplet } from '@cdktf/provider-digitalocean/lib/droplet';",
    "import { Instance } from '../.gen/providers/linode/instance';",
    "import { CloudProjectInstance } from '../.gen/providers/ovh/cloud-project-instance';",
  ])('accepts %s', async (source) => {
    expect(await restrictedImports(`${source}\nexport const used = 1;\n`)).toEqual([]);
  });
});
