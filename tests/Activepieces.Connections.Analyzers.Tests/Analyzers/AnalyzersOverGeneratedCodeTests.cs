using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Analyzers.Tests.Analyzers;

/// <summary>
/// The analyzers run on the compilation the compiler really analyzes: the one that already holds the generator's output
/// (a partial that implements <c>IConnectionValue</c> and declares <c>PieceName</c>, <c>PrintMembers</c>, …). Correct
/// records must stay clean there — the generated half is not the user's code.
/// </summary>
public sealed class AnalyzersOverGeneratedCodeTests
{
    public static TheoryData<string, string> CorrectRecords { get; } = new()
    {
        { "mysql", """
            [Activepieces.PieceAuth("@activepieces/piece-mysql", Activepieces.AuthType.CustomAuth)]
            public partial record MySqlConnection(string Host, int Port, string User, [property: Activepieces.Secret] string Password, string? Database = null);
            """ },
        { "deepseek", """
            [Activepieces.PieceAuth("@activepieces/piece-deepseek", Activepieces.AuthType.SecretText)]
            public partial record DeepSeekAuth([property: Activepieces.Secret] string ApiKey);
            """ },
        { "pdfcrowd", """
            [Activepieces.PieceAuth("@activepieces/piece-pdfcrowd", Activepieces.AuthType.BasicAuth, Scope = Activepieces.ConnectionScope.Project)]
            public partial record struct PdfcrowdAuth(string Username, [property: Activepieces.Secret] string Password);
            """ },
        { "mistral-ai", """
            namespace Acme.Integrations;

            [Activepieces.PieceAuth("@activepieces/piece-mistral-ai", Activepieces.AuthType.CustomAuth, ExternalIdPrefix = "mistral_")]
            public sealed partial class MistralGateway
            {
                public required string AccountId { get; init; }
                public required string GatewayId { get; init; }
            }
            """ },
    };

    [Theory]
    [MemberData(nameof(CorrectRecords))]
    public async Task A_correct_record_reports_nothing_after_generation(string piece, string source)
    {
        var files = new[] { (AdditionalText)new InMemoryAdditionalText($"{piece}.piece.json", PieceFiles.Read(piece)) };
        var result = await FullPipeline.RunAsync(source, files, TestContext.Current.CancellationToken);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.AnalyzerExceptions);
        Assert.Empty(result.AnalyzerDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_user_declared_IConnectionValue_is_still_reported_after_generation()
    {
        const string source = """
            [Activepieces.PieceAuth("@activepieces/piece-deepseek", Activepieces.AuthType.SecretText)]
            public partial record DeepSeekAuth([property: Activepieces.Secret] string ApiKey) : Activepieces.IConnectionValue
            {
                Activepieces.AuthType Activepieces.IConnectionValue.AuthType => Activepieces.AuthType.SecretText;
                void Activepieces.IConnectionValue.WriteValue(System.Text.Json.Utf8JsonWriter writer) { }
            }
            """;
        var result = await FullPipeline.RunAsync(source, [], TestContext.Current.CancellationToken);

        Assert.Contains(result.AnalyzerDiagnostics, d => d.Id == "APC020");
    }
}
