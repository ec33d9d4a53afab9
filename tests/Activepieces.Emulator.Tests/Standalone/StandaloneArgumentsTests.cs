using Activepieces.Emulator.Standalone;

namespace Activepieces.Emulator.Tests.Standalone;

public sealed class StandaloneArgumentsTests
{
    [Fact]
    public void No_arguments_listen_on_5199_with_the_documented_development_key()
    {
        var arguments = StandaloneArguments.Parse([]);

        Assert.False(arguments.ShowHelp);
        Assert.Null(arguments.Error);
        Assert.Equal(new Uri("http://127.0.0.1:5199"), arguments.Options!.Url);
        Assert.Equal(ActivepiecesEmulatorOptions.DevelopmentApiKey, arguments.Options.ApiKey);
        Assert.Equal(0, arguments.Options.FaultSeed);
        Assert.Empty(arguments.Options.Pieces);
        Assert.True(ApiKeyFormat.IsValid(ActivepiecesEmulatorOptions.DevelopmentApiKey));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_is_recognised_wherever_it_stands_and_shows_the_flags_defaults_and_examples(string flag)
    {
        var arguments = StandaloneArguments.Parse(["--urls", "http://127.0.0.1:0", flag]);
        using var output = new StringWriter();

        var exitCode = arguments.WriteHelp(output);

        Assert.True(StandaloneArguments.Parse([flag]).ShowHelp);
        Assert.True(arguments.ShowHelp);
        Assert.Equal(0, exitCode);
        var help = output.ToString();
        Assert.Contains("--api-key", help, StringComparison.Ordinal);
        Assert.Contains("--pieces", help, StringComparison.Ordinal);
        Assert.Contains("--fault-seed", help, StringComparison.Ordinal);
        Assert.Contains(StandaloneArguments.DefaultUrl, help, StringComparison.Ordinal);
        Assert.Contains(ActivepiecesEmulatorOptions.DevelopmentApiKey, help, StringComparison.Ordinal);
        Assert.Contains("Examples:", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Urls_api_key_fault_seed_and_pieces_override_the_defaults()
    {
        var key = ApiKeyFormat.Generate();

        var options = StandaloneArguments.Parse([
            "--urls", "http://0.0.0.0:8080;http://[::]:8080", "--api-key", key, "--fault-seed", "7",
            "--pieces", TestPieceFiles.Directory, "--pieces", TestPieceFiles.Directory]).Options!;

        Assert.Equal(new Uri("http://0.0.0.0:8080"), options.Url);
        Assert.Equal(key, options.ApiKey);
        Assert.Equal(7, options.FaultSeed);
        var filesPerDirectory = Directory.GetFiles(TestPieceFiles.Directory, "*.piece.json").Length;
        Assert.True(filesPerDirectory > 0);
        Assert.Equal(2 * filesPerDirectory, options.Pieces.Count);
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--urls")]
    [InlineData("--fault-seed", "x")]
    [InlineData("--urls", "not a url")]
    [InlineData("--pieces", "no/such/directory")]
    public void Unknown_or_incomplete_arguments_fail_with_one_line_naming_the_flag(params string[] args)
    {
        var arguments = StandaloneArguments.Parse(args);

        Assert.False(arguments.ShowHelp);
        Assert.Null(arguments.Options);
        Assert.NotNull(arguments.Error);
        Assert.StartsWith("error: ", arguments.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', arguments.Error);
        Assert.Contains(args[0], arguments.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--apikey", "{0}")]
    [InlineData("--apikey={0}")]
    [InlineData("{0}")]
    [InlineData("--urls", "http://127.0.0.1:0", "{0}")]
    public void A_key_after_a_mistyped_flag_or_without_a_flag_is_never_repeated(params string[] args)
    {
        var key = ApiKeyFormat.Generate();

        var arguments = StandaloneArguments.Parse(args.Select(arg => string.Format(System.Globalization.CultureInfo.InvariantCulture, arg, key)).ToArray());

        Assert.Null(arguments.Options);
        Assert.NotNull(arguments.Error);
        Assert.DoesNotContain(key, arguments.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', arguments.Error);
        if (args[0].StartsWith("--apikey", StringComparison.Ordinal))
        {
            Assert.Contains("'--apikey'", arguments.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_malformed_api_key_is_rejected_without_repeating_it()
    {
        const string typo = "sk-almost-a-real-key";

        var arguments = StandaloneArguments.Parse(["--api-key", typo]);

        Assert.Null(arguments.Options);
        Assert.Contains("--api-key", arguments.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(typo, arguments.Error, StringComparison.Ordinal);
    }
}
