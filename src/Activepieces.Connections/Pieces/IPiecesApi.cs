namespace Activepieces;

/// <summary>The piece metadata API (<c>/v1/pieces</c>).</summary>
public interface IPiecesApi
{
    /// <summary>Gets a piece's metadata.</summary>
    /// <param name="pieceName">The npm package name, e.g. <c>@activepieces/piece-slack</c>.</param>
    /// <param name="version">A version, or null for the latest.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The metadata, with <see cref="PieceMetadata.Auths"/> normalized.</returns>
    /// <exception cref="ActivepiecesApiException">The piece does not exist (404 <c>ENTITY_NOT_FOUND</c>) or another error.</exception>
    Task<PieceMetadata> GetAsync(string pieceName, string? version = null, CancellationToken cancellationToken = default);
}
