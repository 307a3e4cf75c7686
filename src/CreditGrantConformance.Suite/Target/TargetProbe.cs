using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Target;

/// <summary>
/// One request before the first check: a target that is down or rejects the key stops the run with a clear message.
/// </summary>
internal static class TargetProbe
{
    public static async Task CheckAsync(StripeClient client, ConformanceSettings settings)
    {
        StripeResponse response;
        try
        {
            response = await client.SendAsync(
                    ApiOperation.List.Request(null, new FormParams { ["limit"] = 1 }) with { Traffic = Traffic.Probe })
                .ConfigureAwait(false);
        }
        catch (StripeTransportException ex)
        {
            // The probe did send requests (and retried them): the target is unreachable, the settings may be fine.
            throw new SettingsException(
                [
                    $"The target at {client.Options.BaseUrl} did not answer ({ex.Message}). "
                    + $"Start it, or fix {SettingNames.BaseUrl}.",
                ],
                $"the target at {client.Options.BaseUrl} is unreachable, no check ran");
        }

        if (response.StatusCode == 401)
        {
            var hint = settings.IsEmbedded ? "" : $" Check {SettingNames.ApiKey}.";
            throw new SettingsException(
                [
                    $"The target at {client.Options.BaseUrl} rejected the API key "
                    + $"(HTTP 401, Request-Id {response.RequestId ?? "none"}).{hint}",
                ],
                $"the target at {client.Options.BaseUrl} rejected the API key, no check ran");
        }
    }
}
