namespace Activepieces;

/// <summary>The body of <c>POST /v1/app-connections/:id</c>.</summary>
public sealed class AppConnectionUpdateRequest
{
    /// <summary>The display name (required, not empty).</summary>
    public required string DisplayName { get; init; }

    /// <summary>New metadata, if not null.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
