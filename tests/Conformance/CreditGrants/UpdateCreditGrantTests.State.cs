using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class UpdateCreditGrantTests
{
    [Check("update.metadata_empty_value_unsets_key", Provenance.Documented, Categories.State,
        "metadata[key]= (an empty value) deletes that key and keeps the others", Sources.MetadataGuide,
        RequiresState = true)]
    public async Task Update_with_an_empty_metadata_value_unsets_only_that_key()
    {
        var created = await CreateGrantAsync(g => g.SetPath("metadata[gone]", "x"));

        var response = await Api.UpdateAsync(created.Id(), GrantRequests.Metadata("gone", ""));

        response.Should(
            Expect.Status(200),
            Expect.Field("/metadata", new JsonObject { [RunTag.Key] = Settings.RunId }));
    }

    [Check("update.metadata_empty_clears_all", Provenance.Documented, Categories.State,
        "metadata= (empty) deletes every key", Sources.MetadataGuide, RequiresState = true)]
    public async Task Update_with_empty_metadata_clears_every_key()
    {
        var created = await CreateGrantAsync(g => g.SetPath("metadata[other]", "x"));

        var response = await Api.UpdateAsync(created.Id(), new FormParams { ["metadata"] = "" });

        response.Should(Expect.Status(200), Expect.Field("/metadata", new JsonObject()));
    }

    [Check("update.sets_expires_at", Provenance.Spec, Categories.State,
        "Updating expires_at sets when the billing credits expire, and later reads show it", Sources.SpecUpdate,
        RequiresState = true)]
    public async Task Update_sets_expires_at_and_retrieve_shows_it()
    {
        var created = await CreateGrantAsync();
        var expires = Clock.Now + (7 * 86_400);

        var response = await Api.UpdateAsync(created.Id(), new FormParams { ["expires_at"] = expires });
        var retrieved = await Api.RetrieveAsync(created.Id());

        response.Should(Expect.Status(200), Expect.Field("/expires_at", expires));
        retrieved.Should(Expect.Status(200), Expect.Field("/expires_at", expires));
    }

    [Check("update.empty_expires_at_clears_it", Provenance.Spec, Categories.State,
        "Updating expires_at to \"\" means the billing credits never expire: expires_at becomes null",
        Sources.SpecUpdate, RequiresState = true)]
    public async Task Update_with_an_empty_expires_at_clears_it()
    {
        var created = await CreateGrantAsync(g => g["expires_at"] = Clock.Now + 86_400);

        var response = await Api.UpdateAsync(created.Id(), new FormParams { ["expires_at"] = "" });

        response.Should(Expect.Status(200), Expect.Field("/expires_at", null));
    }

    [Check("update.moves_updated_keeps_created", Provenance.Spec, Categories.State,
        "created is when the object was created and updated when it was last updated: "
        + "an update moves updated, never created",
        Sources.SpecObject, RequiresState = true)]
    public async Task Update_moves_updated_and_never_changes_created()
    {
        var created = await CreateGrantAsync();
        // Timestamps have one-second resolution: wait until a change must show a later second.
        await Clock.WaitForNextSecondAsync(Expect.Long(created["updated"]) ?? Clock.Now);

        var response = await Api.UpdateAsync(created.Id(), GrantRequests.Metadata("touched", "1"));

        response.Should(
            Expect.Status(200),
            Expect.Field("/created", created["created"]?.DeepClone()),
            Expect.FieldIs(
                "/updated",
                $"later than {created["updated"]}",
                u => Expect.Long(u) > Expect.Long(created["updated"])));
    }

    [Check("update.visible_on_retrieve_and_list", Provenance.Documented, Categories.State,
        "An update is persisted: later reads of the grant, retrieve and list, return it", Sources.Update,
        RequiresState = true)]
    public async Task Update_is_visible_on_retrieve_and_in_the_list()
    {
        var created = await CreateGrantAsync();
        var customer = await CustomerIdAsync();

        await Api.UpdateAsync(created.Id(), GrantRequests.Metadata("seen", "yes"));
        var retrieved = await Api.RetrieveAsync(created.Id());
        var listed = await Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 100 });

        retrieved.Should(Expect.Status(200), Expect.Field("/metadata/seen", "yes"));
        listed.Should(
            Expect.Status(200),
            Expect.FieldIs("/data", "to hold the grant with metadata.seen = yes", data => data is JsonArray a
                && a.Any(g => g?["id"]?.ToString() == created.Id() && g?["metadata"]?["seen"]?.ToString() == "yes")));
    }

    [Check("update.metadata_after_void_is_allowed", Provenance.Assumed, Categories.State,
        "The metadata of a voided grant can still change (Stripe does not say whether a voided grant can be updated); "
        + "once accepted, the answer carries the metadata sent (documented)", Sources.Assumptions,
        RequiresState = true)]
    public async Task Update_of_metadata_on_a_voided_grant_succeeds()
    {
        var created = await CreateGrantAsync();
        (await Api.VoidAsync(created.Id())).Should(Expect.Status(200));

        var response = await Api.UpdateAsync(created.Id(), GrantRequests.Metadata("note", "voided"));

        response.Should(Accepted.Echoes("/metadata/note", "voided"));
        response.Should(Expect.Status(200));
    }

    [Check("update.expires_at_after_expire_is_rejected", Provenance.Assumed, Categories.State,
        "The expires_at of an expired grant cannot change: "
        + "400 invalid_request_error naming expires_at (Stripe does not say); once accepted, the answer carries the "
        + "expires_at sent (documented)", Sources.Assumptions,
        RequiresState = true)]
    public async Task Update_of_expires_at_on_an_expired_grant_is_rejected()
    {
        var created = await CreateGrantAsync();
        (await Api.ExpireAsync(created.Id())).Should(Expect.Status(200));

        var expiresAt = Clock.Now + 86_400;
        var response = await Api.UpdateAsync(created.Id(), new FormParams { ["expires_at"] = expiresAt });

        response.Should(Accepted.Echoes("/expires_at", expiresAt));
        response.Should(Expect.Status(400), Expect.Error("invalid_request_error"), Expect.ErrorParam("expires_at"));
    }
}
