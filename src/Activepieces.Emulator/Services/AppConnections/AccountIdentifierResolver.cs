using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>
/// <c>metadata.accountIdentifier</c> of versions after 0.86.3 (<c>app-connection-service/connection-metadata.ts</c>,
/// reference §11.10), on when any piece has an identifier: every upsert resolves "which account is this" (the piece's
/// <c>getConnectionIdentifier</c> hook in the engine, best effort, never failing the upsert), taking the piece's latency
/// on the emulator's clock; the value is always rewritten and stripped from the caller's metadata. A piece without an
/// identifier gets none, so a global row (caller metadata dropped) keeps <c>metadata: null</c>.
/// </summary>
internal sealed class AccountIdentifierResolver
{
    /// <summary>The metadata key the server writes.</summary>
    public const string MetadataKey = "accountIdentifier";

    private readonly IReadOnlyDictionary<string, (string Identifier, TimeSpan Latency)> _identifiers;
    private readonly TimeProvider _timeProvider;

    public AccountIdentifierResolver(IReadOnlyDictionary<string, (string Identifier, TimeSpan Latency)> identifiers, TimeProvider timeProvider)
    {
        _identifiers = identifiers;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// The metadata to store for an upsert of <paramref name="pieceName"/> with the caller's <paramref name="metadataJson"/>
    /// (null for the global routes): unchanged when the feature is off; otherwise without the caller's
    /// <c>accountIdentifier</c> and with the piece's, after its latency. An empty result is <see langword="null"/>.
    /// </summary>
    public async Task<string?> RewriteAsync(string pieceName, string? metadataJson, CancellationToken cancellationToken)
    {
        if (_identifiers.Count == 0)
        {
            return metadataJson;
        }

        var metadata = metadataJson is null ? new JsonObject() : JsonNode.Parse(metadataJson)!.AsObject();
        metadata.Remove(MetadataKey);
        if (_identifiers.TryGetValue(pieceName, out var resolution))
        {
            if (resolution.Latency > TimeSpan.Zero)
            {
                await Task.Delay(resolution.Latency, _timeProvider, cancellationToken).ConfigureAwait(false);
            }

            metadata[MetadataKey] = resolution.Identifier;
        }

        return metadata.Count == 0 && metadataJson is null ? null : metadata.ToJsonString();
    }
}
