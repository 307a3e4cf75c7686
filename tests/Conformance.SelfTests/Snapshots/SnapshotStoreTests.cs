using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Json;
using CreditGrantConformance.Suite.Failures;
using CreditGrantConformance.Suite.Snapshots;

namespace CreditGrantConformance.SelfTests.Snapshots;

public sealed class SnapshotStoreTests
{
    private string directory = "";

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("snapshots").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void A_shape_keeps_types_and_nulls_sorts_keys_and_drops_values()
    {
        var shape = ShapeSnapshot.Of(JsonNode.Parse(
            """{"z":1,"a":"credgr_test_123","n":null,"list":[{"id":"x"},{"id":"y"}],"ok":true,"m":{}}"""));

        Assert.That(
            shape.ToJsonString(),
            Is.EqualTo("""{"a":"string","list":[{"id":"string"}],"m":{},"n":"null","ok":"boolean","z":"integer"}"""));
    }

    [Test]
    public void A_mismatch_writes_the_received_file_and_fails_with_a_diff()
    {
        var store = new SnapshotStore(directory, accept: false);
        File.WriteAllText(store.VerifiedPath("op.check"), """{"created":"integer","name":"null"}""");

        var failure = Assert.Throws<CheckFailedException>(() =>
            store.Verify("op.check", JsonNode.Parse("""{"created":"string","extra":"integer"}""")!));

        Assert.Multiple(() =>
        {
            Assert.That(
                failure!.Message,
                Does.Contain("~ /created: integer → string")
                    .And.Contain("- /name: null")
                    .And.Contain("+ /extra: integer"));
            Assert.That(File.Exists(store.ReceivedPath("op.check")), Is.True);
        });
    }

    [Test]
    public void Accepting_overwrites_the_verified_file_and_removes_the_received_one()
    {
        var store = new SnapshotStore(directory, accept: true);
        File.WriteAllText(store.ReceivedPath("op.check"), "{}");

        store.Verify("op.check", JsonNode.Parse("""{"id":"string"}""")!);

        Assert.Multiple(() =>
        {
            Assert.That(
                JsonNode.Parse(File.ReadAllText(store.VerifiedPath("op.check")))!["id"]!.ToString(),
                Is.EqualTo("string"));
            Assert.That(File.Exists(store.ReceivedPath("op.check")), Is.False);
        });
    }

    [Test]
    public void A_first_run_without_a_verified_file_fails_and_leaves_the_received_one()
    {
        var store = new SnapshotStore(directory, accept: false);

        Assert.Throws<CheckFailedException>(() => store.Verify("new.check", JsonNode.Parse("{}")!));
        Assert.That(File.Exists(store.ReceivedPath("new.check")), Is.True);
    }

    [Test]
    public void The_shipped_snapshots_are_shapes()
    {
        var files = Directory.GetFiles(
            Path.Combine(AppContext.BaseDirectory, "fixtures", "snapshots"), "*.verified.json");
        var types = new[] { "string", "integer", "number", "boolean", "null" };

        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Length.GreaterThanOrEqualTo(7));
            foreach (var file in files)
            {
                Assert.That(
                    ShapeSnapshot.Leaves(JsonNode.Parse(File.ReadAllText(file))!).Values,
                    Is.All.AnyOf(types.Append("{}").Append("[]").Append("map of string").ToArray()),
                    file);
            }
        });
    }
}
