namespace CreditGrantConformance.ReferenceServer.Faults;

public static class FaultNames
{
    public const string GrantPriorityDefaultNull = "grant.priority_default_null";
    public const string GrantLivemodeTrue = "grant.livemode_true";
    public const string GrantCreatedAsString = "grant.created_as_string";
    public const string CreateAcceptsUnknownParameters = "create.accepts_unknown_parameters";
    public const string CreateMissingParamUnbracketed = "create.missing_param_unbracketed";
    public const string CreateAllowsNonpositiveValue = "create.allows_nonpositive_value";
    public const string CreateRejectedStillStored = "create.rejected_still_stored";
    public const string RetrieveUnknownId400 = "retrieve.unknown_id_400";
    public const string UpdateMetadataReplaces = "update.metadata_replaces";
    public const string UpdateNotPersisted = "update.not_persisted";
    public const string UpdateUpdatedNotMoved = "update.updated_not_moved";
    public const string ExpireExpiresAtUnchanged = "expire.expires_at_unchanged";
    public const string VoidVoidedAtNotSet = "void.voided_at_not_set";
    public const string VoidTwiceAllowed = "void.twice_allowed";
    public const string ListOldestFirst = "list.oldest_first";
    public const string ListLimitIgnored = "list.limit_ignored";
    public const string ListCustomerFilterIgnored = "list.customer_filter_ignored";
    public const string ListHasMoreAlwaysFalse = "list.has_more_always_false";
    public const string IdempotencyNoReplay = "idempotency.no_replay";
    public const string IdempotencyMismatchIgnored = "idempotency.mismatch_ignored";
    public const string IdempotencyNoReplayedHeader = "idempotency.no_replayed_header";
    public const string HeadersNoRequestId = "headers.no_request_id";
    public const string AuthNotEnforced = "auth.not_enforced";
    public const string ErrorsFlatEnvelope = "errors.flat_envelope";
    public const string RoutesUnknownRoute200 = "routes.unknown_route_200";
}
