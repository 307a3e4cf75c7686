using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.CreditGrants;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>
/// The changes of the narrow faults: each breaks one thing a handful of checks are named for (one error's param, one
/// operation's answer, one stored value), so the mutation run shows that those checks catch it.
/// </summary>
internal static class NarrowMutations
{
    /// <summary>An error of this code answers without naming its parameter.</summary>
    public static Action<JsonObject> ParamDroppedForCode(string code) => error =>
    {
        if (error["code"]?.GetValue<string>() == code)
        {
            error.Remove("param");
        }
    };

    /// <summary>A refusal of a value that is not an integer answers without naming its parameter.</summary>
    public static void IntegerTypeErrorUnnamed(JsonObject error)
    {
        if (error["message"]?.GetValue<string>() is { } message
            && message.StartsWith("Invalid integer", StringComparison.Ordinal))
        {
            error.Remove("param");
        }
    }

    /// <summary>An error naming one of these parameters answers without naming it.</summary>
    public static Action<JsonObject> ParamDroppedFor(params string[] parameters) => error =>
    {
        if (error["param"]?.GetValue<string>() is { } param && parameters.Contains(param, StringComparer.Ordinal))
        {
            error.Remove("param");
        }
    };

    /// <summary>A missing object is reported as the server's own failure (api_error), not the request's.</summary>
    public static void MissingAsApiError(JsonObject error)
    {
        if (error["code"]?.GetValue<string>() == "resource_missing")
        {
            error["type"] = "api_error";
        }
    }

    /// <summary>A field the API does not have (the answer's shape grows).</summary>
    public static void UndocumentedField(JsonObject grant) => grant["balance"] = null;

    /// <summary>A grant whose expiry has passed is shown with no expiry.</summary>
    public static void PassedExpiryHidden(JsonObject grant)
    {
        if (grant["expires_at"]?.GetValue<long>() is { } at && at <= DateTimeOffset.UtcNow.ToUnixTimeSeconds())
        {
            grant["expires_at"] = null;
        }
    }

    /// <summary>An empty metadata (metadata=) on update leaves the keys as they are instead of clearing them.</summary>
    public static GrantWrite ClearAllIgnored(UpdateWrite update) => update.Metadata is { ClearAll: true } patch
        ? update with { Metadata = patch with { ClearAll = false } }
        : update;

    /// <summary>The amount kept as a 32-bit float: beyond 2^24 values round to the nearest float.</summary>
    public static CreditGrant ValueAsFloat32(CreditGrant grant) =>
        grant with { Monetary = grant.Monetary is { } money ? money with { Value = (long)(float)money.Value } : null };

    /// <summary>Metadata values stored with "&amp;" still form-escaped, as "%26".</summary>
    public static CreditGrant AmpersandsKeptEscaped(CreditGrant grant) =>
        grant with
        {
            Metadata = grant.Metadata.ToDictionary(
                m => m.Key,
                m => m.Value.Replace("&", "%26", StringComparison.Ordinal),
                StringComparer.Ordinal),
        };
}
