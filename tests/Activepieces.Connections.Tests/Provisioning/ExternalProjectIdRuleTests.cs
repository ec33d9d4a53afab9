using Activepieces.Tests.Support;

namespace Activepieces.Tests.Provisioning;

/// <summary>
/// The org-id rule (<see cref="ExternalProjectIdRule"/>, the server's safe pattern): its cases, its messages, and that
/// every public method that takes an org id applies it before any request.
/// </summary>
public sealed class ExternalProjectIdRuleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Valid() => ["org_1234", "acme.com", "A-b_c.9", "...", "0", new string('z', 128)];

    public static TheoryData<string, string> Invalid() => new()
    {
        { "", "is empty" },
        { new string('z', 129), "is 129 characters long" },
        { ".", "must not be '.' or '..'" },
        { "..", "must not be '.' or '..'" },
        { "org/1", "has '/' (U+002F) at index 3" },
        { "org 1", "has (U+0020) at index 3" },
        { "org'1", "has ''' (U+0027) at index 3" },
        { "org\t1", "has (U+0009) at index 3" },
        { "org\u00e91", "has '\u00e9' (U+00E9) at index 3" },
        { "org:1", "has ':' (U+003A) at index 3" },
        { "org%2F1", "has '%' (U+0025) at index 3" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Ids_of_the_safe_pattern_are_valid(string id)
    {
        Assert.True(ExternalProjectIdRule.IsValid(id));
        Assert.Null(ExternalProjectIdRule.GetProblem(id));
        Assert.Matches(ExternalProjectIdRule.Pattern, id);
        ExternalProjectIdRule.ThrowIfInvalid(id);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Other_ids_are_invalid_with_a_message_that_says_why_and_names_the_argument(string id, string problem)
    {
        Assert.False(ExternalProjectIdRule.IsValid(id));
        Assert.DoesNotMatch(ExternalProjectIdRule.Pattern, id);
        Assert.StartsWith(problem, ExternalProjectIdRule.GetProblem(id), StringComparison.Ordinal);

        var orgId = id;
        var error = Assert.Throws<ArgumentException>(() => ExternalProjectIdRule.ThrowIfInvalid(orgId));
        Assert.Equal("orgId", error.ParamName);
        Assert.StartsWith("The org id (project external id) " + problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 128 letters (A-Z, a-z), digits, '.', '_' or '-', and not '.' or '..'", error.Message, StringComparison.Ordinal);
        if (id.Length > 2)
        {
            Assert.DoesNotContain(id, error.Message, StringComparison.Ordinal); // the field is named, the value is not repeated
        }
    }

    [Fact]
    public void A_null_id_is_an_argument_null_exception()
    {
        Assert.False(ExternalProjectIdRule.IsValid(null));
        Assert.Equal("is required", ExternalProjectIdRule.GetProblem(null));
        Assert.Equal("externalProjectId", Assert.Throws<ArgumentNullException>(() => TestData.Gelato.ExternalIdFor(null!)).ParamName);
    }

    [Theory]
    [InlineData("org/1")]
    [InlineData("org 1")]
    [InlineData("")]
    [InlineData("..")]
    public async Task Every_method_that_takes_an_org_id_rejects_a_bad_one_before_any_request(string orgId)
    {
        var handler = new FakeHttpHandler(_ => throw new InvalidOperationException("no request may be sent"));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var value = new SecretTextValue("gk-secret");
        var descriptor = new PredefinedConnectionDescriptor("@activepieces/piece-openai", AuthType.SecretText, "openai_", "OpenAI");

        var calls = new (string Name, string Parameter, Func<Task> Call)[]
        {
            ("ExternalIdFor", "externalProjectId", () => Task.FromResult(descriptor.ExternalIdFor(orgId))),
            ("Projects.GetByExternalIdAsync", "externalId", () => client.Projects.GetByExternalIdAsync(orgId, Ct)),
            ("Projects.GetOrCreateAsync", "externalId", () => client.Projects.GetOrCreateAsync(orgId, cancellationToken: Ct)),
            ("Projects.CreateAsync", "request.ExternalId", () => client.Projects.CreateAsync(new CreateProjectRequest { DisplayName = "Acme", ExternalId = orgId }, Ct)),
            ("Projects.UpdateAsync", "request.ExternalId", () => client.Projects.UpdateAsync("p1", new UpdateProjectRequest { ExternalId = orgId }, Ct)),
            ("Projects.OffboardAsync", "externalProjectId", () => client.Projects.OffboardAsync(orgId, Ct)),
            ("PredefinedConnections.CreateAsync", "externalProjectId", () => client.PredefinedConnections.CreateAsync(descriptor, orgId, value, Ct)),
            ("PredefinedConnections.EnsureAsync", "externalProjectId", () => client.PredefinedConnections.EnsureAsync(descriptor, orgId, value, Ct).AsTask()),
            ("PredefinedConnections.GetAsync", "externalProjectId", () => client.PredefinedConnections.GetAsync(descriptor, orgId, Ct)),
            ("PredefinedConnections.DeleteAsync", "externalProjectId", () => client.PredefinedConnections.DeleteAsync(descriptor, orgId, Ct)),
            ("PredefinedConnections.DiagnoseAsync", "externalProjectId", () => client.PredefinedConnections.DiagnoseAsync(descriptor, orgId, Ct)),
        };

        foreach (var (name, parameter, call) in calls)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(call);
            Assert.True(parameter == error.ParamName, $"{name} named '{error.ParamName}'");
            Assert.StartsWith("The org id (project external id) ", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Sync_fails_an_item_with_a_bad_org_id_before_any_request_for_it()
    {
        var handler = new FakeHttpHandler(_ => throw new InvalidOperationException("no request may be sent"));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var descriptor = new PredefinedConnectionDescriptor("@activepieces/piece-openai", AuthType.SecretText, "openai_", "OpenAI");

        var result = await client.PredefinedConnections.SyncAsync(
            descriptor,
            [("org/1", new SecretTextValue("gk-1")), ("org 2", new SecretTextValue("gk-2"))],
            cancellationToken: Ct);

        Assert.Equal(0, result.Succeeded);
        Assert.Equal(["org 2", "org/1"], result.Failed.Select(f => f.ExternalProjectId).Order(StringComparer.Ordinal));
        Assert.All(result.Failed, f => Assert.Equal("externalProjectId", Assert.IsType<ArgumentException>(f.Error).ParamName));
        Assert.Empty(handler.Requests);
    }
}
