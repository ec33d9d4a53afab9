using System.Collections.Immutable;
using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Analyzers.Tests.Analyzers;

/// <summary>
/// No input makes the generator or the analyzers throw (no CS8785, no AD0001): over a thousand mutated metadata
/// files, each of which must be reported as APC015, random mutations, and broken [PieceAuth] types.
/// </summary>
public sealed class RobustnessTests
{
    /// <summary>The pieces to mutate, each with a type that makes the metadata analyzer look the piece up.</summary>
    private static readonly (string Piece, string Source)[] Pieces =
    [
        ("mysql", """
            [Activepieces.PieceAuth("@activepieces/piece-mysql", Activepieces.AuthType.CustomAuth)]
            public partial record MySqlConnection(string Host, int Port, string User, [Activepieces.Secret] string Password);
            """),
        ("mistral-ai", """
            [Activepieces.PieceAuth("@activepieces/piece-mistral-ai", Activepieces.AuthType.CustomAuth)]
            public partial record MistralGateway(string AccountId, string GatewayId);
            """),
        ("deepseek", """
            [Activepieces.PieceAuth("@activepieces/piece-deepseek", Activepieces.AuthType.SecretText)]
            public partial record DeepSeekAuth([Activepieces.Secret] string ApiKey);
            """),
        ("pdfcrowd", """
            [Activepieces.PieceAuth("@activepieces/piece-pdfcrowd", Activepieces.AuthType.BasicAuth)]
            public partial record PdfcrowdAuth(string Username, [Activepieces.Secret] string Password);
            """),
        ("square", """
            [Activepieces.PieceAuth("@activepieces/piece-square", Activepieces.AuthType.CloudOAuth2)]
            public partial record SquareConnection(string ClientId, [Activepieces.Secret] string Code, string Scope);
            """),
        ("Synthetic/kitchen-sink", """
            [Activepieces.PieceAuth("@acme/piece-kitchen-sink", Activepieces.AuthType.CustomAuth)]
            public partial record KitchenSinkConnection(string WebsiteUrl, [Activepieces.Secret] string ApiKey, string Region);
            """),
    ];

    /// <summary>Types the parser, generator and analyzers must survive: syntax errors, missing or wrong arguments, odd shapes.</summary>
    public static TheoryData<string> BrokenTypes { get; } = new(
        "[Activepieces.PieceAuth] public partial record A(string Host);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\")] public partial record A(string Host);",
        "[Activepieces.PieceAuth(null, Activepieces.AuthType.CustomAuth)] public partial record A(string Host);",
        "[Activepieces.PieceAuth(42, \"x\")] public partial record A(string Host);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", (Activepieces.AuthType)(-1))] public partial record A(string Host);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth, ExternalIdPrefix = null, PieceVersion = null, DisplayName = null, ClientName = null)] public partial record A(string Host);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A(string Host",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A(Missing Host, int);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A([Activepieces.PieceProp(null)] string Host, [Activepieces.PieceProp] string Port);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A([Activepieces.PieceProp(\"\")] string Host, [Activepieces.Secret(1)] string Password);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A(A Inner, System.Collections.Generic.List<A> Others);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A(string Host) { public string Host => \"x\"; }",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A(string Host); public partial record A(int Port);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public static partial class A { }",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial interface A { string Host { get; } }",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public enum A { Host }",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record struct A(E Mode); public enum E { }",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public ref partial struct A { public string Host; }",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] file partial record A(string Host);",
        "public partial class O<T> { [Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] private partial record A(T Host); }",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] [Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.SecretText)] public partial record A(string Host);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A(string Host, string Host);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A(string? Host, int? Port, System.Collections.Generic.IEnumerable<string?>? Tags, dynamic D, object O, (int, int) T, int[] Ports, delegate*<void> P);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record @class(string @string, int @int);",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.OAuth2)] public partial record A([Activepieces.PieceProp(\"client_id\")] int ClientId, Mode AuthorizationMethod); public enum Mode { HEADER }",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.NoAuth)] public partial record A",
        "[Activepieces.PieceAuth(\"\\uD800\", Activepieces.AuthType.CustomAuth, ExternalIdPrefix = \"\\uD800\", PieceVersion = \"\\u0000\")] public partial record A(string Host);",
        "namespace N { [Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A(string Host) : B(Host); public abstract record B(string H); }",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] public partial record A(string Host) { public string PieceName => \"x\"; public static string ExternalIdFor(int x) => \"\"; }",
        "[Activepieces.PieceAuth(\"@activepieces/piece-mysql\", Activepieces.AuthType.CustomAuth)] partial record A(string Host) #error broken",
        "[Activepieces.PieceAuth(");

    [Fact]
    public async Task Every_invalid_metadata_file_yields_APC015_and_nothing_throws()
    {
        // 1 200 files, analyzed 50 at a time next to the piece's type. Files of one batch cannot hide each other's
        // problems: an invalid file declares no piece, so it cannot make another file a duplicate.
        const int FilesPerPiece = 200;
        const int BatchSize = 50;
        var mutator = new MetadataMutator(seed: 20261125);
        var failures = new List<string>();
        var checkedFiles = 0;

        foreach (var (piece, source) in Pieces)
        {
            var text = PieceFiles.Read(piece);
            var generated = FullPipeline.Generate(source, [], TestContext.Current.CancellationToken);
            for (var batch = 0; batch < FilesPerPiece / BatchSize; batch++)
            {
                var mutations = new Dictionary<string, string>();
                var files = new List<AdditionalText>();
                for (var i = 0; i < BatchSize; i++)
                {
                    var (json, mutation) = mutator.Invalid(text);
                    var path = $"mutated-{batch}-{i}.piece.json";
                    mutations.Add(path, mutation);
                    files.Add(new InMemoryAdditionalText(path, json));
                }

                var result = await FullPipeline.AnalyzeAsync(generated, [.. files], TestContext.Current.CancellationToken);

                if (Crash(result) is { } crash)
                {
                    failures.Add($"{piece} batch {batch}: {crash}");
                }

                foreach (var (path, mutation) in mutations)
                {
                    var reported = result.AnalyzerDiagnostics.Count(d => d.Id == "APC015" && d.Location.GetLineSpan().Path == path);
                    if (reported != 1)
                    {
                        failures.Add($"{piece} {path} ({mutation}): {reported} APC015");
                    }

                    checkedFiles++;
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(1200, checkedFiles);
    }

    [Fact]
    public async Task Random_mutations_never_throw_and_report_at_most_one_APC015_per_file()
    {
        var mutator = new MetadataMutator(seed: 7);
        var failures = new List<string>();

        foreach (var (piece, source) in Pieces)
        {
            var text = PieceFiles.Read(piece);
            var generated = FullPipeline.Generate(source, [], TestContext.Current.CancellationToken);
            var files = Enumerable.Range(0, 50)
                .Select(i => (AdditionalText)new InMemoryAdditionalText($"random-{i}.piece.json", mutator.Arbitrary(text)))
                .ToImmutableArray();

            var result = await FullPipeline.AnalyzeAsync(generated, files, TestContext.Current.CancellationToken);

            if (Crash(result) is { } crash)
            {
                failures.Add($"{piece}: {crash}");
            }

            failures.AddRange(result.AnalyzerDiagnostics
                .Where(d => d.Id == "APC015")
                .GroupBy(d => d.Location.GetLineSpan().Path)
                .Where(g => g.Count() > 1)
                .Select(g => $"{piece} {g.Key}: {g.Count()} APC015"));
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(BrokenTypes))]
    public async Task Broken_types_never_throw(string source)
    {
        AdditionalText[] files =
        [
            new InMemoryAdditionalText("mysql.piece.json", PieceFiles.Read("mysql")),
            new InMemoryAdditionalText("kitchen-sink.piece.json", PieceFiles.Read("Synthetic/kitchen-sink")),
            new InMemoryAdditionalText("broken.piece.json", "{\"name\":"),
        ];

        var result = await FullPipeline.RunAsync(source, files, TestContext.Current.CancellationToken);

        Assert.Null(Crash(result));
        Assert.Single(result.AnalyzerDiagnostics, d => d.Id == "APC015");
    }

    [Fact]
    public async Task Two_files_describing_one_piece_make_the_second_invalid()
    {
        AdditionalText[] files =
        [
            new InMemoryAdditionalText("a/mysql.piece.json", PieceFiles.Read("mysql")),
            new InMemoryAdditionalText("b/mysql-copy.piece.json", PieceFiles.Read("mysql")),
        ];

        var result = await FullPipeline.RunAsync(Pieces[0].Source, files, TestContext.Current.CancellationToken);

        Assert.Null(Crash(result));
        var diagnostic = Assert.Single(result.AnalyzerDiagnostics, d => d.Id == "APC015");
        Assert.Equal("b/mysql-copy.piece.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("already described by 'mysql.piece.json'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>What crashed, or null: an analyzer exception, AD0001, or a generator failure (CS8784/CS8785).</summary>
    private static string? Crash(FullPipeline.Result result)
    {
        if (result.AnalyzerExceptions.Count > 0)
        {
            return "analyzer threw " + result.AnalyzerExceptions[0];
        }

        var failure = result.AnalyzerDiagnostics.Concat(result.GeneratorDiagnostics)
            .FirstOrDefault(d => d.Id is "AD0001" or "CS8784" or "CS8785");
        return failure?.ToString();
    }
}
