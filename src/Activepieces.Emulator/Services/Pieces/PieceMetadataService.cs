using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Identifiers;

namespace Activepieces.Emulator.Services.Pieces;

/// <summary>
/// The pieces module (<c>pieces/metadata/piece-metadata-service.ts</c>): the piece metadata the emulator serves (<c>GET /api/v1/pieces/{name}</c>) and checks connections against.
/// Thread-safe; several versions of a piece may be registered, the highest semantic version is the latest.
/// </summary>
internal sealed class PieceMetadataService
{
    /// <summary>The piece framework's <c>PropertyType.OAUTH2</c>, the <c>type</c> of an OAuth2 auth definition.</summary>
    private const string OAuth2AuthType = "OAUTH2";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<(SemanticVersion Version, string Text, JsonObject Metadata)>> _pieces = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    public PieceMetadataService(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>The metadata of a piece known only by name and version (no <c>auth</c>).</summary>
    public static string MinimalMetadata(string name, string version) =>
        new JsonObject { ["name"] = name, ["version"] = version, ["displayName"] = name }.ToJsonString();

    /// <summary>Registers a piece from its <c>GET /api/v1/pieces/{name}</c> JSON.</summary>
    /// <param name="json">The metadata; must be an object with string <c>name</c> and semver <c>version</c>.</param>
    /// <param name="origin">Where the JSON came from, for error messages.</param>
    public void Add(string json, string origin)
    {
        JsonObject metadata;
        try
        {
            metadata = JsonNode.Parse(json) as JsonObject
                ?? throw new ArgumentException($"Piece metadata from {origin} is not a JSON object.", nameof(json));
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"Piece metadata from {origin} is not valid JSON: {exception.Message}", nameof(json), exception);
        }

        var name = (metadata["name"] as JsonValue)?.TryGetValue<string>(out var n) == true ? n : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"Piece metadata from {origin} has no string \"name\".", nameof(json));
        }

        var versionText = (metadata["version"] as JsonValue)?.TryGetValue<string>(out var v) == true ? v : null;
        var version = SemanticVersion.TryParse(versionText)
            ?? throw new ArgumentException($"Piece metadata from {origin} has no semver \"version\" (got \"{versionText}\").", nameof(json));

        CompleteModel(metadata, name);
        var text = metadata.ToJsonString();
        lock (_gate)
        {
            if (!_pieces.TryGetValue(name, out var versions))
            {
                versions = [];
                _pieces[name] = versions;
            }

            versions.RemoveAll(entry => entry.Version.CompareTo(version) == 0);
            versions.Add((version, text, metadata));
            versions.Sort((left, right) => left.Version.CompareTo(right.Version));
        }
    }

    /// <summary>
    /// The metadata JSON of <paramref name="name"/> at <paramref name="version"/> (latest when null), with the actions
    /// of <paramref name="audience"/> (<c>pieces/piece-metadata-controller.ts</c>, the <c>audience</c> query):
    /// <c>human</c> (and absent) leaves out actions marked <c>audience: 'ai'</c>, <c>ai</c> those marked
    /// <c>'human'</c>, <c>all</c> none. Unmarked actions are for every audience. Text without a dropped action is served
    /// verbatim.
    /// </summary>
    /// <exception cref="ApiErrorException">404 <c>ENTITY_NOT_FOUND</c> when unknown.</exception>
    public string GetJson(string name, string? version, string audience = PieceAudiences.Human)
    {
        lock (_gate)
        {
            // List.Find answers a default tuple (null text) for a missing version, so the text decides.
            var found = Find(name, version) is { Text: not null } entry ? entry : throw ApiErrors.PieceNotFound(name, version);
            if (audience == PieceAudiences.All || found.Metadata["actions"] is not JsonObject actions)
            {
                return found.Text;
            }

            var excluded = audience == PieceAudiences.Ai ? PieceAudiences.Human : PieceAudiences.Ai;
            var dropped = actions
                .Where(action => action.Value is JsonObject definition && definition["audience"] is JsonValue marked
                    && marked.TryGetValue<string>(out var value) && value == excluded)
                .Select(action => action.Key)
                .ToArray();
            if (dropped.Length == 0)
            {
                return found.Text;
            }

            var filtered = JsonNode.Parse(found.Text)!.AsObject();
            var filteredActions = filtered["actions"]!.AsObject();
            foreach (var key in dropped)
            {
                filteredActions.Remove(key);
            }

            return filtered.ToJsonString();
        }
    }

    /// <summary>The latest version of <paramref name="name"/>.</summary>
    /// <exception cref="ApiErrorException">404 <c>ENTITY_NOT_FOUND</c> when unknown.</exception>
    public string LatestVersion(string name)
    {
        lock (_gate)
        {
            var latest = Find(name, null) ?? throw ApiErrors.PieceNotFound(name, null);
            return ((JsonValue)latest.Metadata["version"]!).GetValue<string>();
        }
    }

    /// <summary>Whether any version of <paramref name="name"/> is registered.</summary>
    public bool Contains(string name)
    {
        lock (_gate)
        {
            return _pieces.ContainsKey(name);
        }
    }

    /// <summary>
    /// The <c>tokenUrl</c> of the latest version's OAuth2 auth (the entry of type <c>OAUTH2</c> when <c>auth</c> is an
    /// array), or <see langword="null"/> when the piece declares none.
    /// </summary>
    public string? OAuth2TokenUrl(string name)
    {
        lock (_gate)
        {
            var auth = Find(name, null)?.Metadata["auth"];
            var oauth = auth switch
            {
                JsonArray entries => entries.OfType<JsonObject>().FirstOrDefault(IsOAuth2),
                JsonObject single when IsOAuth2(single) => single,
                _ => null,
            };
            return oauth?["tokenUrl"] is JsonValue url && url.TryGetValue<string>(out var text) ? text : null;
        }
    }

    /// <summary>
    /// Each registered piece's latest version and the <c>type</c> of each of its auth definitions (none when it declares
    /// no <c>auth</c>), by name: what the standalone emulator lists at start.
    /// </summary>
    public IReadOnlyList<ServedPiece> Served()
    {
        lock (_gate)
        {
            return _pieces
                .Where(piece => piece.Value.Count > 0)
                .OrderBy(piece => piece.Key, StringComparer.Ordinal)
                .Select(piece =>
                {
                    var metadata = piece.Value[^1].Metadata;
                    var authTypes = metadata["auth"] switch
                    {
                        JsonArray entries => entries.OfType<JsonObject>().Select(AuthType).ToArray(),
                        JsonObject single => [AuthType(single)],
                        _ => [],
                    };
                    return new ServedPiece(piece.Key, ((JsonValue)metadata["version"]!).GetValue<string>(), authTypes);
                })
                .ToArray();
        }

        static string AuthType(JsonObject auth) =>
            auth["type"] is JsonValue type && type.TryGetValue<string>(out var text) ? text : "(no type)";
    }

    private static bool IsOAuth2(JsonObject auth) =>
        auth["type"] is JsonValue type && type.TryGetValue<string>(out var text) && text == OAuth2AuthType;

    private (SemanticVersion Version, string Text, JsonObject Metadata)? Find(string name, string? version)
    {
        if (!_pieces.TryGetValue(name, out var versions) || versions.Count == 0)
        {
            return null;
        }

        if (version is null)
        {
            return versions[^1];
        }

        var wanted = SemanticVersion.TryParse(version);
        return wanted is null ? null : versions.Find(entry => entry.Version.CompareTo(wanted) == 0);
    }

    /// <summary>Fills the <c>PieceMetadataModel</c> fields a trimmed metadata file may lack.</summary>
    private void CompleteModel(JsonObject metadata, string name)
    {
        var now = IsoTime.Format(_timeProvider.GetUtcNow());
        metadata.TryAdd("id", ApId.New());
        metadata.TryAdd("created", now);
        metadata.TryAdd("updated", now);
        metadata.TryAdd("displayName", name);
        metadata.TryAdd("logoUrl", "https://cdn.activepieces.com/pieces/emulator.png");
        metadata.TryAdd("description", string.Empty);
        metadata.TryAdd("authors", new JsonArray());
        metadata.TryAdd("categories", new JsonArray());
        metadata.TryAdd("minimumSupportedRelease", "0.0.0");
        metadata.TryAdd("maximumSupportedRelease", "99999.99999.9999");
        metadata.TryAdd("actions", new JsonObject());
        metadata.TryAdd("triggers", new JsonObject());
        metadata.TryAdd("pieceType", "OFFICIAL");
        metadata.TryAdd("packageType", "REGISTRY");
        metadata.TryAdd("projectUsage", 0);
    }
}
