using System.Text.Json;

namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>
/// An upsert of a global (<c>PLATFORM</c>) or project (<c>PROJECT</c>) connection, parsed from a valid body;
/// <see cref="Status"/> is <c>ACTIVE</c> except for placeholders (<c>MISSING</c>).
/// </summary>
internal sealed record ConnectionUpsert(
    string Scope,
    string? ExternalId,
    string DisplayName,
    string PieceName,
    string Type,
    JsonElement Value,
    IReadOnlyList<string> ProjectIds,
    string? MetadataJson,
    string? PieceVersion,
    bool? PreSelectForNewProjects,
    string Status = AppConnectionStatuses.Active);
