namespace Activepieces;

/// <summary>
/// Everything needed to provision one piece's predefined connection for a customer project: the piece, the auth type,
/// the external-id naming convention (<c>{ExternalIdPrefix}{externalProjectId}</c>), the display name, an optional
/// pinned piece version and the scope. The source generator emits one per <see cref="PieceAuthAttribute"/> type.
/// </summary>
public sealed class PredefinedConnectionDescriptor
{
    /// <summary>
    /// Creates a descriptor, validating every argument with the rules the analyzers apply to <c>[PieceAuth]</c>
    /// (APC002 piece name, APC003 prefix, APC009 version).
    /// </summary>
    /// <param name="pieceName">The piece's npm package name, e.g. <c>@activepieces/piece-gelato</c>.</param>
    /// <param name="authType">The connection's auth type.</param>
    /// <param name="externalIdPrefix">The prefix of the connection external id, e.g. <c>gelato_</c>: letters, digits, <c>_</c> and <c>-</c>.</param>
    /// <param name="displayName">The connection display name.</param>
    /// <param name="pieceVersion">An optional pinned piece version (semver, e.g. <c>0.2.7</c>).</param>
    /// <param name="scope">Where the connection is stored.</param>
    /// <exception cref="ArgumentException">An argument is null, empty or malformed; the exception names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="authType"/> or <paramref name="scope"/> is not a defined value.</exception>
    public PredefinedConnectionDescriptor(
        string pieceName,
        AuthType authType,
        string externalIdPrefix,
        string displayName,
        string? pieceVersion = null,
        ConnectionScope scope = ConnectionScope.Platform)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pieceName);
        ArgumentException.ThrowIfNullOrEmpty(externalIdPrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        if (!PieceNames.IsValid(pieceName))
        {
            throw new ArgumentException($"The piece name '{pieceName}' is not a valid npm package name: {PieceNames.Rule}.", nameof(pieceName));
        }

        if (ExternalIdPrefixes.Problem(externalIdPrefix) is { } prefixProblem)
        {
            throw new ArgumentException($"The external id prefix '{externalIdPrefix}' {prefixProblem}.", nameof(externalIdPrefix));
        }

        if (pieceVersion is not null && !PieceVersions.IsValid(pieceVersion))
        {
            throw new ArgumentException($"The piece version '{pieceVersion}' is not {PieceVersions.Rule}.", nameof(pieceVersion));
        }

        if (!AuthTypeWireNames.IsDefined(authType))
        {
            throw new ArgumentOutOfRangeException(nameof(authType), authType, "Unknown auth type.");
        }

        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown connection scope.");
        }

        PieceName = pieceName;
        AuthType = authType;
        ExternalIdPrefix = externalIdPrefix;
        DisplayName = displayName;
        PieceVersion = pieceVersion;
        Scope = scope;
    }

    /// <summary>The piece's npm package name.</summary>
    public string PieceName { get; }

    /// <summary>The connection's auth type.</summary>
    public AuthType AuthType { get; }

    /// <summary>The prefix of the connection external id.</summary>
    public string ExternalIdPrefix { get; }

    /// <summary>The connection display name.</summary>
    public string DisplayName { get; }

    /// <summary>The pinned piece version, or <see langword="null"/> for the latest.</summary>
    public string? PieceVersion { get; }

    /// <summary>Where the connection is stored.</summary>
    public ConnectionScope Scope { get; }

    /// <summary>The connection external id of a project: <c>{ExternalIdPrefix}{externalProjectId}</c>.</summary>
    /// <param name="externalProjectId">The project's external id (your customer org id).</param>
    /// <returns>The connection external id the piece passes to <c>connections.get</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="externalProjectId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="externalProjectId"/> is not a valid org id (<see cref="ExternalProjectIdRule"/>).</exception>
    public string ExternalIdFor(string externalProjectId)
    {
        ExternalProjectIdRule.ThrowIfInvalid(externalProjectId, nameof(externalProjectId));
        return string.Concat(ExternalIdPrefix, externalProjectId);
    }

    /// <summary>Extracts the project external id from a connection external id of this descriptor.</summary>
    /// <param name="connectionExternalId">A connection external id, e.g. <c>gelato_org_1234</c>.</param>
    /// <param name="externalProjectId">The project external id, e.g. <c>org_1234</c>, when this returns true.</param>
    /// <returns>Whether <paramref name="connectionExternalId"/> starts with the prefix and has a non-empty rest.</returns>
    public bool TryGetExternalProjectId(string? connectionExternalId, out string externalProjectId)
    {
        if (connectionExternalId is not null
            && connectionExternalId.Length > ExternalIdPrefix.Length
            && connectionExternalId.StartsWith(ExternalIdPrefix, StringComparison.Ordinal))
        {
            externalProjectId = connectionExternalId.Substring(ExternalIdPrefix.Length);
            return true;
        }

        externalProjectId = string.Empty;
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{PieceName} ({AuthType}, {Scope}, prefix '{ExternalIdPrefix}')";
}
