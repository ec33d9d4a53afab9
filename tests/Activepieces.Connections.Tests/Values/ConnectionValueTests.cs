using System.Text;
using System.Text.Json;

namespace Activepieces.Tests.Values;

public sealed class ConnectionValueTests
{
    private static string Write(IConnectionValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            value.WriteValue(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void SecretText_writes_secret_text() =>
        Assert.Equal("""{"type":"SECRET_TEXT","secret_text":"s3cr3t"}""", Write(new SecretTextValue("s3cr3t")));

    [Fact]
    public void BasicAuth_writes_username_and_password() =>
        Assert.Equal("""{"type":"BASIC_AUTH","username":"u","password":"p"}""", Write(new BasicAuthValue("u", "p")));

    [Fact]
    public void CustomAuth_writes_props_as_raw_json_values() =>
        Assert.Equal(
            """{"type":"CUSTOM_AUTH","props":{"host":"db","port":3306,"ssl":true,"ratio":0.5,"tags":["a","b"],"extra":{"x":1},"none":null}}""",
            Write(new CustomAuthValue(("host", "db"), ("port", 3306), ("ssl", true), ("ratio", 0.5), ("tags", new[] { "a", "b" }),
                ("extra", ConnectionPropValue.FromRawJson("""{"x":1}""")), ("none", ConnectionPropValue.Null))));

    [Fact]
    public void OAuth2_writes_snake_case_fields() =>
        Assert.Equal(
            """{"type":"OAUTH2","client_id":"cid","code":"c0de","scope":"read","code_challenge":"ver","authorization_method":"BODY","props":{"region":"eu"},"client_secret":"csecret","redirect_url":"https://app/cb","grant_type":"client_credentials"}""",
            Write(new OAuth2Value("cid", "csecret", "c0de", "https://app/cb", "read")
            {
                CodeChallenge = "ver",
                AuthorizationMethod = OAuth2AuthorizationMethod.Body,
                GrantType = OAuth2GrantType.ClientCredentials,
                Props = new ConnectionProps(("region", "eu")),
            }));

    [Fact]
    public void CloudOAuth2_writes_no_secret_or_redirect() =>
        Assert.Equal("""{"type":"CLOUD_OAUTH2","client_id":"cid","code":"c0de","scope":""}""", Write(new CloudOAuth2Value("cid", "c0de", "")));

    [Fact]
    public void PlatformOAuth2_writes_redirect_url() =>
        Assert.Equal(
            """{"type":"PLATFORM_OAUTH2","client_id":"cid","code":"c0de","scope":"s","authorization_method":"HEADER","redirect_url":"https://app/cb"}""",
            Write(new PlatformOAuth2Value("cid", "c0de", "https://app/cb", "s") { AuthorizationMethod = OAuth2AuthorizationMethod.Header }));

    [Fact]
    public void NoAuth_writes_type_only() => Assert.Equal("""{"type":"NO_AUTH"}""", Write(NoAuthValue.Instance));

    [Fact]
    public void ToString_never_prints_secrets()
    {
        IConnectionValue[] values =
        [
            new SecretTextValue("SECRET1"),
            new BasicAuthValue("SECRET1", "SECRET2"),
            new CustomAuthValue(("password", "SECRET1"), ("pin", 424242)),
            new OAuth2Value("cid", "SECRET1", "SECRET2", "https://r", "s") { CodeChallenge = "SECRET3", Props = new ConnectionProps(("k", "SECRET4")) },
            new CloudOAuth2Value("cid", "SECRET1", "s") { CodeChallenge = "SECRET3" },
            new PlatformOAuth2Value("cid", "SECRET1", "https://r", "s") { Props = new ConnectionProps(("k", "SECRET4")) },
        ];
        foreach (var value in values)
        {
            var text = value.ToString()!;
            Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
            Assert.DoesNotContain("424242", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Values_compare_by_content()
    {
        Assert.Equal(new SecretTextValue("a"), new SecretTextValue("a"));
        Assert.NotEqual(new SecretTextValue("a"), new SecretTextValue("b"));
        Assert.Equal(new CustomAuthValue(("a", 1), ("b", "x")), new CustomAuthValue(("b", "x"), ("a", 1)));
        Assert.NotEqual(new CustomAuthValue(("a", 1)), new CustomAuthValue(("a", 2)));
        Assert.Equal(new CustomAuthValue(("a", 1)).GetHashCode(), new CustomAuthValue(("a", 1)).GetHashCode());
        Assert.Equal(
            new OAuth2Value("c", "s", "k", "r", "x") { Props = new ConnectionProps(("a", "1")) },
            new OAuth2Value("c", "s", "k", "r", "x") { Props = new ConnectionProps(("a", "1")) });
    }

    [Fact]
    public void Required_fields_are_checked()
    {
        Assert.Equal("secretText", Assert.ThrowsAny<ArgumentException>(() => new SecretTextValue("")).ParamName);
        Assert.Equal("password", Assert.ThrowsAny<ArgumentException>(() => new BasicAuthValue("u", "")).ParamName);
        Assert.Equal("redirectUrl", Assert.ThrowsAny<ArgumentException>(() => new PlatformOAuth2Value("c", "k", "", "s")).ParamName);
        Assert.Throws<ArgumentException>(() => new CustomAuthValue(("a", 1), ("a", 2)));
        Assert.Throws<ArgumentException>(() => ConnectionPropValue.FromRawJson("{not json"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConnectionPropValue.FromDouble(double.NaN));
    }

    [Theory]
    [InlineData(AuthType.SecretText, "SECRET_TEXT")]
    [InlineData(AuthType.BasicAuth, "BASIC_AUTH")]
    [InlineData(AuthType.CustomAuth, "CUSTOM_AUTH")]
    [InlineData(AuthType.OAuth2, "OAUTH2")]
    [InlineData(AuthType.CloudOAuth2, "CLOUD_OAUTH2")]
    [InlineData(AuthType.PlatformOAuth2, "PLATFORM_OAUTH2")]
    [InlineData(AuthType.NoAuth, "NO_AUTH")]
    public void Wire_names_round_trip(AuthType type, string wire)
    {
        Assert.Equal(wire, type.ToWireName());
        Assert.True(AuthTypeExtensions.TryParseWireName(wire, out var parsed));
        Assert.Equal(type, parsed);
    }
}
