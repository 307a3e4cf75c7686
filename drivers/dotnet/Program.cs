// Driver for Stripe.net, the official .NET SDK (pinned in Directory.Packages.props): reads one JSON request per line
// on stdin, makes the typed SDK call, writes one JSON answer per line on stdout. The protocol is
// docs/driver-protocol.md.
using System.Text;
using System.Text.Json.Nodes;
using Stripe;
using StripeNetDriver;

var defect = Defects.FromArguments(args);
using var clients = new Clients();
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
{
    AutoFlush = true,
    NewLine = "\n",
};

// Stripe.net cannot send another API version than the one it pins: the greeting says so, and the suite holds to it.
await output.WriteLineAsync(new JsonObject
{
    ["driver"] = "stripe-net",
    ["sdk"] = "Stripe.net",
    ["sdk_version"] = StripeConfiguration.StripeNetVersion,
    ["api_version"] = StripeConfiguration.ApiVersion,
    ["api_version_settable"] = false,
}.ToJsonString());

while (await input.ReadLineAsync() is { } line)
{
    if (string.IsNullOrWhiteSpace(line))
    {
        continue;
    }

    var request = defect(DriverRequest.Parse(line));
    var answer = new JsonObject { ["seq"] = request.Seq?.DeepClone() };
    foreach (var (name, value) in await Calls.AnswerAsync(clients, request))
    {
        answer[name] = value?.DeepClone();
    }

    await output.WriteLineAsync(answer.ToJsonString());
}
