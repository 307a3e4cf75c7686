using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Properties;

namespace CreditGrantConformance.Checks.Properties;

public sealed class UpdateCreditGrantProperties : CreditGrantTest
{
    private static readonly string[] Unchanged =
    [
        "id", "object", "amount", "applicability_config", "category", "created", "customer", "customer_account",
        "effective_at", "livemode", "name", "priority", "test_clock", "voided_at",
    ];

    [Check("property.update_changes_exactly_what_was_asked", Provenance.Documented, Categories.State,
        "Any update merges metadata (an empty value unsets a key), sets or clears expires_at, and changes nothing else",
        Sources.MetadataGuide, RequiresState = true)]
    public async Task Any_update_changes_metadata_and_expiry_as_asked_and_nothing_else()
    {
        var customer = await CustomerIdAsync();
        PropertyRunner.Check(Check, UpdateCase.Arbitrary, c =>
        {
            var created = (JsonObject)Api.CreateAsync(c.Grant.ToParams(customer, Settings.RunId))
                .GetAwaiter().GetResult().Json!;
            var response = Api.UpdateAsync(created.Id(), c.Update.ToParams()).GetAwaiter().GetResult();
            var metadata = created["metadata"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.ToString());
            foreach (var (key, value) in c.Update.Metadata)
            {
                if (value.Length == 0)
                {
                    metadata.Remove(key);
                }
                else
                {
                    metadata[key] = value;
                }
            }

            var expires = c.Update.ExpiresAt switch
            {
                null => created["expires_at"]?.DeepClone(),
                -1 => null,
                var at => JsonValue.Create(at),
            };
            Require.That(response, [
                Expect.Status(200),
                Expect.Field(
                    "/metadata",
                    new JsonObject(metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value)))),
                Expect.Field("/expires_at", expires),
                .. Unchanged.Select(f => Expect.Field("/" + f, created[f]?.DeepClone())),
            ]);
        });
    }
}
