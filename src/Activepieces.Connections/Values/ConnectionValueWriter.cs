using System.Text.Json;

namespace Activepieces;

/// <summary>The JSON writing shared by the built-in connection values (snake_case fields inside <c>value</c>).</summary>
internal static class ConnectionValueWriter
{
    public static void WriteStart(Utf8JsonWriter writer, AuthType authType)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("type", authType.ToWireName());
    }

    /// <summary>Writes a whole value whose only field is <c>props</c> (CUSTOM_AUTH, OIDC).</summary>
    public static void WritePropsOnly(Utf8JsonWriter writer, AuthType authType, ConnectionProps props)
    {
        WriteStart(writer, authType);
        writer.WritePropertyName("props");
        props.WriteTo(writer);
        writer.WriteEndObject();
    }

    public static void WriteOAuthCommon(
        Utf8JsonWriter writer,
        string clientId,
        string code,
        string scope,
        string? codeChallenge,
        OAuth2AuthorizationMethod? authorizationMethod,
        ConnectionProps? props)
    {
        writer.WriteString("client_id", clientId);
        writer.WriteString("code", code);
        writer.WriteString("scope", scope);
        if (codeChallenge is not null)
        {
            writer.WriteString("code_challenge", codeChallenge);
        }

        if (authorizationMethod is { } method)
        {
            writer.WriteString("authorization_method", method == OAuth2AuthorizationMethod.Header ? "HEADER" : "BODY");
        }

        if (props is not null)
        {
            writer.WritePropertyName("props");
            props.WriteTo(writer);
        }
    }

    public static string Required(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, paramName);
        return value;
    }
}
