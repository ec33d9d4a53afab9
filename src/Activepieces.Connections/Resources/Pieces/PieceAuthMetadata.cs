using System.Text.Json;

namespace Activepieces;

/// <summary>One auth definition of a piece (a piece may declare several, at most one per type).</summary>
public sealed class PieceAuthMetadata
{
    /// <summary>The wire type: <c>SECRET_TEXT</c>, <c>BASIC_AUTH</c>, <c>CUSTOM_AUTH</c> or <c>OAUTH2</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the auth is required.</summary>
    public bool Required { get; init; }

    /// <summary>The CUSTOM_AUTH (or OAuth2) prop names, in declaration order.</summary>
    public IReadOnlyList<string> PropNames { get; init; } = [];

    /// <summary>The complete definition as JSON.</summary>
    public JsonElement Definition { get; init; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"PieceAuthMetadata {{ Type = {Type}, Required = {Required}, PropNames = [{string.Join(", ", PropNames)}] }}";
}
