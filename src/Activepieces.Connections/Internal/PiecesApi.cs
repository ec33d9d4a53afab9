using System.Text.Json;

namespace Activepieces.Internal;

/// <summary>The <c>/v1/pieces</c> calls.</summary>
internal sealed class PiecesApi : IPiecesApi
{
    private readonly ApiTransport _transport;

    public PiecesApi(ApiTransport transport) => _transport = transport;

    public async Task<PieceMetadata> GetAsync(string pieceName, string? version = null, CancellationToken cancellationToken = default)
    {
        var path = "v1/pieces/" + EscapePieceName(pieceName);
        var query = new QueryString().Add("version", version).ToString();
        var piece = await _transport.SendAsync(ApiRequest.Get(path, query), ActivepiecesJsonContext.Default.PieceMetadata, cancellationToken)
            .ConfigureAwait(false);
        return piece with { Auths = ReadAuths(piece.Auth) };
    }

    /// <summary>Escapes <c>@scope/name</c> as two segments (the server's <c>/:scope/:name</c> route) or <c>name</c> as one.</summary>
    internal static string EscapePieceName(string pieceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pieceName);
        var slash = pieceName.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return UrlSegment.Escape(pieceName, nameof(pieceName));
        }

        var scope = pieceName[..slash];
        var name = pieceName[(slash + 1)..];
        if (!scope.StartsWith('@') || name.Contains('/', StringComparison.Ordinal) || scope.Length < 2 || name.Length == 0)
        {
            throw new ArgumentException("A piece name is 'name' or '@scope/name'.", nameof(pieceName));
        }

        return UrlSegment.Escape(scope, nameof(pieceName)) + "/" + UrlSegment.Escape(name, nameof(pieceName));
    }

    internal static IReadOnlyList<PieceAuthMetadata> ReadAuths(JsonElement? auth)
    {
        if (auth is not { } element)
        {
            return [];
        }

        return element.ValueKind switch
        {
            JsonValueKind.Object => [ReadAuth(element)],
            JsonValueKind.Array => [.. element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(ReadAuth)],
            _ => [],
        };
    }

    private static PieceAuthMetadata ReadAuth(JsonElement element)
    {
        var props = new List<string>();
        if (element.TryGetProperty("props", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            props.AddRange(p.EnumerateObject().Select(prop => prop.Name));
        }

        return new PieceAuthMetadata
        {
            Type = GetString(element, "type") ?? string.Empty,
            DisplayName = GetString(element, "displayName"),
            Description = GetString(element, "description"),
            Required = element.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
            PropNames = props,
            Definition = element.Clone(),
        };
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
