namespace Activepieces;

/// <summary>The wire name of each <see cref="AuthType"/> (the <c>type</c> of an app connection and of its <c>value</c>).</summary>
internal static class AuthTypeWireNames
{
    /// <summary>Every defined auth type, in value order.</summary>
    public static readonly AuthType[] All =
    {
        AuthType.SecretText,
        AuthType.BasicAuth,
        AuthType.CustomAuth,
        AuthType.OAuth2,
        AuthType.CloudOAuth2,
        AuthType.PlatformOAuth2,
        AuthType.NoAuth,
        AuthType.Oidc,
    };

    /// <summary>The wire name of <paramref name="authType"/>, e.g. <c>CUSTOM_AUTH</c>; null when it is not a defined value.</summary>
    /// <param name="authType">The auth type.</param>
    /// <returns>The wire name, or null.</returns>
    public static string? Of(AuthType authType) => authType switch
    {
        AuthType.SecretText => "SECRET_TEXT",
        AuthType.BasicAuth => "BASIC_AUTH",
        AuthType.CustomAuth => "CUSTOM_AUTH",
        AuthType.OAuth2 => "OAUTH2",
        AuthType.CloudOAuth2 => "CLOUD_OAUTH2",
        AuthType.PlatformOAuth2 => "PLATFORM_OAUTH2",
        AuthType.NoAuth => "NO_AUTH",
        AuthType.Oidc => "OIDC",
        _ => null,
    };

    /// <summary>Whether <paramref name="authType"/> is a defined value.</summary>
    /// <param name="authType">The auth type, possibly cast from an integer.</param>
    /// <returns>True when it has a wire name.</returns>
    public static bool IsDefined(AuthType authType) => Of(authType) is not null;

    /// <summary>Parses a wire name such as <c>CUSTOM_AUTH</c> (ordinal, case-sensitive).</summary>
    /// <param name="wireName">The wire name.</param>
    /// <param name="authType">The auth type when this returns true.</param>
    /// <returns>Whether <paramref name="wireName"/> is a known auth type.</returns>
    public static bool TryParse(string? wireName, out AuthType authType)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Of(candidate), wireName, System.StringComparison.Ordinal))
            {
                authType = candidate;
                return true;
            }
        }

        authType = default;
        return false;
    }

    /// <summary>Whether the value of the auth type is the piece's props and nothing else: CUSTOM_AUTH and OIDC.</summary>
    /// <param name="authType">The auth type.</param>
    /// <returns>True for <see cref="AuthType.CustomAuth"/> and <see cref="AuthType.Oidc"/>.</returns>
    public static bool IsPropsOnly(AuthType authType) => authType is AuthType.CustomAuth or AuthType.Oidc;

    /// <summary>Whether the auth type is one of the three OAuth2 flavours (its metadata auth type is <c>OAUTH2</c>).</summary>
    /// <param name="authType">The auth type.</param>
    /// <returns>True for <see cref="AuthType.OAuth2"/>, <see cref="AuthType.CloudOAuth2"/> and <see cref="AuthType.PlatformOAuth2"/>.</returns>
    public static bool IsOAuth2(AuthType authType) =>
        authType is AuthType.OAuth2 or AuthType.CloudOAuth2 or AuthType.PlatformOAuth2;
}
