namespace Activepieces.Values;

/// <summary>Which auth types carry a single-use OAuth authorization code that the server exchanges on upsert.</summary>
internal static class OAuthCodes
{
    /// <summary>
    /// True for <c>OAUTH2</c>, <c>CLOUD_OAUTH2</c> and <c>PLATFORM_OAUTH2</c>: every upsert claims its <c>code</c> at the
    /// token URL, and the same code again fails with 400 <c>INVALID_CLAIM</c>, even when the first upsert succeeded.
    /// </summary>
    public static bool CarriesOAuthCode(this AuthType authType) =>
        authType is AuthType.OAuth2 or AuthType.CloudOAuth2 or AuthType.PlatformOAuth2;
}
