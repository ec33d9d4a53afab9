namespace Activepieces.Emulator.Services.Users;

/// <summary>The <c>UserStatus</c> values of <c>@activepieces/shared</c>; every emulated user is active.</summary>
internal static class UserStatuses
{
    /// <summary>An active user.</summary>
    public const string Active = "ACTIVE";
}
