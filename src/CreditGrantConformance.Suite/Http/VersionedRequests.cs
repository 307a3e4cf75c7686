using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// Says a request written for the version the expectations are written for (<see cref="ApiVersions.Default"/>) in the
/// run's version, where the two differ in what a request must carry (docs/versions.md): before 2025-10-29.clover a
/// create must name its category, so one that leaves it to the later default gets that default, paid, and makes the
/// same grant.
/// </summary>
public static class VersionedRequests
{
    public static StripeRequest Adapt(StripeRequest request, string apiVersion)
    {
        if (ApiVersions.IsAtLeast(apiVersion, ApiVersions.OptionalCategory)
            || request.Operation != ApiOperation.Create
            || request.RawBody is not null
            || request.Params["category"] is not null)
        {
            return request;
        }

        var parameters = request.Params.DeepClone();
        parameters["category"] = "paid";
        return request with { Params = parameters };
    }
}
