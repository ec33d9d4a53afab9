namespace Activepieces.Cli.Scaffolding;

/// <summary>What to scaffold: one auth of one piece, and how to name the result.</summary>
/// <param name="PieceName">The piece's npm package name.</param>
/// <param name="PieceVersion">The metadata's piece version, if known (for the header comment only; the record does not pin it).</param>
/// <param name="PieceDisplayName">The piece's display name, if any.</param>
/// <param name="Auth">The chosen auth.</param>
/// <param name="TypeName">The record name, or null for <c>{Piece}Connection</c>.</param>
/// <param name="Namespace">The namespace, or null for <see cref="RecordScaffolder.DefaultNamespace"/>.</param>
/// <param name="ExternalIdPrefix">The <c>ExternalIdPrefix</c>, or null for the generator's default.</param>
/// <param name="MultipleAuths">Whether the piece has several auths (the default type name then says which one).</param>
/// <param name="MetadataFile">The <c>*.piece.json</c> the record was scaffolded from, for the header comment.</param>
internal sealed record ScaffoldRequest(
    string PieceName,
    string? PieceVersion,
    string? PieceDisplayName,
    AuthSelection Auth,
    string? TypeName = null,
    string? Namespace = null,
    string? ExternalIdPrefix = null,
    bool MultipleAuths = false,
    string? MetadataFile = null);

/// <summary>A scaffolded record.</summary>
/// <param name="TypeName">The record's name.</param>
/// <param name="Source">The C# file.</param>
/// <param name="MemberCount">How many members it has.</param>
internal sealed record ScaffoldedRecord(string TypeName, string Source, int MemberCount);
