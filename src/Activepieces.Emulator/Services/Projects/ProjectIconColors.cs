namespace Activepieces.Emulator.Services.Projects;

/// <summary>The <c>ColorName</c> values a project icon may take (<c>project-requests.ts</c>).</summary>
internal static class ProjectIconColors
{
    /// <summary>Every colour, in the order of the server's enum (a new project takes one by its sequence number).</summary>
    public static readonly IReadOnlyList<string> All =
        ["RED", "BLUE", "YELLOW", "PURPLE", "GREEN", "PINK", "VIOLET", "ORANGE", "DARK_GREEN", "CYAN", "LAVENDER", "DEEP_ORANGE"];
}
