using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Pieces;

/// <summary>
/// A <c>*.piece.json</c> file: the metadata the analyzers check records against. The CLI writes the fields that
/// describe the piece and its auth (<c>name</c>, <c>displayName</c>, <c>version</c>, <c>description</c>, <c>auth</c>),
/// indented, so that a pull request shows exactly how a piece's auth changed; actions and triggers are left out.
/// </summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Name">The piece's npm package name.</param>
/// <param name="Version">The piece version the file describes, if it says.</param>
/// <param name="DisplayName">The piece's display name, if any.</param>
/// <param name="Auths">The auth definitions (empty when the piece needs no auth).</param>
internal sealed record PieceFile(string Path, string Name, string? Version, string? DisplayName, IReadOnlyList<AuthDefinition> Auths)
{
    /// <summary>The file name suffix every piece metadata file has.</summary>
    public const string Suffix = ".piece.json";

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
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Format(metadata));
    }

    /// <summary>Reads and interprets a metadata file.</summary>
    /// <exception cref="CliException">The file is missing, not JSON, or has no string <c>name</c>.</exception>
    public static PieceFile Read(string path)
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

    /// <summary>Interprets the text of a metadata file.</summary>
    /// <exception cref="CliException">The text is not JSON or has no string <c>name</c>.</exception>
    public static PieceFile Parse(string path, string text)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new CliException($"{path}: not valid JSON (line {exception.LineNumber + 1}): {exception.Message}", exception);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(name.GetString()))
        {
            throw new CliException($"{path}: not piece metadata (no string \"name\").");
        }

        var auths = root.TryGetProperty("auth", out var auth) ? AuthDefinition.ReadAll(auth, path) : [];
        return new PieceFile(path, name.GetString()!, JsonText.String(root, "version"), JsonText.String(root, "displayName"), auths);
    }
}
