using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Fixtures;
using CreditGrantConformance.Suite.Properties;
using FsCheck.Experimental;

namespace CreditGrantConformance.Checks.Properties;

public sealed class LifecycleProperties : CreditGrantTest
{
    [Test]
    [RequiresState]
    [Check("property.lifecycle_matches_the_model", Provenance.Documented, Categories.State,
        "Any sequence of create, update, expire, void, retrieve and list leaves the target holding what the documented rules say (API reference; billing credits guide: a voided grant can still be expired)")]
    public void Any_sequence_of_calls_leaves_the_target_in_the_state_of_the_model()
    {
        var machine = new LifecycleMachine(() => new LifecycleTarget(Api, CreateCustomerAsync().GetAwaiter().GetResult(), Settings.RunId));

        PropertyRunner.Check(Settings, StateMachine.ToProperty(machine));
    }
}
