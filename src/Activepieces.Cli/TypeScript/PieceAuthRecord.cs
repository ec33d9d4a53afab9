namespace Activepieces.Cli.TypeScript;

/// <summary>
/// A <c>[PieceAuth]</c> record as emit-ts reads it from the syntax: what the piece side needs to find the connection
/// the backend writes for it.
/// </summary>
/// <param name="TypeName">The record's name, with its containing types (<c>Outer.GelatoConnection</c>).</param>
/// <param name="FullName">The name with its namespace, for the generated file's header.</param>
/// <param name="SourcePath">The file declaring the record, relative to the folder that was read ('/' separated).</param>
/// <param name="Line">The one-based line of the record's declaration.</param>
/// <param name="PieceName">The piece's npm package name.</param>
/// <param name="AuthType">The auth type the backend writes.</param>
/// <param name="ExternalIdPrefix">The connection of org X is named <c>{ExternalIdPrefix}X</c>.</param>
/// <param name="ClientName">The stem of the generated names (<c>Gelato</c> for <c>GelatoConnection</c>).</param>
internal sealed record PieceAuthRecord(
    string TypeName,
    string FullName,
    string SourcePath,
    int Line,
    string PieceName,
    AuthType AuthType,
    string ExternalIdPrefix,
    string ClientName)
{
    /// <summary>Where the record is declared, for messages: <c>GelatoConnection.cs:11</c>.</summary>
    public string Location => $"{SourcePath}:{Line}";
}
