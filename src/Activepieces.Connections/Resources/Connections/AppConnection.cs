using System.Text.Json;
using System.Text.Json.Serialization;

namespace Activepieces;

/// <summary>
/// An Activepieces app connection as the REST API returns it (<c>AppConnectionWithoutSensitiveData</c>): the credential
/// value is never returned.
/// </summary>
public sealed class AppConnection
{
    /// <summary>The connection id (21-character ApId).</summary>
    public required string Id { get; init; }

    /// <summary>When the connection was created.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>When the connection was last updated.</summary>
    public DateTimeOffset Updated { get; init; }

    /// <summary>The external id that pieces pass to <c>connections.get</c>.</summary>
    public required string ExternalId { get; init; }

    /// <summary>The display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The auth type, e.g. <c>CUSTOM_AUTH</c>; compare it with an <see cref="AuthType"/>.</summary>
    public required AppConnectionType Type { get; init; }

    /// <summary>The piece's npm package name.</summary>
    public required string PieceName { get; init; }

    /// <summary>The piece version the connection was validated with.</summary>
    public string? PieceVersion { get; init; }

    /// <summary>The ids of the projects allowed to use the connection.</summary>
    public IReadOnlyList<string> ProjectIds { get; init; } = [];

    /// <summary>The platform id.</summary>
    public string? PlatformId { get; init; }

    /// <summary><c>PLATFORM</c> (global) or <c>PROJECT</c>; compare it with a <see cref="ConnectionScope"/>.</summary>
    public required AppConnectionScope Scope { get; init; }

    /// <summary><c>ACTIVE</c>, <c>MISSING</c> or <c>ERROR</c>.</summary>
    public required AppConnectionStatus Status { get; init; }

    /// <summary>The owner user id.</summary>
    public string? OwnerId { get; init; }

    /// <summary>The ids of the flows using the connection (list responses only).</summary>
    public IReadOnlyList<string>? FlowIds { get; init; }

    /// <summary>Whether new projects get the connection pre-selected (only the web UI uses it).</summary>
    public bool PreSelectForNewProjects { get; init; }

    /// <summary>
    /// The free-form metadata object (<c>metadata</c>), or <see langword="null"/> when absent or null. Project connections
    /// store what the upsert sent; the global routes ignore it; newer servers write <c>accountIdentifier</c> into it.
    /// </summary>
    public JsonElement? Metadata { get; init; }

    /// <summary>
    /// The account the credentials belong to, as the server resolved it (<c>metadata.accountIdentifier</c>, e.g. the
    /// OAuth user's email), or <see langword="null"/> when the server wrote none. Newer servers resolve it on every
    /// upsert and overwrite whatever the caller sent, so it is server-written: Ensure, Sync and Audit never count it as
    /// a difference.
    /// </summary>
    [JsonIgnore]
    public string? AccountIdentifier =>
        Metadata is { ValueKind: JsonValueKind.Object } metadata
        && metadata.TryGetProperty("accountIdentifier", out var identifier)
        && identifier.ValueKind == JsonValueKind.String
            ? identifier.GetString()
            : null;

    /// <summary>
    /// Whether the stored value holds secret-manager references (<see cref="SecretManagerReference"/>) that the server
    /// resolves instead of raw credentials (<c>usingSecretManager</c>).
    /// </summary>
    public bool UsingSecretManager { get; init; }

    /// <summary>
    /// The user who owns the connection (<c>owner</c>; the platform owner for API-key calls). Only list responses carry
    /// it: the upsert and update answers do not join the owner.
    /// </summary>
    public AppConnectionOwner? Owner { get; init; }

    /// <summary>The id, external id, piece, type, scope, status and project count (a connection holds no value to hide).</summary>
    /// <returns>E.g. <c>AppConnection { Id = conn_1, ExternalId = gelato_org_1, PieceName = @activepieces/piece-gelato, Type = CUSTOM_AUTH, Scope = PLATFORM, Status = ACTIVE, ProjectIds = 1 }</c>.</returns>
    public override string ToString() =>
        $"AppConnection {{ Id = {Id}, ExternalId = {ExternalId}, PieceName = {PieceName}, Type = {Type}, Scope = {Scope}, Status = {Status}, ProjectIds = {ProjectIds.Count} }}";
}
