// Preloaded by scripts/bench.js (node --require) into one unmeasured synth run
// of each app. At exit it records how many modules the process loaded, how many
// of them come from each prebuilt provider, and whether a provider's root index
// (which loads every resource class) was loaded. One JSON file per process, in
// FAILOVER_KIT_BENCH_CENSUS_DIR; tsx runs the app in a child process, so the
// bench keeps the record with the most modules.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.FAILOVER_KIT_BENCH_CENSUS_DIR;

if (dir) {
  process.on('exit', () => {
    const files = Object.keys(require.cache);
    const from = (provider) => files.filter((file) => file.includes(`/@cdktf/${provider}/`));
    const rootIndex = (provider) => files.some((file) => file.endsWith(`/@cdktf/${provider}/lib/index.js`));
    const record = {
      pid: process.pid,
      modules: files.length,
      awsModules: from('provider-aws').length,
      digitaloceanModules: from('provider-digitalocean').length,
      awsRootIndex: rootIndex('provider-aws'),
      digitaloceanRootIndex: rootIndex('provider-digitalocean'),
    };
    fs.writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify(record));
  });
}
