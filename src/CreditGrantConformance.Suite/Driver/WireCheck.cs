using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Results.Recording;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Failures;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Suite.Driver;

/// <summary>
/// The request an SDK sent for one call against what the call means: one request, method, path, every form pair
/// (compared decoded, <c>key[]</c> numbered by position, as fixtures/wire/README.md says), the Idempotency-Key the
/// suite gave, Stripe-Version, Bearer auth and the form content type. A difference fails the check in progress.
/// </summary>
internal static class WireCheck
{
    public sealed record Call(
        ApiOperation Operation,
        string? Id,
        FormParams Params,
        string? IdempotencyKey,
        string? StripeVersion);

    public static void Verify(
        Call call,
        IReadOnlyList<ReceivedRequest> sent,
        string driver,
        ICheckObserver? observer,
        Exchange exchange)
    {
        var problems = Problems(call, sent, observer).ToList();
        if (problems.Count > 0)
        {
            // The wire format (form encoding, headers) is Stripe's documented convention.
            throw new CheckFailedException(
                $"Wire check (SDK mode, docs/driver-protocol.md): {driver} did not send what "
                + $"{call.Operation.Name} means:{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)),
                Provenance.Documented,
                [exchange]);
        }
    }

    internal static IEnumerable<string> Problems(
        Call call,
        IReadOnlyList<ReceivedRequest> sent,
        ICheckObserver? observer)
    {
        if (sent.Count != 1)
        {
            yield return $"expected exactly one HTTP request for the call, the server received {sent.Count}";
            if (sent.Count == 0)
            {
                yield break;
            }
        }

        var request = sent[^1];
        var isPost = call.Operation.Method == HttpMethod.Post;
        if (request.Method != call.Operation.Method.Method)
        {
            yield return $"method: expected {call.Operation.Method.Method}, got {request.Method}";
        }

        var path = Uri.UnescapeDataString(call.Operation.PathFor(call.Id));
        if (Uri.UnescapeDataString(request.Path) != path)
        {
            yield return $"path: expected {path}, got {request.Path}";
        }

        var expected = Pairs(StripeForm.Canonical(StripeForm.Flatten(call.Params)));
        var actual = Pairs(StripeForm.Canonical(StripeForm.Decode(isPost ? request.Body : request.Query)));
        foreach (var missing in expected.Except(actual))
        {
            yield return $"parameter missing or changed: {missing}";
        }

        foreach (var extra in actual.Except(expected))
        {
            yield return $"parameter the call did not ask for: {extra}";
        }

        var samePairs = !expected.Except(actual).Any() && !actual.Except(expected).Any();
        if (samePairs && !expected.SequenceEqual(actual))
        {
            observer?.Observe("The SDK sent the call's parameters in another order (Stripe reads them the same).");
        }

        if (isPost && Header(request, "Idempotency-Key") != call.IdempotencyKey)
        {
            yield return $"Idempotency-Key: expected the key the suite gave ({call.IdempotencyKey}), "
                + $"got {Header(request, "Idempotency-Key") ?? "none"}";
        }

        if (Header(request, "Stripe-Version") is not { Length: > 0 } version
            || (call.StripeVersion is not null && version != call.StripeVersion))
        {
            yield return $"Stripe-Version: expected {call.StripeVersion ?? "a version"}, "
                + $"got {Header(request, "Stripe-Version") ?? "none"}";
        }

        if (Header(request, "Authorization")?.StartsWith("Bearer ", StringComparison.Ordinal) != true)
        {
            yield return "Authorization: expected Bearer auth";
        }

        if (isPost
            && request.Body.Length > 0
            && Header(request, "Content-Type")
                ?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
        {
            yield return "Content-Type: expected application/x-www-form-urlencoded, "
                + $"got {Header(request, "Content-Type") ?? "none"}";
        }
    }

    private static List<string> Pairs(IEnumerable<KeyValuePair<string, string>> pairs) =>
        pairs.Select(p => $"{p.Key}={p.Value}").ToList();

    private static string? Header(ReceivedRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value : null;
}
