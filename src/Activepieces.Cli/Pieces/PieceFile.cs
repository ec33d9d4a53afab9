using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Cli.CommandLine;
using Activepieces.Metadata;

namespace Activepieces.Cli.Pieces;

/// <summary>
/// <c>*.piece.json</c> files: the metadata the analyzers check records against. The CLI writes the fields that describe
/// the piece and its auth (<c>name</c>, <c>displayName</c>, <c>version</c>, <c>description</c>, <c>auth</c>),
/// indented, so that a pull request shows exactly how a piece's auth changed; actions and triggers are left out. It
/// reads them with the analyzers' own <see cref="PieceMetadataReader"/>, so a file the analyzers reject (APC015) is
/// rejected here too, with the same message and position.
/// </summary>
internal static class PieceFile
{
    /// <summary>The file name suffix every piece metadata file has.</summary>
    public const string Suffix = PieceMetadataFileName.Suffix;

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,

        // Descriptions hold quotes, apostrophes and non-ASCII text: keep them readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file content for <paramref name="metadata"/>: indented JSON ending with a newline.</summary>
    public static string Format(PieceMetadata metadata)
    {
        var root = new JsonObject
        {
            ["name"] = metadata.Name,
            ["displayName"] = metadata.DisplayName,
            ["version"] = metadata.Version,
        };
        if (metadata.Description is not null)
        {
            root["description"] = metadata.Description;
        }

        if (metadata.Auth is { } auth && auth.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            root["auth"] = JsonNode.Parse(auth.GetRawText());
        }

        return root.ToJsonString(WriteOptions).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Writes <paramref name="metadata"/> to <paramref name="path"/> (creating its directory).</summary>
    public static void Write(string path, PieceMetadata metadata)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Format(metadata));
    }

    /// <summary>Reads a metadata file.</summary>
    /// <exception cref="CliException">The file cannot be read or is not valid piece metadata.</exception>
    public static PieceDefinition Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be read ({exception.Message}).", exception);
        }

        return Parse(path, text);
    }

    /// <summary>Reads the text of a metadata file.</summary>
    /// <exception cref="CliException">The text is not valid piece metadata; the message says why and where.</exception>
    public static PieceDefinition Parse(string path, string text)
    {
        var read = PieceMetadataReader.Read(text, CancellationToken.None);
        if (read.Piece is { } piece)
        {
            return piece;
        }

        var problem = read.Problem!;
        var (line, column) = problem.LineAndColumn(text);
        throw new CliException($"{path}: not valid piece metadata ({problem.Message}, line {line}, position {column}).");
    }
}
