// The ledger scenario of LedgerScenario.cs through the official Node SDK, as a Node integrator writes it: a test clock,
// a customer on it, a grant effective an hour later and expiring two hours later, the clock advanced past each time.
// Takes the scenario as one JSON argument; prints what it read (LedgerReading.cs) as one JSON line.
import Stripe from 'stripe';

const scenario = JSON.parse(process.argv[2]);
const url = new URL(scenario.base_url);
const stripe = new Stripe(scenario.api_key, {
  host: url.hostname,
  port: Number(url.port),
  protocol: url.protocol.replace(':', ''),
  maxNetworkRetries: 0,
  telemetry: false,
});

async function available(customer, grant) {
  const summary = await stripe.billing.creditBalanceSummaries.retrieve({
    customer,
    filter: { type: 'credit_grant', credit_grant: grant },
  });
  return summary.balances
    .filter((b) => b.available_balance.monetary.currency === scenario.currency)
    .reduce((sum, b) => sum + b.available_balance.monetary.value, 0);
}

// Stripe advances a clock asynchronously: the advance answers advancing, the clock reads ready once there.
async function advance(clock, frozenTime) {
  let advanced = await stripe.testHelpers.testClocks.advance(clock, { frozen_time: frozenTime });
  const deadline = Date.now() + scenario.ready_timeout_ms;
  while (advanced.status === 'advancing' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    advanced = await stripe.testHelpers.testClocks.retrieve(clock);
  }
  return advanced.status;
}

const clock = await stripe.testHelpers.testClocks.create({
  frozen_time: scenario.frozen_time,
  name: 'ledger scenario',
});
const customer = await stripe.customers.create({ test_clock: clock.id });
const grant = await stripe.billing.creditGrants.create({
  customer: customer.id,
  category: 'paid',
  amount: { type: 'monetary', monetary: { currency: scenario.currency, value: scenario.value } },
  applicability_config: { scope: { price_type: 'metered' } },
  effective_at: scenario.effective_at,
  expires_at: scenario.expires_at,
});

const before = await available(customer.id, grant.id);
const effectiveStatus = await advance(clock.id, scenario.past_effective);
const effective = await available(customer.id, grant.id);
const expiredStatus = await advance(clock.id, scenario.past_expiry);
const expired = await available(customer.id, grant.id);
const transactions = await stripe.billing.creditBalanceTransactions
  .list({ customer: customer.id, credit_grant: grant.id })
  .autoPagingToArray({ limit: 10000 });

process.stdout.write(JSON.stringify({
  available_before_effective: before,
  available_after_effective: effective,
  available_after_expiry: expired,
  clock_statuses: [effectiveStatus, expiredStatus],
  transaction_types: transactions.map((t) => t.credit?.type ?? t.debit?.type ?? '(neither credit nor debit)'),
}) + '\n');
