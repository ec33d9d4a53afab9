namespace Activepieces.Emulator.Services.Projects;

/// <summary>The <c>ProjectType</c> values of <c>@activepieces/shared</c>; every emulated project is a team project.</summary>
internal static class ProjectTypes
{
    /// <summary>A project created through the projects API or the embed exchange.</summary>
    public const string Team = "TEAM";

    /// <summary>A user's personal project (never emulated; a valid list filter).</summary>
    public const string Personal = "PERSONAL";
}
