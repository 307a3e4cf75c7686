#!/usr/bin/env bash
# scripts/stripe-mock-gate.sh STRIPE_MOCK FIXTURES [dotnet test options]: the suite against a stripe-mock you built,
# stateless profile, gated by fixtures/expectations/stripe-mock.json (docs/stripe-mock.md says how to build it and
# where FIXTURES, Stripe's openapi/fixtures3.json, comes from). The spec it serves is derived from openapi/ by
# scripts/stripe-mock-spec.mjs. Run after `dotnet build Conformance.sln`; nothing is downloaded.
set -uo pipefail
cd "$(dirname "$0")/.."
binary=${1:-}
fixtures=${2:-}
[ -x "$binary" ] && [ -f "$fixtures" ] || {
  echo "usage: scripts/stripe-mock-gate.sh STRIPE_MOCK FIXTURES [dotnet test options]"; exit 2; }
shift 2

work=$(mktemp -d)
node scripts/stripe-mock-spec.mjs "$work/spec.json" || exit 2
port=12111
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
# Its own process group, so that stopping it stops stripe-mock and nothing else.
# -http-addr alone leaves its HTTPS listener on every interface: -https-addr keeps it on the loopback.
setsid "$binary" -http-addr "127.0.0.1:$port" -https-addr 127.0.0.1:0 -spec "$work/spec.json" -fixtures "$fixtures" \
  >"$work/stripe-mock.log" 2>&1 &
mock=$!
trap 'kill -- -"$mock" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 30); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.5; done
kill -0 "$mock" 2>/dev/null || { echo "stripe-mock did not start:"; cat "$work/stripe-mock.log"; exit 2; }
head -1 "$work/stripe-mock.log"

export CONFORMANCE_RESULTS_DIR=${CONFORMANCE_RESULTS_DIR:-artifacts/stripe-mock}
CONFORMANCE_BASE_URL="http://127.0.0.1:$port" dotnet test tests/Conformance --no-build --settings runsettings/stripe-mock.runsettings "$@"
