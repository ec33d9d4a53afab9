namespace Activepieces;

/// <summary>Converts <see cref="AuthType"/> to and from its Activepieces wire name (<c>SECRET_TEXT</c>, …).</summary>
public static class AuthTypeExtensions
{
    /// <summary>The wire name of an auth type, e.g. <c>CUSTOM_AUTH</c>.</summary>
    /// <param name="authType">The auth type.</param>
    /// <returns>The string the REST API uses in <c>type</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="authType"/> is not a defined value.</exception>
    public static string ToWireName(this AuthType authType) =>
        AuthTypeWireNames.Of(authType) ?? throw new ArgumentOutOfRangeException(nameof(authType), authType, "Unknown auth type.");

    /// <summary>Parses a wire name such as <c>CUSTOM_AUTH</c>.</summary>
    /// <param name="wireName">The wire name.</param>
    /// <param name="authType">The auth type when this returns true.</param>
    /// <returns>Whether <paramref name="wireName"/> is a known auth type.</returns>
    public static bool TryParseWireName(string? wireName, out AuthType authType) => AuthTypeWireNames.TryParse(wireName, out authType);
}
