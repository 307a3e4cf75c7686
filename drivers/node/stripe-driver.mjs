// Driver for the official Stripe Node SDK (the `stripe` package pinned in the repository's package-lock.json):
// reads one JSON request per line on stdin, makes the SDK call, writes one JSON answer per line on stdout.
// The protocol is docs/driver-protocol.md.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import Stripe from 'stripe';

// Every page through the SDK's own auto-paging, as one list (docs/driver-protocol.md); 10000 is the SDK's own ceiling.
async function listAll(grants, r) {
  const data = await grants.list(r.params).autoPagingToArray({ limit: 10000 });
  return { object: 'list', data, has_more: false, url: '/v1/billing/credit_grants' };
}

const calls = {
  'credit_grants.list': (grants, r) => grants.list(r.params),
  'credit_grants.list_all': listAll,
  'credit_grants.create': (grants, r, options) => grants.create(r.params, options),
  'credit_grants.retrieve': (grants, r) => grants.retrieve(r.id, r.params),
  'credit_grants.update': (grants, r, options) => grants.update(r.id, r.params, options),
  'credit_grants.expire': (grants, r, options) => grants.expire(r.id, r.params, options),
  'credit_grants.void': (grants, r, options) => grants.voidGrant(r.id, r.params, options),
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
    const object = await call(clientFor(request).billing.creditGrants, request, options);
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
