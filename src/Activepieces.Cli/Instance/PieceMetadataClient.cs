namespace Activepieces.Cli.Instance;

/// <summary>
/// Fetches piece metadata through the library's unauthenticated <see cref="ActivepiecesPiecesClient"/>: without a key no
/// <c>Authorization</c> header is sent, and with one it is sent and never printed.
/// </summary>
internal sealed class PieceMetadataClient : IDisposable
{
    private readonly InstanceClient<ActivepiecesPiecesClient> _instance;

    /// <exception cref="Activepieces.Cli.CommandLine.CliException">The settings are not acceptable to the client.</exception>
    public PieceMetadataClient(InstanceSettings settings)
    {
        _instance = InstanceClient<ActivepiecesPiecesClient>.Create(settings, (options, time) => new ActivepiecesPiecesClient(options, null, time));
    }

    /// <summary>Fetches the metadata of <paramref name="pieceName"/> (a full npm name) at <paramref name="version"/> (latest when null).</summary>
    /// <exception cref="Activepieces.Cli.CommandLine.CliException">The piece is unknown, the instance cannot be reached, or it answered with an error.</exception>
    public Task<PieceMetadata> GetAsync(string pieceName, string? version, CancellationToken cancellationToken) =>
        _instance.CallAsync(
            version is null ? pieceName : $"{pieceName}@{version}",
            pieces => pieces.GetAsync(pieceName, version, cancellationToken),
            cancellationToken);

    public void Dispose() => _instance.Dispose();
}
