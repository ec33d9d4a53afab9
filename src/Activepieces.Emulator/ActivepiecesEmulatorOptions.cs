using Activepieces.Emulator.Embed;
using Activepieces.Emulator.Faults;
using Activepieces.Emulator.Pieces;

namespace Activepieces.Emulator;

/// <summary>How an <see cref="ActivepiecesEmulator"/> starts.</summary>
public sealed class ActivepiecesEmulatorOptions
{
    private readonly List<(string Json, string Origin)> _pieces = [];

    /// <summary>
    /// The API key clients must send as <c>Authorization: Bearer sk-…</c>. Default: a random key in the real format
    /// (<c>sk-</c> + 61 alphanumerics). A key in another format is rejected at start.
    /// </summary>
    public string? ApiKey { get; set; }

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

    /// <summary>Serves a piece given only its name and version (no auth metadata; OAuth2 connections cannot be claimed for it).</summary>
    /// <param name="name">The piece name, e.g. <c>@activepieces/piece-gelato</c>.</param>
    /// <param name="version">Its semantic version.</param>
    /// <returns>These options.</returns>
    public ActivepiecesEmulatorOptions AddPiece(string name, string version = "0.1.0")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _pieces.Add((PieceCatalog.MinimalMetadata(name, version), $"AddPiece(\"{name}\")"));
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
