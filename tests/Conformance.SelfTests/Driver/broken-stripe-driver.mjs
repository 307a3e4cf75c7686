// The Node SDK driver with one deliberate defect, to prove the wire check catches a broken SDK or driver:
//   drop-metadata    leaves metadata out of every call;
//   flatten-nesting  hands the SDK nested parameters as JSON strings, so they are sent as amount={"type":…}.
import { run } from '../../../drivers/node/stripe-driver.mjs';

const defects = {
  'drop-metadata': ({ metadata, ...params }) => params,
  'flatten-nesting': (params) => Object.fromEntries(Object.entries(params).map(([name, value]) =>
    [name, value !== null && typeof value === 'object' ? JSON.stringify(value) : value])),
};

const defect = defects[process.argv[2]];
if (!defect) {
  process.stderr.write(`usage: broken-stripe-driver.mjs ${Object.keys(defects).join('|')}\n`);
  process.exit(2);
}

await run((request) => ({ ...request, params: defect(request.params ?? {}) }));
