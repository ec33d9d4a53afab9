namespace Activepieces.Connections.Generators.Model;

/// <summary>Facts about each <see cref="AuthKind"/>: wire name and C# member name.</summary>
internal static class AuthKinds
{
    /// <summary>Whether <paramref name="value"/> is a defined <see cref="AuthKind"/>.</summary>
    /// <param name="value">The integer value of the attribute argument.</param>
    /// <returns>True for 0 to 6.</returns>
    public static bool IsDefined(int value) => value >= (int)AuthKind.SecretText && value <= (int)AuthKind.NoAuth;

    /// <summary>The wire name (<c>type</c> of an app connection), e.g. <c>CUSTOM_AUTH</c>.</summary>
    /// <param name="kind">The auth kind.</param>
    /// <returns>The wire name.</returns>
    public static string WireName(AuthKind kind) => kind switch
    {
        AuthKind.SecretText => "SECRET_TEXT",
        AuthKind.BasicAuth => "BASIC_AUTH",
        AuthKind.CustomAuth => "CUSTOM_AUTH",
        AuthKind.OAuth2 => "OAUTH2",
        AuthKind.CloudOAuth2 => "CLOUD_OAUTH2",
        AuthKind.PlatformOAuth2 => "PLATFORM_OAUTH2",
        _ => "NO_AUTH",
    };

    /// <summary>Whether the kind is one of the three OAuth2 flavours.</summary>
    /// <param name="kind">The auth kind.</param>
    /// <returns>True for OAuth2, CloudOAuth2 and PlatformOAuth2.</returns>
    public static bool IsOAuth2(AuthKind kind) =>
        kind is AuthKind.OAuth2 or AuthKind.CloudOAuth2 or AuthKind.PlatformOAuth2;
}
