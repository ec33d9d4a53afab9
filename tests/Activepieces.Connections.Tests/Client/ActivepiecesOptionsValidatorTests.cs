using Activepieces.Tests.Support;

namespace Activepieces.Tests.Client;

public sealed class ActivepiecesOptionsValidatorTests
{
    [Fact]
    public void Valid_options_pass() => Assert.Null(ActivepiecesOptionsValidator.GetFailure(TestData.Options()));

    [Theory]
    [InlineData("http://localhost:5000")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("https://cloud.activepieces.com")]
    public void Https_or_loopback_http_is_accepted(string url) =>
        Assert.Null(ActivepiecesOptionsValidator.GetFailure(new ActivepiecesOptions { InstanceUrl = new Uri(url), ApiKey = TestData.ApiKey }));

    [Fact]
    public void Missing_url_names_the_field() =>
        Assert.Contains("InstanceUrl is required", ActivepiecesOptionsValidator.GetFailure(new ActivepiecesOptions { ApiKey = TestData.ApiKey }), StringComparison.Ordinal);

    [Fact]
    public void Relative_url_is_rejected() =>
        Assert.Contains("InstanceUrl must be an absolute URL", ActivepiecesOptionsValidator.GetFailure(
            new ActivepiecesOptions { InstanceUrl = new Uri("/ap", UriKind.Relative), ApiKey = TestData.ApiKey }), StringComparison.Ordinal);

    [Fact]
    public void Http_to_a_remote_host_is_rejected_unless_allowed()
    {
        var options = new ActivepiecesOptions { InstanceUrl = new Uri("http://ap.example.com"), ApiKey = TestData.ApiKey };
        Assert.Contains("AllowInsecureHttp", ActivepiecesOptionsValidator.GetFailure(options), StringComparison.Ordinal);
        options.AllowInsecureHttp = true;
        Assert.Null(ActivepiecesOptionsValidator.GetFailure(options));
    }

    [Theory]
    [InlineData("https://cloud.activepieces.com/api", "/api")]
    [InlineData("https://cloud.activepieces.com/api/", "/api")]
    [InlineData("https://ap.example.com/tools/API", "/api")]
    [InlineData("https://ap.example.com/api/v1/", "/api/v1")]
    public void An_instance_url_ending_in_the_api_path_is_rejected_with_a_message_to_drop_it(string url, string suffix)
    {
        var failure = ActivepiecesOptionsValidator.GetFailure(new ActivepiecesOptions { InstanceUrl = new Uri(url), ApiKey = TestData.ApiKey });

        Assert.Equal(
            $"ActivepiecesOptions.InstanceUrl ends with {suffix}: drop {suffix} (the client adds /api/v1 itself), e.g. https://cloud.activepieces.com.",
            failure);
    }

    [Theory]
    [InlineData("https://ap.example.com/apis")]
    [InlineData("https://ap.example.com/api-gateway/")]
    [InlineData("https://ap.example.com/activepieces/")]
    public void An_instance_url_under_another_path_is_accepted(string url) =>
        Assert.Null(ActivepiecesOptionsValidator.GetFailure(new ActivepiecesOptions { InstanceUrl = new Uri(url), ApiKey = TestData.ApiKey }));

    [Theory]
    [InlineData("https://user:SECRETPW@ap.example.com")]
    [InlineData("https://ap.example.com/?token=SECRET")]
    public void Credentials_or_query_in_the_url_are_rejected_without_echoing_them(string url)
    {
        var failure = ActivepiecesOptionsValidator.GetFailure(new ActivepiecesOptions { InstanceUrl = new Uri(url), ApiKey = TestData.ApiKey });
        Assert.NotNull(failure);
        Assert.Contains("InstanceUrl", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_key_names_the_field(string? key) =>
        Assert.Contains("ApiKey is required", ActivepiecesOptionsValidator.GetFailure(new ActivepiecesOptions { InstanceUrl = TestData.InstanceUrl, ApiKey = key }), StringComparison.Ordinal);

    [Theory]
    [InlineData("pk-SECRETSECRETSECRET")]
    [InlineData("sk-SECRET SECRET")]
    [InlineData("sk-")]
    public void Malformed_key_is_rejected_without_echoing_it(string key)
    {
        var failure = ActivepiecesOptionsValidator.GetFailure(new ActivepiecesOptions { InstanceUrl = TestData.InstanceUrl, ApiKey = key });
        Assert.NotNull(failure);
        Assert.Contains("ApiKey", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_constructor_throws_ArgumentException_naming_the_field()
    {
        var error = Assert.Throws<ArgumentException>(() => new ActivepiecesClient(new ActivepiecesOptions { ApiKey = TestData.ApiKey }));
        Assert.Contains("InstanceUrl", error.Message, StringComparison.Ordinal);
        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Options_ToString_hides_the_key() =>
        Assert.DoesNotContain(TestData.ApiKey, TestData.Options().ToString(), StringComparison.Ordinal);
}
