
namespace Activepieces;

/// <summary>The body of <c>POST /v1/global-connections</c> (an upsert keyed by <see cref="ExternalId"/>).</summary>
public sealed class GlobalConnectionUpsertRequest
{
    /// <summary>The external id pieces pass to <c>connections.get</c>. Required here: without it every call would create a new connection.</summary>
    public required string ExternalId { get; init; }

    /// <summary>The display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The piece's npm package name, e.g. <c>@activepieces/piece-gelato</c>.</summary>
    public required string PieceName { get; init; }

    /// <summary>The credential; its <see cref="IConnectionValue.AuthType"/> is the connection type.</summary>
    public required IConnectionValue Value { get; init; }

    /// <summary>The projects allowed to use the connection (a superset of the stored list creates a second row).</summary>
    public required IReadOnlyList<string> ProjectIds { get; init; }

    /// <summary>A pinned piece version (semver), or null for the latest.</summary>
    public string? PieceVersion { get; init; }

    /// <summary>Whether new projects get the connection pre-selected.</summary>
    public bool? PreSelectForNewProjects { get; init; }

    /// <summary>Prints the names only, never the value.</summary>
    /// <returns>A redacted description.</returns>
    public override string ToString() => $"GlobalConnectionUpsertRequest {{ ExternalId = {ExternalId}, PieceName = {PieceName}, Value = *** }}";
}
