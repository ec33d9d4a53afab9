using Activepieces.Client;
using Activepieces.Resources.Pieces;

namespace Activepieces;

/// <summary>The piece metadata API (<c>/v1/pieces</c>).</summary>
public class PiecesClient
{
    private readonly PiecesResource? _resource;

    /// <summary>Creates a client for mocking: a subclass overrides the members it uses; the others throw.</summary>
    protected PiecesClient()
    {
    }

    internal PiecesClient(PiecesResource resource) => _resource = resource;

    private PiecesResource Resource => _resource ?? throw ClientMocks.NotConfigured(GetType().Name);

    /// <summary>Gets a piece's metadata.</summary>
    /// <param name="pieceName">The npm package name, e.g. <c>@activepieces/piece-slack</c>.</param>
    /// <param name="version">A version, or null for the latest.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The metadata, with <see cref="PieceMetadata.Auths"/> normalized.</returns>
    /// <exception cref="ActivepiecesApiException">
    /// The piece does not exist (404 <c>ENTITY_NOT_FOUND</c>), another error, or metadata that is not valid piece metadata.
    /// </exception>
    public virtual Task<PieceMetadata> GetAsync(string pieceName, string? version = null, CancellationToken cancellationToken = default) =>
        Resource.GetAsync(pieceName, version, cancellationToken);
}
