namespace Activepieces.Emulator.Services.Users;

/// <summary>The <c>PlatformRole</c> values of <c>@activepieces/shared</c> that emulated users have.</summary>
internal static class PlatformRoles
{
    /// <summary>The platform owner (who owns what the API key creates).</summary>
    public const string Admin = "ADMIN";

    /// <summary>A user created by an embed-token exchange.</summary>
    public const string Member = "MEMBER";
}
