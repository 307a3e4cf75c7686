using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>The changes the response, store and rule faults make, where they are more than one expression.</summary>
internal static class Mutations
{
    /// <summary>An expanded customer written back as its id.</summary>
    public static void CustomerCollapsed(JsonObject grant)
    {
        if (grant["customer"] is JsonObject customer)
        {
            grant["customer"] = customer["id"]!.GetValue<string>();
        }
    }

    /// <summary>A grant scoped to prices answered as scoped to the metered price type.</summary>
    public static void PricesScopeAsPriceType(JsonObject grant)
    {
        if (grant["applicability_config"]?["scope"] is JsonObject { } scope && scope.Remove("prices"))
        {
            scope["price_type"] = "metered";
        }
    }

    public static void TimestampsInMilliseconds(JsonObject grant)
    {
        grant["created"] = grant["created"]!.GetValue<long>() * 1000;
        grant["updated"] = grant["updated"]!.GetValue<long>() * 1000;
    }

    public static void CreatedAsString(JsonObject grant) => grant["created"] = grant["created"]!.ToJsonString();

    /// <summary>amount[monetary][value] → amount.monetary.value.</summary>
    public static void ParamUnbracketed(JsonObject error)
    {
        if (error["param"]?.GetValue<string>() is { } param)
        {
            error["param"] = param.Replace("][", ".", StringComparison.Ordinal).Replace('[', '.').TrimEnd(']');
        }
    }

    public static void MissingAsInvalid(JsonObject error)
    {
        if (error["code"]?.GetValue<string>() == "parameter_missing")
        {
            error["code"] = "parameter_invalid";
            error["doc_url"] = ErrorWriter.DocUrl("parameter_invalid");
        }
    }

    public static JsonObject EnvelopeFlattened(string operation, JsonObject body)
    {
        if (body["error"] is not JsonObject error)
        {
            return body;
        }

        body.Remove("error");
        return error;
    }

    public static JsonObject ListUrlWrong(string operation, JsonObject body)
    {
        if (operation == "list" && body["object"]?.GetValue<string>() == "list")
        {
            // The path without its /billing segment: an easy slip when a mock is written by hand.
            body["url"] = ApiOperation.List.PathTemplate.Replace("/billing", "", StringComparison.Ordinal);
        }

        return body;
    }

    public static CreditGrant MetadataKeysCut(CreditGrant grant) =>
        grant with
        {
            Metadata = grant.Metadata.ToDictionary(m => m.Key.Length > 30 ? m.Key[..30] : m.Key, m => m.Value),
        };

    public static CreditGrant ValueNarrowedToInt32(CreditGrant grant) =>
        grant with
        {
            Monetary = grant.Monetary is { } money ? money with { Value = unchecked((int)money.Value) } : null,
        };

    public static UpdateWrite UnsetsStoredEmpty(UpdateWrite update) => update.Metadata is { } patch
        ? update with
        {
            Metadata = patch with
            {
                Set = [.. patch.Set, .. patch.Unset.Select(k => KeyValuePair.Create(k, ""))],
                Unset = [],
            },
        }
        : update;

    public static GrantWrite ExpiryLostWithMetadata(UpdateWrite update) =>
        update is { Metadata: not null, ExpiresAt: not null }
            ? new AdjustedWrite(update, (before, after) => after with { ExpiresAt = before.ExpiresAt })
            : update;

    /// <summary>A refusal Stripe does not make: the operation refuses a voided grant.</summary>
    public static Rule<T> VoidedRefused<T>(string name, Func<T, CreditGrant> grantOf) => Rule.Refuse<T>(
        name, Provenance.Assumed, "a fault: Stripe refuses no such thing", c => grantOf(c).VoidedAt is not null,
        c => StripeError.Invalid($"The credit grant {grantOf(c).Id} has been voided."));
}
