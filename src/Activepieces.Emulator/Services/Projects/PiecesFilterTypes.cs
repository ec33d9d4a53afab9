namespace Activepieces.Emulator.Services.Projects;

/// <summary>The <c>PiecesFilterType</c> values of a project plan's piece filter.</summary>
internal static class PiecesFilterTypes
{
    /// <summary>No filter: every piece is visible (the default).</summary>
    public const string None = "NONE";

    /// <summary>Only the plan's <c>pieces</c> are visible.</summary>
    public const string Allowed = "ALLOWED";
}
