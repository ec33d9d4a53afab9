using System.Globalization;
using System.Text;

namespace Activepieces.Benchmarks.Corpus;

/// <summary>
/// A deterministic corpus of <c>[PieceAuth]</c> records, one file each, for the generator benchmarks and caching tests:
/// mixed auth types (CUSTOM_AUTH, OAUTH2, CLOUD_OAUTH2, PLATFORM_OAUTH2) with 3–8 members of mixed types, all of which
/// the generator completes. The same records are listed in a <c>JsonSerializerContext</c> (<see cref="JsonContextFile"/>)
/// so the System.Text.Json source generator can be measured over the same types.
/// </summary>
public sealed class PieceAuthCorpus
{
    /// <summary>The fully qualified name of the JSON context that lists every record.</summary>
    public const string JsonContextName = "Corpus.CorpusJsonContext";

    private const int RecordsPerNamespace = 50;

    private PieceAuthCorpus(IReadOnlyList<CorpusFile> records, CorpusFile jsonContextFile)
    {
        Records = records;
        JsonContextFile = jsonContextFile;
    }

    /// <summary>One file per record, in index order.</summary>
    public IReadOnlyList<CorpusFile> Records { get; }

    /// <summary>The <c>JsonSerializerContext</c> with one <c>[JsonSerializable]</c> per record.</summary>
    public CorpusFile JsonContextFile { get; }

    /// <summary>Builds a corpus of <paramref name="count"/> records (the same records for the same count, every time).</summary>
    /// <param name="count">The number of records, at least 1.</param>
    /// <returns>The corpus.</returns>
    public static PieceAuthCorpus Create(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var records = new List<CorpusFile>(count);
        var context = new StringBuilder()
            .AppendLine("using System.Text.Json.Serialization;")
            .AppendLine()
            .AppendLine("namespace Corpus;")
            .AppendLine();
        for (var index = 0; index < count; index++)
        {
            records.Add(new CorpusFile($"Records/{TypeName(index)}.cs", RecordSource(index, memberNameSuffix: string.Empty)));
            context.Append("[JsonSerializable(typeof(global::").Append(FullName(index)).AppendLine("))]");
        }

        context.AppendLine("internal sealed partial class CorpusJsonContext : JsonSerializerContext")
            .AppendLine("{")
            .AppendLine("}");
        return new PieceAuthCorpus(records, new CorpusFile("CorpusJsonContext.cs", context.ToString()));
    }

    /// <summary>
    /// The source of record <paramref name="index"/> with its last member renamed (a real edit of one record: its
    /// model and its generated file change).
    /// </summary>
    /// <param name="index">The record index.</param>
    /// <returns>The edited source, for the same file path as <see cref="Records"/>[<paramref name="index"/>].</returns>
    public static string EditedRecordSource(int index) => RecordSource(index, memberNameSuffix: "Renamed");

    /// <summary>A file unrelated to the generator: a new class with a method.</summary>
    /// <returns>The file.</returns>
    public static CorpusFile UnrelatedFile() => new(
        "Unrelated/Calculator.cs",
        """
        namespace Corpus.Unrelated;

        public static class Calculator
        {
            public static int Add(int left, int right) => left + right;
        }
        """);

    /// <summary>The fully qualified name of record <paramref name="index"/>.</summary>
    /// <param name="index">The record index.</param>
    /// <returns>For example <c>Corpus.Group0.Piece007Connection</c>.</returns>
    public static string FullName(int index) => $"{Namespace(index)}.{TypeName(index)}";

    private static string Namespace(int index) =>
        "Corpus.Group" + (index / RecordsPerNamespace).ToString(CultureInfo.InvariantCulture);

    private static string TypeName(int index) => $"Piece{index.ToString("D3", CultureInfo.InvariantCulture)}Connection";

    private static string RecordSource(int index, string memberNameSuffix)
    {
        // Deterministic shape: the auth type cycles; the member count walks 3..8, with at least one prop after the
        // required OAuth2 fields (the member that EditedRecordSource renames).
        var shape = AuthShape.For(index);
        var memberCount = Math.Max(3 + (index * 5 % 6), shape.RequiredMembers.Length + 1);
        var members = new List<string>(shape.RequiredMembers);
        for (var prop = 0; members.Count < memberCount; prop++)
        {
            members.Add(PropMember(index, prop));
        }

        members[^1] += memberNameSuffix;
        var source = new StringBuilder()
            .AppendLine("using Activepieces;")
            .AppendLine()
            .Append("namespace ").Append(Namespace(index)).AppendLine(";")
            .AppendLine()
            .Append("[PieceAuth(\"@corpus/piece-p").Append(index.ToString(CultureInfo.InvariantCulture))
            .Append("\", AuthType.").Append(shape.AuthType).AppendLine(")]")
            .Append("public sealed partial record ").Append(TypeName(index)).AppendLine("(");
        for (var i = 0; i < members.Count; i++)
        {
            source.Append("    ").Append(members[i]).AppendLine(i == members.Count - 1 ? ");" : ",");
        }

        return source.ToString();
    }

    private static string PropMember(int index, int prop) => ((index + prop) % 6) switch
    {
        0 => $"string Region{prop}",
        1 => $"int TimeoutSeconds{prop}",
        2 => $"bool Sandbox{prop}",
        3 => $"[property: Secret] string ApiKey{prop}",
        4 => $"double? Ratio{prop}",
        _ => $"string? WebhookUrl{prop}",
    };

    private sealed record AuthShape(string AuthType, string[] RequiredMembers)
    {
        private static readonly AuthShape[] Shapes =
        [
            new("CustomAuth", []),
            new("OAuth2", ["string ClientId", "string ClientSecret", "string Code", "string RedirectUrl", "string Scope"]),
            new("CustomAuth", []),
            new("CloudOAuth2", ["string ClientId", "string Code", "string Scope"]),
            new("PlatformOAuth2", ["string ClientId", "string Code", "string RedirectUrl", "string Scope"]),
        ];

        public static AuthShape For(int index) => Shapes[index % Shapes.Length];
    }
}
