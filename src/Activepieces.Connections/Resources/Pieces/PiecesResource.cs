using System.Text.Json;
using Activepieces.Metadata;
using Activepieces.Transport;
using Activepieces.Transport.Json;

namespace Activepieces.Resources.Pieces;

/// <summary>The <c>/v1/pieces</c> route (public: the server needs no key for it).</summary>
internal sealed class PiecesResource
{
    /// <summary>The route of piece metadata, relative to <c>/api/</c>.</summary>
    public const string Route = "v1/pieces";

    private readonly ApiTransport _transport;

    public PiecesResource(ApiTransport transport) => _transport = transport;

    public async Task<PieceMetadata> GetAsync(string pieceName, string? version = null, CancellationToken cancellationToken = default)
    {
        var path = Route + "/" + EscapePieceName(pieceName);
        var query = new QueryString().Add("version", version).ToString();
        var body = await _transport.SendAsync(ApiRequest.Get(path, query), ActivepiecesJsonContext.Default.JsonElement, cancellationToken)
            .ConfigureAwait(false);

        // The metadata passes the one reader the analyzers and the CLI use, so what the client returns is what they accept.
        var read = PieceMetadataReader.Read(body.GetRawText(), cancellationToken);
        if (read.Piece is not { } definition)
        {
            throw new ActivepiecesApiException($"Activepieces API GET /api/{path} answered with piece metadata that is not valid: {read.Problem!.Message}.");
        }

        PieceMetadata piece;
        try
        {
            piece = body.Deserialize(ActivepiecesJsonContext.Default.PieceMetadata)!;
        }
        catch (JsonException e)
        {
            throw new ActivepiecesApiException($"Activepieces API GET /api/{path} answered with a body that is not a valid {nameof(PieceMetadata)}.", e);
        }

        piece.Auths = ToAuths(definition, piece.Auth);
        return piece;
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

    /// <summary>
    /// The public auth entries of <paramref name="definition"/>, each with its JSON definition: <paramref name="auth"/>
    /// itself, or its item at the same index (the reader accepted it, so it is an object or an array of objects).
    /// </summary>
    private static IReadOnlyList<PieceAuthMetadata> ToAuths(PieceDefinition definition, JsonElement? auth)
    {
        var auths = new PieceAuthMetadata[definition.Auths.Length];
        for (var i = 0; i < auths.Length; i++)
        {
            var entry = definition.Auths[i];
            auths[i] = new PieceAuthMetadata
            {
                Type = entry.Type,
                DisplayName = entry.DisplayName,
                Description = entry.Description,
                Required = entry.Required,
                PropNames = [.. entry.Props.Select(prop => prop.Key)],
                Definition = (auth!.Value.ValueKind == JsonValueKind.Array ? auth.Value[i] : auth.Value).Clone(),
            };
        }

        return auths;
    }
}
