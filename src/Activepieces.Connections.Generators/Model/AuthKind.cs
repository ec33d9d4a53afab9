namespace Activepieces.Connections.Generators.Model;

/// <summary>
/// The generator's copy of <c>Activepieces.AuthType</c> (same names and values: the attribute argument is read as its
/// integer value, because the generator does not reference the runtime assembly).
/// </summary>
internal enum AuthKind
{
    /// <summary><c>SECRET_TEXT</c>.</summary>
    SecretText = 0,

    /// <summary><c>BASIC_AUTH</c>.</summary>
    BasicAuth = 1,

    /// <summary><c>CUSTOM_AUTH</c>.</summary>
    CustomAuth = 2,

    /// <summary><c>OAUTH2</c>.</summary>
    OAuth2 = 3,

    /// <summary><c>CLOUD_OAUTH2</c>.</summary>
    CloudOAuth2 = 4,

    /// <summary><c>PLATFORM_OAUTH2</c>.</summary>
    PlatformOAuth2 = 5,

    /// <summary><c>NO_AUTH</c>.</summary>
    NoAuth = 6,
}
