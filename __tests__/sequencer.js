const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

// Small files whose suites run for many seconds: tf-offline.test.ts runs Terraform over every
// construct's test stack, synthesize-environments.test.ts synthesizes whole apps several times,
// haproxy-integration.test.ts mostly waits on HAProxy's checks (its idle worker is best used early).
// Without timings from an earlier run (a fresh clone, as in CI), jest orders suites by file size and
// would start them last, leaving one worker busy alone at the end; they start first instead. Once
// jest has timings, its own order (failed first, then slowest first) stands.
const SLOW_WITHOUT_TIMINGS = ['tf-offline.test.ts', 'synthesize-environments.test.ts', 'haproxy-integration.test.ts'];

class FailoverKitSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const first = sorted.filter((t) => t.duration == null && SLOW_WITHOUT_TIMINGS.includes(path.basename(t.path)));
    return [...first, ...sorted.filter((t) => !first.includes(t))];
  }
}

module.exports = FailoverKitSequencer;
