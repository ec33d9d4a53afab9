using Activepieces;

namespace Gelato.Backend.Tests.Validation;

/// <summary>
/// The sample rejects an org id exactly when the library would: both apply <see cref="ExternalProjectIdRule"/>, so a
/// request the sample accepts never fails later in the library with an <see cref="ArgumentException"/>.
/// </summary>
public sealed class OrgIdValidationTests
{
    public static TheoryData<string, bool> OrgIds() => new()
    {
        { "org_1234", true },
        { "acme.com", true },
        { "A-b_c.9", true },
        { new string('a', 128), true },
        { new string('a', 129), false },
        { "org/1", false },
        { "org 1", false },
        { "org'1", false },
        { "org\u00e91", false },
        { ".", false },
        { "..", false },
        { "...", true },
    };

    [Theory]
    [MemberData(nameof(OrgIds))]
    public void The_sample_and_the_library_accept_the_same_org_ids(string orgId, bool valid)
    {
        var errors = EmbedTokenRequestValidator.Validate(new EmbedTokenRequest(orgId, "u1", "Ada", "L"));
        Assert.Equal(valid, !errors.ContainsKey("orgId"));
        Assert.Equal(valid, ExternalProjectIdRule.IsValid(orgId));
        Assert.Equal(valid, Record.Exception(() => GelatoConnection.ExternalIdFor(orgId)) is null);
        if (!valid)
        {
            var message = Assert.Single(errors["orgId"]);
            Assert.StartsWith("The org id ", message, StringComparison.Ordinal);
            Assert.Contains("1 to 128 letters", message, StringComparison.Ordinal);
        }
    }
}
