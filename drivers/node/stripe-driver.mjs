// Driver for the official Stripe Node SDK (the `stripe` package pinned in the repository's package-lock.json):
// reads one JSON request per line on stdin, makes the SDK call, writes one JSON answer per line on stdout.
// The protocol is docs/driver-protocol.md.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import Stripe from 'stripe';

// Every page through the SDK's own auto-paging, as one list (docs/driver-protocol.md); 10000 is the SDK's own ceiling.
// The list's url is the path the suite's request names.
async function listAll(resource, r) {
  const data = await resource.list(r.params).autoPagingToArray({ limit: 10000 });
  return { object: 'list', data, has_more: false, url: r.path };
}

// Each operation of docs/driver-protocol.md as the SDK's own method; `s` is the client, `o` the request options.
const calls = {
  'credit_grants.list': (s, r) => s.billing.creditGrants.list(r.params),
  'credit_grants.list_all': (s, r) => listAll(s.billing.creditGrants, r),
  'credit_grants.create': (s, r, o) => s.billing.creditGrants.create(r.params, o),
  'credit_grants.retrieve': (s, r) => s.billing.creditGrants.retrieve(r.id, r.params),
  'credit_grants.update': (s, r, o) => s.billing.creditGrants.update(r.id, r.params, o),
  'credit_grants.expire': (s, r, o) => s.billing.creditGrants.expire(r.id, r.params, o),
  'credit_grants.void': (s, r, o) => s.billing.creditGrants.voidGrant(r.id, r.params, o),
  'customers.create': (s, r, o) => s.customers.create(r.params, o),
  'customers.retrieve': (s, r) => s.customers.retrieve(r.id, r.params),
  'customers.delete': (s, r) => s.customers.del(r.id, r.params),
  'customers.list': (s, r) => s.customers.list(r.params),
  'customers.list_all': (s, r) => listAll(s.customers, r),
  'test_clocks.create': (s, r, o) => s.testHelpers.testClocks.create(r.params, o),
  'test_clocks.retrieve': (s, r) => s.testHelpers.testClocks.retrieve(r.id, r.params),
  'test_clocks.list': (s, r) => s.testHelpers.testClocks.list(r.params),
  'test_clocks.list_all': (s, r) => listAll(s.testHelpers.testClocks, r),
  'test_clocks.delete': (s, r) => s.testHelpers.testClocks.del(r.id, r.params),
  'test_clocks.advance': (s, r, o) => s.testHelpers.testClocks.advance(r.id, r.params, o),
  'credit_balance_summary.retrieve': (s, r) => s.billing.creditBalanceSummaries.retrieve(r.params),
  'credit_balance_transactions.list': (s, r) => s.billing.creditBalanceTransactions.list(r.params),
  'credit_balance_transactions.list_all': (s, r) => listAll(s.billing.creditBalanceTransactions, r),
  'credit_balance_transactions.retrieve': (s, r) => s.billing.creditBalanceTransactions.retrieve(r.id, r.params),
};

const clients = new Map();

// One SDK client per target, key and version; no retries, so one call is one HTTP request (the wire check needs that).
function clientFor(request) {
  const cacheKey = [request.base_url, request.api_key, request.stripe_version ?? ''].join('\n');
  if (!clients.has(cacheKey)) {
    const url = new URL(request.base_url);
    const protocol = url.protocol.replace(':', '');
    clients.set(cacheKey, new Stripe(request.api_key, {
      host: url.hostname,
      port: Number(url.port || (protocol === 'https' ? 443 : 80)),
      protocol,
      maxNetworkRetries: 0,
      telemetry: false,
      ...(request.stripe_version ? { apiVersion: request.stripe_version } : {}),
    }));
  }
  return clients.get(cacheKey);
}

function headersOf(source) {
  return Object.fromEntries(Object.entries(source ?? {}).map(([name, value]) => [name, String(value)]));
}

// The SDK keeps the whole error envelope in `raw`, with the response's headers, status and request id mixed in.
function envelopeFields(raw) {
  const { headers, statusCode, requestId, ...fields } = raw ?? {};
  return fields;
}

async function answer(request) {
  const call = calls[request.operation];
  if (!call) {
    return { seq: request.seq, ok: false, status: null, error: { type: 'driver_error', message: `unknown operation ${request.operation}` } };
  }
  const options = request.idempotency_key ? { idempotencyKey: request.idempotency_key } : undefined;
  try {
    const object = await call(clientFor(request), request, options);
    const response = object.lastResponse ?? {};
    return { seq: request.seq, ok: true, status: response.statusCode ?? 200, headers: headersOf(response.headers), object };
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) {
      throw error;
    }
    const answered = typeof error.statusCode === 'number';
    return {
      seq: request.seq,
      ok: false,
      status: answered ? error.statusCode : null,
      headers: headersOf(error.headers),
      error: {
        ...envelopeFields(error.raw),
        type: answered ? (error.rawType ?? null) : 'connection_error',
        code: error.code ?? null,
        param: error.param ?? null,
        message: error.message ?? null,
      },
    };
  }
}

/** Runs the line loop; `transform` lets a test wrap the driver (it receives each request before the SDK call). */
export async function run(transform = (request) => request) {
  // The Node SDK sends the version it was built for unless given another (apiVersion), so it can send any.
  const greeting = { driver: 'stripe-node', sdk: 'stripe', sdk_version: Stripe.PACKAGE_VERSION, api_version: Stripe.API_VERSION, api_version_settable: true };
  process.stdout.write(JSON.stringify(greeting) + '\n');
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const request = transform(JSON.parse(line));
    process.stdout.write(JSON.stringify(await answer(request)) + '\n');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
