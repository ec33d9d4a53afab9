using Activepieces;

namespace Activepieces.Tests.Provisioning;

public sealed class PredefinedConnectionDescriptorTests
{
    private static readonly PredefinedConnectionDescriptor Gelato =
        new("@activepieces/piece-gelato", AuthType.CustomAuth, "gelato_", "Gelato Connection");

    [Fact]
    public void ExternalIdFor_prefixes_the_project_external_id() =>
        Assert.Equal("gelato_org_1234", Gelato.ExternalIdFor("org_1234"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ExternalIdFor_rejects_a_missing_project_external_id(string? externalProjectId)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Gelato.ExternalIdFor(externalProjectId!));
        Assert.Equal("externalProjectId", error.ParamName);
    }

    [Theory]
    [InlineData("gelato_org_1234", true, "org_1234")]
    [InlineData("gelato_", false, "")]
    [InlineData("other_org_1234", false, "")]
    [InlineData(null, false, "")]
    public void TryGetExternalProjectId_inverts_ExternalIdFor(string? connectionExternalId, bool expected, string expectedProject)
    {
        Assert.Equal(expected, Gelato.TryGetExternalProjectId(connectionExternalId, out var project));
        Assert.Equal(expectedProject, project);
    }
}
