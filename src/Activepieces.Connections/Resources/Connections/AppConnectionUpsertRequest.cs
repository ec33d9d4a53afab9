namespace Activepieces;

/// <summary>The body of <c>POST /v1/app-connections</c> (a project-scoped upsert keyed by project and external id).</summary>
public sealed class AppConnectionUpsertRequest
{
    /// <summary>The project id.</summary>
    public required string ProjectId { get; init; }

    /// <summary>The external id pieces pass to <c>connections.get</c>.</summary>
    public required string ExternalId { get; init; }

    /// <summary>The display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The piece's npm package name.</summary>
    public required string PieceName { get; init; }

    /// <summary>The credential; its <see cref="IConnectionValue.AuthType"/> is the connection type.</summary>
    public required IConnectionValue Value { get; init; }

    /// <summary>A pinned piece version (semver), or null for the latest.</summary>
    public string? PieceVersion { get; init; }

    /// <summary>Free-form string metadata (stored for project connections).</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Prints the names only, never the value.</summary>
    /// <returns>A redacted description.</returns>
    public override string ToString() => $"AppConnectionUpsertRequest {{ ProjectId = {ProjectId}, ExternalId = {ExternalId}, PieceName = {PieceName}, Value = *** }}";
}
