using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Faults.Seams;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.TestClocks;
using static CreditGrantConformance.ReferenceServer.Faults.Fault;

namespace CreditGrantConformance.ReferenceServer.Faults;

/// <summary>
/// Narrow faults: each breaks what a handful of checks are named for (one rule switched off in one operation, one
/// error's param, one operation's answer), so the mutation run shows those checks catch it: every check that can fail
/// has a fault that fails at most five checks.
/// </summary>
public static partial class FaultCatalogue
{
    private static Fault[] Narrow =>
    [
        new("params.unknown_accepted_on_reads_and_transitions", "retrieve/list/expire/void", "validation not enforced",
            "unknown parameters of retrieve, list, expire and void are ignored instead of refused",
            DisableRuleIn(
                ParamRules.KnownParameters,
                "retrieve",
                "list",
                "expire",
                "void")),
        new("create.currency_unchecked", "create", "validation not enforced",
            "a currency Stripe does not support is accepted",
            DisableRule(CreateRules.CurrencySupported)),
        new("create.scope_error_unnamed", "create", "error format",
            "a refused applicability_config[scope] is not named as the error's param",
            MutateErrors(NarrowMutations.ParamDroppedFor("applicability_config[scope]"), "create")),
        new("create.scope_enums_unchecked", "create", "validation not enforced",
            "amount[type] and applicability_config[scope][price_type] accept any value",
            DisableRules("create", CreateRules.AmountTypeEnum, CreateRules.PriceTypeEnum)),
        new("create.scope_not_exclusive", "create", "validation not enforced",
            "a scope with both price_type and prices is accepted",
            DisableRule(CreateRules.ScopeExclusive)),
        new("create.unexpandable_accepted", "create", "validation not enforced",
            "a create asking to expand a field that cannot be expanded is answered",
            DisableRule(ParamRules.ExpandablePaths, "create")),
        new("create.integer_error_unnamed", "create", "error format",
            "a create refused for a value that is not an integer does not name the parameter",
            MutateErrors(NarrowMutations.IntegerTypeErrorUnnamed, "create")),
        new("update.integer_error_unnamed", "list/update", "error format",
            "a list or update refused for a value that is not an integer does not name the parameter",
            MutateErrors(NarrowMutations.ParamDroppedForCode("parameter_invalid_integer"), "list", "update")),
        new("update.unknown_id_api_error", "update/expire/void", "error format",
            "an unknown id on update, expire or void is reported as api_error",
            MutateErrors(NarrowMutations.MissingAsApiError, "update", "expire", "void")),
        new("update.refused_grant_fields_unnamed", "update", "error format",
            "refusing name, priority, category or customer on update does not name the parameter",
            MutateErrors(NarrowMutations.ParamDroppedFor("name", "priority", "category", "customer"), "update")),
        new("update.refused_amount_fields_unnamed", "update", "error format",
            "refusing amount, applicability_config or effective_at on update does not name the parameter",
            MutateErrors(
                NarrowMutations.ParamDroppedFor("amount", "applicability_config", "effective_at"), "update")),
        new("update.max_keys_unchecked", "update", "validation not enforced",
            "an update leaving more than 50 metadata keys is accepted",
            DisableRule(MetadataRules.MaxKeys, "update")),
        new("create.value_length_499", "create", "limit off by one",
            "on create, a metadata value of 500 characters is refused",
            SwapLimit(MetadataRules.ValueLength, 499, "create")),
        new("update.value_length_499", "update", "limit off by one",
            "on update, a metadata value of 500 characters is refused",
            SwapLimit(MetadataRules.ValueLength, 499, "update")),
        new("errors.no_doc_url", "all", "error format",
            "errors carry no doc_url",
            MutateErrors(e => e.Remove("doc_url"))),
        new("headers.errors_as_text", "all", "headers",
            "error answers are labelled text/plain",
            ChangeHeaders(r => r.StatusCode >= 400, r => r.ContentType = "text/plain")),
        new("headers.reads_as_text", "retrieve/list", "headers",
            "answers to GET requests are labelled text/plain",
            ChangeHeaders(r => HttpMethods.IsGet(r.HttpContext.Request.Method), r => r.ContentType = "text/plain")),
        new("headers.writes_as_text", "create/update/expire/void", "headers",
            "successful answers to POST requests are labelled text/plain",
            ChangeHeaders(
                r => HttpMethods.IsPost(r.HttpContext.Request.Method) && r.StatusCode == 200,
                r => r.ContentType = "text/plain")),
        new("retrieve.undocumented_field", "retrieve", "shape",
            "retrieve answers carry a field the API does not have",
            MutateGrants(NarrowMutations.UndocumentedField, "retrieve")),
        new("create.undocumented_field", "create/update", "shape",
            "create and update answers carry a field the API does not have",
            MutateGrants(NarrowMutations.UndocumentedField, "create", "update")),
        new("expire.undocumented_field", "expire", "shape",
            "expire answers carry a field the API does not have",
            MutateGrants(NarrowMutations.UndocumentedField, "expire")),
        new("create.priority_ignored", "create", "state",
            "priority sent on create is stored as the default, 50",
            DecorateStore(s => new StoredAs(s, g => g with { Priority = 50 }))),
        new("create.category_promotional", "create", "state",
            "category is always promotional",
            DecorateStore(s => new StoredAs(s, g => g with { Category = "promotional" }))),
        new("update.clear_all_ignored", "update", "state",
            "metadata= on update leaves the keys in place instead of clearing them",
            DecorateStore(s => new WritesRewritten<UpdateWrite>(s, NarrowMutations.ClearAllIgnored))),
        new("retrieve.voided_at_hidden", "retrieve", "state",
            "retrieve shows voided_at null on a voided grant",
            MutateGrants(g => g["voided_at"] = null, "retrieve")),
        new("retrieve.passed_expiry_hidden", "retrieve", "state",
            "retrieve shows no expires_at on a grant whose expiry has passed",
            MutateGrants(NarrowMutations.PassedExpiryHidden, "retrieve")),
        new("create.value_float32", "create", "state",
            "amount[monetary][value] is stored as a 32-bit float: values beyond 2^24 round",
            DecorateStore(s => new StoredAs(s, NarrowMutations.ValueAsFloat32))),
        new("create.metadata_ampersand_escaped", "create", "state",
            "metadata values are stored with \"&\" still form-escaped",
            DecorateStore(s => new StoredAs(s, NarrowMutations.AmpersandsKeptEscaped))),
        new("expire.expires_at_an_hour_early", "expire", "timestamps",
            "expire sets expires_at an hour before the time of the request",
            DecorateStore(s => new WritesRewritten<ExpireWrite>(
                s, AdjustedWrite.Of<ExpireWrite>((_, after) => after with { ExpiresAt = after.ExpiresAt - 3600 })))),
        new("errors.doc_url_generic", "all", "error format",
            "doc_url points at the list of error codes, not at the page of the error's code",
            MutateErrors(e => e["doc_url"] = "https://stripe.com/docs/error-codes")),

        // Requests at every limit at once (issue 19): a large but valid body must be served.
        new("requests.body_over_16_kib_refused", "create/update", "request size",
            "request bodies over 16 KiB, a common server default, are refused with 413",
            AtEdge(EdgeStage.BeforeAuthentication, EdgeHooks.BodiesOver(16 * 1024))),

        // Requests whose acceptance is assumed, accepted with a wrong answer: what an accepted answer says is
        // documented, so each fails its check although refusing the request is only an assumption (issue 19).
        new("void.twice_accepted_as_unvoid", "void", "wrong field value",
            "voiding a voided grant is accepted and un-voids it (a toggle): voided_at null",
            Combine(
                DisableRule(TransitionRules.VoidVoided),
                RewriteWrites<VoidWrite>((before, after) =>
                    before.VoidedAt is null ? after : after with { VoidedAt = null }))),
        new("void.expired_accepted_unchanged", "void", "wrong field value",
            "voiding an expired grant is accepted and answers it unchanged, voided_at null",
            ForgiveRule(TransitionRules.VoidExpired)),
        new("expire.twice_accepted_as_unexpire", "expire", "wrong field value",
            "expiring an expired grant is accepted and clears its expires_at (a toggle)",
            Combine(
                DisableRule(TransitionRules.ExpireExpired),
                RewriteWrites<ExpireWrite>((before, after) =>
                    before.IsExpired(after.Updated) ? after with { ExpiresAt = null } : after))),
        new("update.expired_expiry_accepted_unapplied", "update", "wrong field value",
            "a new expires_at for an expired grant is accepted and answered, but the old one is kept",
            Combine(
                DisableRule(UpdateRules.ExpiryOfExpired),
                RewriteWrites<UpdateWrite>((before, after) =>
                    before.IsExpired(after.Updated) ? after with { ExpiresAt = before.ExpiresAt } : after))),
        new("update.voided_metadata_accepted_unapplied", "update", "wrong field value",
            "a metadata update of a voided grant is answered 200 with the grant unchanged",
            RewriteWrites<UpdateWrite>((before, after) => before.VoidedAt is null ? after : before)),

        // Races: each fault holds its requests for a database's latency between the read and the write, so the checks
        // that send at once catch it whatever the scheduler does.
        new("idempotency.check_then_act", "idempotency", "concurrency",
            "the Idempotency-Key is looked up but not claimed: requests with one key that arrive before the first "
                + "saved its answer each create a grant",
            Combine(
                DecorateIdempotency(s => new KeysLookedUpNotClaimed(s)),
                AtEdge(EdgeStage.BeforeEndpoint, RaceSeams.Slowed("create")))),
        new("grant.lost_update", "update/expire/void", "concurrency",
            "update, expire and void write back the grant as they read it on arrival, without a lock: concurrent "
                + "writes overwrite each other",
            Combine(
                AtEdge(EdgeStage.BeforeEndpoint, StaleWrites.ReadThenWaitAsync),
                DecorateStore(s => new StaleWrites.Store(s)))),

        new("clocks_and_ledger.unexpandable_accepted",
            "test_clock_create/test_clock_advance/test_clock_list/balance_summary/balance_transaction_list",
            "validation not enforced",
            "test clock and credit balance requests asking to expand a field that cannot be expanded are answered",
            DisableRuleIn(
                ParamRules.ExpandablePaths,
                "test_clock_create",
                "test_clock_advance",
                "test_clock_list",
                "balance_summary",
                "balance_transaction_list")),
        new("test_clock_create.unknown_customer_accepted", "test_clock_create", "validation not enforced",
            "a test clock created for a customer that does not exist is created, with no customer",
            DisableRule(TestClockRules.CustomerExists)),
        new("test_clock_list.cursors_unchecked", "test_clock_list", "validation not enforced",
            "a list of test clocks takes starting_after and ending_before together, and cursors naming no clock",
            DisablePageRules(ApiOperation.ListTestClocks.Label, "test clock", ".cursors_exclusive", ".cursor_exists")),
    ];

    private static FaultSeam RewriteWrites<TWrite>(Func<CreditGrant, CreditGrant, CreditGrant> adjust)
        where TWrite : GrantWrite =>
        DecorateStore(s => new WritesRewritten<TWrite>(s, AdjustedWrite.Of<TWrite>(adjust)));
}
