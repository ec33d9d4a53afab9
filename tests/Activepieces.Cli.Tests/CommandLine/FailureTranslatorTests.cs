using System.Net;
using System.Text.Json;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Tests.Infrastructure;

namespace Activepieces.Cli.Tests.CommandLine;

/// <summary>The one table from library, network and file failures to the line the user reads.</summary>
public sealed class FailureTranslatorTests
{
    private static readonly Uri Instance = new("https://ap.example.test/");

    public static TheoryData<string, string> Cases { get; } = new()
    {
        { "404", "mysql: not found on https://ap.example.test/ (404 ENTITY_NOT_FOUND)." },
        { "401", "mysql: https://ap.example.test/ refused the request (401); check the API key." },
        { "402", "mysql: https://ap.example.test/ answered 402 FEATURE_DISABLED: the platform's plan does not include GET /api/v1/pieces/mysql." },
        { "500", "mysql: https://ap.example.test/ answered 500 InternalServerError (GET /api/v1/pieces/mysql)." },
        { "unreadable", "mysql: https://ap.example.test/ answered with a body that cannot be read (Activepieces API GET /api/v1/pieces/mysql answered 200 with a body that is not a valid JSON document.)." },
        { "timeout", "mysql: https://ap.example.test/ did not answer in time." },
        { "refused", "mysql: cannot reach https://ap.example.test/ (Connection refused (ap.example.test:443))." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_failure_of_the_library_is_one_line_naming_the_subject_and_the_instance(string name, string expected)
    {
        using var pieces = new ActivepiecesPiecesClient(new HttpClient(new StubHandler(Answer(name))), new ActivepiecesOptions { InstanceUrl = Instance });
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => pieces.GetAsync("mysql", cancellationToken: TestContext.Current.CancellationToken));

        Assert.True(FailureTranslator.CanTranslate(exception, TestContext.Current.CancellationToken));
        var failure = FailureTranslator.Translate(exception, "mysql", Instance);

        Assert.Equal(expected, failure.Message);
        Assert.Equal(ExitCodes.Error, failure.ExitCode);
        Assert.Same(exception, failure.InnerException);
    }

    [Fact]
    public void File_and_JSON_failures_are_one_line_after_their_subject()
    {
        Assert.Equal(
            "mysql: cannot write to pieces: Access denied.",
            FailureTranslator.Translate(new UnauthorizedAccessException("Access denied."), "mysql: cannot write to pieces", instance: null).Message);
        Assert.Equal(
            "pieces/a.piece.json: the instance answered with JSON that cannot be read (unexpected token at line 2).",
            FailureTranslator.Translate(new JsonException("unexpected token\nat line 2"), "pieces/a.piece.json", instance: null).Message);
    }

    [Fact]
    public void An_options_failure_is_one_line_without_the_parameter_name()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ActivepiecesPiecesClient(
            new ActivepiecesOptions { InstanceUrl = new Uri("http://ap.example.test"), ApiKey = "sk-" + new string('k', 61) }));

        var failure = FailureTranslator.Translate(exception, subject: null, Instance);

        Assert.StartsWith("ActivepiecesOptions.InstanceUrl uses http:// to a non-loopback host", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("kkkk", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_callers_own_cancellation_is_not_translated()
    {
        using var canceled = new CancellationTokenSource();
        canceled.Cancel();

        Assert.False(FailureTranslator.CanTranslate(new OperationCanceledException(canceled.Token), canceled.Token));
        Assert.True(FailureTranslator.CanTranslate(new TaskCanceledException(), CancellationToken.None));
        Assert.False(FailureTranslator.CanTranslate(new CliException("already one line"), CancellationToken.None));
    }

    [Fact]
    public async Task A_key_over_plain_http_to_another_host_is_refused_before_any_request_naming_the_option()
    {
        using var dir = new TempDirectory();
        var key = "sk-" + new string('s', 61);

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--instance", "http://ap.example.test", "--api-key", key);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --instance uses http:// to a non-loopback host", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(key, run.Out + run.Error, StringComparison.Ordinal);
    }

    private static Func<HttpResponseMessage> Answer(string name) => name switch
    {
        "404" => () => Status(HttpStatusCode.NotFound, """{"code":"ENTITY_NOT_FOUND","params":{"entityType":"piece"}}"""),
        "401" => () => Status(HttpStatusCode.Unauthorized, "{}"),
        "402" => () => Status(HttpStatusCode.PaymentRequired, """{"code":"FEATURE_DISABLED"}"""),
        "500" => () => Status(HttpStatusCode.InternalServerError, "oops"),
        "unreadable" => () => Status(HttpStatusCode.OK, "[1,2"),
        "timeout" => () => throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout."),
        "refused" => () => throw new HttpRequestException("Connection refused (ap.example.test:443)"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static HttpResponseMessage Status(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>Answers every request with the given function (or throws what it throws).</summary>
    private sealed class StubHandler(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer());
    }
}
