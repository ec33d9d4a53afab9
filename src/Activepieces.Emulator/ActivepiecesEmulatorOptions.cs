using System.Text.Json;
using Activepieces.Emulator.Embed;
using Activepieces.Emulator.Faults;
using Activepieces.Emulator.Pieces;
using Activepieces.Emulator.Services.Pieces;

namespace Activepieces.Emulator;

/// <summary>How an <see cref="ActivepiecesEmulator"/> starts.</summary>
public sealed class ActivepiecesEmulatorOptions
{
    /// <summary>
    /// The fixed, public development API key the standalone emulator accepts unless given <c>--api-key</c> (like
    /// Azurite's well-known account key). It is in the real format (<c>sk-</c> + 61 alphanumerics) and is no secret:
    /// never use it outside the emulator.
    /// </summary>
    public const string DevelopmentApiKey = "sk-ActivepiecesEmulatorDevelopmentKeyNotForProduction00000000000";

    private readonly List<(string Json, string Origin)> _pieces = [];
    private readonly Dictionary<string, PieceValidation> _validations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _pieceSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _tokenRefreshes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Identifier, TimeSpan Latency)> _accountIdentifiers = new(StringComparer.Ordinal);

    /// <summary>
    /// The API key clients must send as <c>Authorization: Bearer sk-…</c>. Default: a random key in the real format
    /// (<c>sk-</c> + 61 alphanumerics); the standalone emulator defaults to <see cref="DevelopmentApiKey"/>. A key in
    /// another format is rejected at start.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The plan's <c>globalConnectionsEnabled</c> (default <see langword="true"/>). When off, every
    /// <c>/api/v1/global-connections</c> route answers 402 <c>FEATURE_DISABLED</c> and <c>globalConnectionExternalIds</c>
    /// of a project create or update is silently ignored.
    /// </summary>
    public bool GlobalConnectionsEnabled { get; set; } = true;

    /// <summary>
    /// The plan's <c>managePiecesEnabled</c> (default <see langword="true"/>): <see langword="false"/> makes every
    /// <c>/api/v1/piece-sets</c> route answer 402 <c>FEATURE_DISABLED</c>; logins still assign sets.
    /// </summary>
    public bool ManagePiecesEnabled { get; set; } = true;

    /// <summary>
    /// The server flag <c>AP_ENFORCE_CONNECTION_PIECE_BINDING</c> of versions after 0.86.3 (default
    /// <see langword="false"/>, as at 0.86.3): the worker read then needs the reading piece (<c>pieceName</c> query) and
    /// answers 400 <c>APP_CONNECTION_BLOCKED_FOR_PIECE</c> for a generic-destination piece's connection (http, mysql,
    /// postgres, …) and 400 <c>MCP_PIECE_CONNECTION_MISMATCH</c> for another piece's.
    /// </summary>
    public bool EnforceConnectionPieceBinding { get; set; }

    /// <summary>
    /// Leaves out the connection routes that came after 0.72 (the server of 2026-05-11), so that a client's fallback for
    /// older servers can be tested: <c>GET /api/v1/platform-app-connections</c> and <c>/owners</c> (2026-05-13),
    /// <c>GET /api/v1/app-connections/:id</c> (0.86.1) and <c>POST /api/v1/app-connections/:id/revalidate</c>
    /// (0.86.3) then answer Fastify's <c>404 Route not found</c>, as such a server does. Default
    /// <see langword="false"/> (0.86.3). The other behaviours stay those of 0.86.3.
    /// </summary>
    public bool OmitConnectionRoutesAfter072 { get; set; }

    /// <summary>The plan's <c>teamProjectsLimit</c>, checked by <c>POST /api/v1/projects</c> (default <see cref="Emulator.TeamProjectsLimit.Unlimited"/>).</summary>
    public TeamProjectsLimit TeamProjectsLimit { get; set; } = TeamProjectsLimit.Unlimited;

    /// <summary>The URL Kestrel listens on. Default <c>http://127.0.0.1:0</c> (a free port; see <see cref="ActivepiecesEmulator.BaseUrl"/>).</summary>
    public Uri Url { get; set; } = new("http://127.0.0.1:0");

    /// <summary>The RSA public keys that verify embed tokens (<c>POST /api/v1/managed-authn/external-token</c>).</summary>
    public IList<EmbedSigningKey> SigningKeys { get; } = [];

    /// <summary>Fault rules active from the start (more can be added later through <see cref="ActivepiecesEmulator.Faults"/>).</summary>
    public IList<FaultRule> Faults { get; } = [];

    /// <summary>The seed of the random draws of probabilistic fault rules.</summary>
    public int FaultSeed { get; set; }

    /// <summary>The clock for timestamps, embed-token expiry, OAuth <c>claimed_at</c> and injected latency.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal IReadOnlyList<(string Json, string Origin)> Pieces => _pieces;

    internal IReadOnlyDictionary<string, PieceValidation> PieceValidations => _validations;

    internal IReadOnlyDictionary<string, TimeSpan> CustomAuthTokenRefreshes => _tokenRefreshes;

    internal IReadOnlyDictionary<string, (string Identifier, TimeSpan Latency)> AccountIdentifiers => _accountIdentifiers;

    /// <summary>
    /// Turns on the server-written <c>metadata.accountIdentifier</c> of versions after 0.86.3 (off by default, as at
    /// 0.86.3) and gives <paramref name="pieceName"/>'s connections <paramref name="accountIdentifier"/>: with any piece
    /// added, every upsert (both scopes) strips <c>accountIdentifier</c> from the caller's metadata and writes the
    /// piece's, after <paramref name="latency"/> on <see cref="TimeProvider"/> (the engine hook; the server allows up to
    /// 15 s). A global row, whose caller metadata is dropped, then answers <c>metadata: {accountIdentifier}</c>.
    /// </summary>
    /// <param name="pieceName">The piece name.</param>
    /// <param name="accountIdentifier">The value the piece's <c>getConnectionIdentifier</c> hook answers (e.g. an email).</param>
    /// <param name="latency">How long resolving takes; default none.</param>
    /// <returns>These options.</returns>
    public ActivepiecesEmulatorOptions AddAccountIdentifier(string pieceName, string accountIdentifier, TimeSpan latency = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pieceName);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountIdentifier);
        ArgumentOutOfRangeException.ThrowIfLessThan(latency, TimeSpan.Zero);
        _accountIdentifiers[pieceName] = (accountIdentifier, latency);
        return this;
    }

    /// <summary>
    /// Declares that <paramref name="pieceName"/>'s CUSTOM_AUTH has <c>refresh: {generate, defaultExpiresIn}</c>
    /// (2026-06-25): the first read of a connection (the worker route, <c>GetConnectionValueForPiece</c>) stores
    /// <c>access_token</c> and <c>token_refresh_at</c> (unix seconds, 15 minutes before expiry) in its value, a read at
    /// or after that time regenerates them, and every re-upsert drops them (visible in
    /// <see cref="Inspection.EmulatedConnection.ValueJson"/>). None by default.
    /// </summary>
    /// <param name="pieceName">The piece name.</param>
    /// <param name="defaultExpiresIn">The generated token's lifetime (more than 15 minutes).</param>
    /// <returns>These options.</returns>
    public ActivepiecesEmulatorOptions AddCustomAuthTokenRefresh(string pieceName, TimeSpan defaultExpiresIn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pieceName);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(defaultExpiresIn, TimeSpan.FromMinutes(15));
        _tokenRefreshes[pieceName] = defaultExpiresIn;
        return this;
    }

    internal IReadOnlyDictionary<string, IReadOnlyList<string>> PieceSets =>
        _pieceSets.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// Makes upserts of <paramref name="pieceName"/> run <paramref name="validation"/> (its check and/or latency), as
    /// the piece's auth <c>validate()</c> does on the real server; replaces an earlier validation of the piece.
    /// </summary>
    /// <param name="pieceName">The piece name, e.g. <c>@activepieces/piece-gelato</c>.</param>
    /// <param name="validation">The validation.</param>
    /// <returns>These options.</returns>
    public ActivepiecesEmulatorOptions AddPieceValidation(string pieceName, PieceValidation validation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pieceName);
        ArgumentNullException.ThrowIfNull(validation);
        _validations[pieceName] = validation;
        return this;
    }

    /// <summary>
    /// Makes upserts of <paramref name="pieceName"/> run <paramref name="validate"/>: it receives the connection value
    /// and returns <see langword="null"/> (valid) or the piece's error message (400 <c>INVALID_APP_CONNECTION</c>).
    /// </summary>
    /// <param name="pieceName">The piece name.</param>
    /// <param name="validate">The check; see <see cref="PieceValidation.Validate"/>.</param>
    /// <returns>These options.</returns>
    public ActivepiecesEmulatorOptions AddPieceValidation(string pieceName, Func<JsonElement, string?> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        return AddPieceValidation(pieceName, new PieceValidation { Validate = validate });
    }

    /// <summary>
    /// Adds a piece set to the platform with key (and name) <paramref name="key"/> that shows exactly
    /// <paramref name="pieceNames"/> (<c>pieces: {mode: 'exclude_all', exceptions}</c>), as the server's backfill turned
    /// each piece tag into a set. An embed token assigns it with <c>pieceSet: key</c> (v4) or, as a v3 token's first
    /// <c>piecesTags</c> entry, with <c>piecesFilterType: ALLOWED</c>. Adding the same key again adds the pieces.
    /// </summary>
    /// <param name="key">The set's key.</param>
    /// <param name="pieceNames">The pieces it shows.</param>
    /// <returns>These options.</returns>
    public ActivepiecesEmulatorOptions AddPieceSet(string key, params string[] pieceNames)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(pieceNames);
        if (!_pieceSets.TryGetValue(key, out var names))
        {
            names = [];
            _pieceSets[key] = names;
        }

        names.AddRange(pieceNames.Where(name => !names.Contains(name)));
        return this;
    }

    /// <summary>Serves a piece given only its name and version (no auth metadata; OAuth2 connections cannot be claimed for it).</summary>
    /// <param name="name">The piece name, e.g. <c>@activepieces/piece-gelato</c>.</param>
    /// <param name="version">Its semantic version.</param>
    /// <returns>These options.</returns>
    public ActivepiecesEmulatorOptions AddPiece(string name, string version = "0.1.0")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _pieces.Add((PieceMetadataService.MinimalMetadata(name, version), $"AddPiece(\"{name}\")"));
        return this;
    }

    /// <summary>Serves a piece from its metadata JSON (the <c>GET /api/v1/pieces/{name}</c> shape; <c>auth</c> an object or an array).</summary>
    /// <param name="json">The metadata JSON.</param>
    /// <returns>These options.</returns>
    public ActivepiecesEmulatorOptions AddPieceJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        _pieces.Add((json, "AddPieceJson"));
        return this;
    }

    /// <summary>Serves a piece from a metadata file.</summary>
    /// <param name="path">A <c>*.piece.json</c> file.</param>
    /// <returns>These options.</returns>
    public ActivepiecesEmulatorOptions AddPieceFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _pieces.Add((File.ReadAllText(path), path));
        return this;
    }

    /// <summary>Serves every <c>*.piece.json</c> file of a directory.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>These options.</returns>
    public ActivepiecesEmulatorOptions AddPiecesFromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The piece directory '{directory}' does not exist.");
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.piece.json").Order(StringComparer.Ordinal))
        {
            AddPieceFile(file);
        }

        return this;
    }
}
