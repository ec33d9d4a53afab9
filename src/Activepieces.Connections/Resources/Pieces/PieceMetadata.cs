using System.Text.Json;
using System.Text.Json.Serialization;

namespace Activepieces;

/// <summary>A piece's metadata (<c>GET /v1/pieces/{name}</c>), trimmed to what connection provisioning needs.</summary>
public sealed class PieceMetadata
{
    /// <summary>The npm package name.</summary>
    public required string Name { get; init; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The version.</summary>
    public required string Version { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The raw <c>auth</c>: an object, an array of objects, or absent.</summary>
    public JsonElement? Auth { get; init; }

    /// <summary>The auth definitions, normalized to a list (empty when the piece needs no auth).</summary>
    [JsonIgnore]
    public IReadOnlyList<PieceAuthMetadata> Auths { get; internal set; } = [];

    /// <inheritdoc/>
    public override string ToString() =>
        $"PieceMetadata {{ Name = {Name}, Version = {Version}, Auths = [{string.Join(", ", Auths.Select(auth => auth.Type))}] }}";
}
