namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>
/// The <c>AppConnectionType</c> values of <c>@activepieces/shared</c>, and <see cref="Placeholder"/>, the request type of
/// <c>POST /v1/app-connections</c> that is stored as <see cref="NoAuth"/>.
/// </summary>
internal static class AppConnectionTypes
{
    /// <summary><c>{type, secret_text}</c>.</summary>
    public const string SecretText = "SECRET_TEXT";

    /// <summary>An OAuth2 app of the user's own.</summary>
    public const string OAuth2 = "OAUTH2";

    /// <summary>Activepieces' cloud OAuth2 app.</summary>
    public const string CloudOAuth2 = "CLOUD_OAUTH2";

    /// <summary>The platform's OAuth2 app.</summary>
    public const string PlatformOAuth2 = "PLATFORM_OAUTH2";

    /// <summary><c>{type, username, password}</c>.</summary>
    public const string BasicAuth = "BASIC_AUTH";

    /// <summary><c>{type, props}</c>.</summary>
    public const string CustomAuth = "CUSTOM_AUTH";

    /// <summary><c>{type, props}</c> of an OpenID Connect auth.</summary>
    public const string Oidc = "OIDC";

    /// <summary><c>{type}</c>: no credentials (what a placeholder stores).</summary>
    public const string NoAuth = "NO_AUTH";

    /// <summary>The placeholder request type of the app-connection controller; never stored.</summary>
    public const string Placeholder = "PLACEHOLDER";

    /// <summary>Whether <paramref name="type"/> is an OAuth2 type (its code is claimed into a token).</summary>
    public static bool IsOAuth2(string type) => type is OAuth2 or CloudOAuth2 or PlatformOAuth2;
}
