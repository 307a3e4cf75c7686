// Validates an HTTP archive against the HAR 1.2 schema with har-validator (pinned in package.json):
// node tests/Conformance.SelfTests/Compare/validate-har.mjs <file.har>; prints "valid <entries>" or the errors, exit 1.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const validate = require('har-validator');
const har = JSON.parse(readFileSync(process.argv[2], 'utf8'));
try {
  await validate.har(har);
  console.log(`valid ${har.log.entries.length}`);
} catch (error) {
  console.log(`invalid: ${JSON.stringify(error.errors ?? error.message, null, 1)}`);
  process.exit(1);
}
