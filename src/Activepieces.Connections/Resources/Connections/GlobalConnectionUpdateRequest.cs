
namespace Activepieces;

/// <summary>The body of <c>POST /v1/global-connections/:id</c>; the credential value cannot be changed here (upsert instead).</summary>
public sealed class GlobalConnectionUpdateRequest
{
    /// <summary>The display name (required, not empty).</summary>
    public required string DisplayName { get; init; }

    /// <summary>Replaces the list of projects allowed to use the connection, if not null.</summary>
    public IReadOnlyList<string>? ProjectIds { get; init; }

    /// <summary>Whether new projects get the connection pre-selected, if not null.</summary>
    public bool? PreSelectForNewProjects { get; init; }
}
