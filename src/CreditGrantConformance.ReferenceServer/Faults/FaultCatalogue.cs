using CreditGrantConformance.ReferenceServer.Faults;

namespace CreditGrantConformance.ReferenceServer;

/// <summary>Every fault the reference server can be started with (<c>--fault NAME</c>), for the self-tests' mutation score.</summary>
public static class FaultCatalogue
{
    public static IReadOnlyList<Fault> All { get; } =
    [
        new(FaultNames.GrantPriorityDefaultNull, "create", "wrong default", "priority defaults to null instead of 50"),
        new(FaultNames.GrantLivemodeTrue, "all", "wrong field value", "livemode is true although the key is a test key"),
        new(FaultNames.GrantCreatedAsString, "all", "mistyped field", "created is serialised as a string"),
        new(FaultNames.CreateAcceptsUnknownParameters, "create", "validation not enforced", "unknown create parameters are ignored instead of rejected"),
        new(FaultNames.CreateMissingParamUnbracketed, "all", "error format", "error.param uses dots (amount.monetary.value) instead of brackets"),
        new(FaultNames.CreateAllowsNonpositiveValue, "create", "validation not enforced", "amount[monetary][value] of zero or less is accepted"),
        new(FaultNames.CreateRejectedStillStored, "create", "state", "a create rejected by a late validation leaves its grant stored"),
        new(FaultNames.RetrieveUnknownId400, "retrieve", "wrong status", "an unknown id answers 400 instead of 404"),
        new(FaultNames.UpdateMetadataReplaces, "update", "state", "metadata updates replace the whole map instead of merging"),
        new(FaultNames.UpdateNotPersisted, "update", "state not persisted", "the update is answered but not stored"),
        new(FaultNames.UpdateUpdatedNotMoved, "update", "timestamps", "updated does not move on update"),
        new(FaultNames.ExpireExpiresAtUnchanged, "expire", "timestamps", "expire leaves expires_at unchanged"),
        new(FaultNames.VoidVoidedAtNotSet, "void", "timestamps", "void leaves voided_at null"),
        new(FaultNames.VoidTwiceAllowed, "void", "transitions", "voiding a voided grant answers 200"),
        new(FaultNames.ListOldestFirst, "list", "ordering", "lists are oldest first"),
        new(FaultNames.ListLimitIgnored, "list", "pagination", "limit is ignored: pages hold up to 100"),
        new(FaultNames.ListCustomerFilterIgnored, "list", "filters", "the customer filter is ignored"),
        new(FaultNames.ListHasMoreAlwaysFalse, "list", "pagination", "has_more is always false"),
        new(FaultNames.IdempotencyNoReplay, "idempotency", "idempotency", "a replayed key executes the request again"),
        new(FaultNames.IdempotencyMismatchIgnored, "idempotency", "idempotency", "a key reused with other parameters executes the new request"),
        new(FaultNames.IdempotencyNoReplayedHeader, "idempotency", "headers", "replays lack Idempotent-Replayed: true"),
        new(FaultNames.HeadersNoRequestId, "all", "headers", "responses carry no Request-Id"),
        new(FaultNames.AuthNotEnforced, "all", "auth", "requests without a valid key are served"),
        new(FaultNames.ErrorsFlatEnvelope, "all", "error format", "errors are not wrapped in {\"error\": …}"),
        new(FaultNames.RoutesUnknownRoute200, "all", "routing", "unknown routes answer 200"),
    ];
}
