using CreditGrantConformance.Suite.Properties;
using FsCheck.Experimental;

namespace CreditGrantConformance.Checks.Properties;

public sealed class LifecycleProperties : CreditGrantTest
{
    [Check("property.lifecycle_matches_the_model", Provenance.Documented, Categories.State,
        "Any sequence of create, update, expire, void, retrieve and list leaves the target holding "
        + "what the documented rules say (a voided grant can still be expired)", Sources.BillingCredits,
        RequiresState = true)]
    public void Any_sequence_of_calls_leaves_the_target_in_the_state_of_the_model()
    {
        var watch = new CaseWatch();
        var machine = new LifecycleMachine(() => watch.Run(() =>
            new LifecycleTarget(Api, CreateCustomerAsync().GetAwaiter().GetResult(), Settings.RunId, watch)));

        PropertyRunner.Check(Check, StateMachine.ToProperty(machine), watch);
    }
}
