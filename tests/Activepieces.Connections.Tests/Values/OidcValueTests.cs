using System.Text;
using System.Text.Json;

namespace Activepieces.Tests.Values;

/// <summary>The hand-written <see cref="OidcValue"/>: <c>{"type":"OIDC","props":{…}}</c>, printed without its values.</summary>
public sealed class OidcValueTests
{
    [Fact]
    public void It_writes_the_OIDC_value_with_its_props()
    {
        var value = new OidcValue(("issuer", "https://id.acme.test"), ("clientSecret", "oidc-SECRET"), ("maxAge", 300));

        Assert.Equal(AuthType.Oidc, value.AuthType);
        Assert.Equal("OIDC", value.AuthType.ToWireName());
        Assert.Equal("""{"type":"OIDC","props":{"issuer":"https://id.acme.test","clientSecret":"oidc-SECRET","maxAge":300}}""", Write(value));
    }

    [Fact]
    public void ToString_prints_the_keys_and_never_a_value()
    {
        var value = new OidcValue(("clientSecret", "oidc-SECRET"));

        Assert.Equal("OidcValue { Props = { clientSecret } }", value.ToString());
    }

    [Fact]
    public void The_wire_name_OIDC_parses_back()
    {
        Assert.True(AuthTypeExtensions.TryParseWireName("OIDC", out var authType));
        Assert.Equal(AuthType.Oidc, authType);
    }

    private static string Write(IConnectionValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            value.WriteValue(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
