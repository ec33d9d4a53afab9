using System.Text;
using System.Text.Json.Nodes;
using Activepieces.Benchmarks.RequestBodies;

namespace Activepieces.Benchmarks.Tests.RequestBodies;

/// <summary>The request-body benchmarks compare equal work: every variant writes the same bytes, and the body is the one the server expects.</summary>
public sealed class RequestBodyTests
{
    [Fact]
    public void Every_variant_writes_the_same_bytes()
    {
        var variants = UpsertBodies.AllVariants();

        Assert.Equal(4, variants.Count);
        Assert.All(variants, variant => Assert.Equal(variants["generated"], variant.Value));
    }

    [Fact]
    public void The_generated_body_is_the_global_connection_upsert_with_six_props()
    {
        var body = JsonNode.Parse(Encoding.UTF8.GetString(UpsertBodies.Generated()))!;

        Assert.Equal(("gelato_org_1234", "PLATFORM", "CUSTOM_AUTH"), ((string?)body["externalId"], (string?)body["scope"], (string?)body["type"]));
        Assert.Equal(6, body["value"]!["props"]!.AsObject().Count);
        Assert.Equal(30, (int)body["value"]!["props"]!["timeoutSeconds"]!);
    }
}
