namespace Activepieces.Emulator.Tests;

public sealed class StandaloneArgumentsTests
{
    [Fact]
    public void No_arguments_listen_on_5199_with_the_documented_development_key()
    {
        var arguments = StandaloneArguments.Parse([]);

        Assert.False(arguments.ShowHelp);
        Assert.Equal(new Uri("http://127.0.0.1:5199"), arguments.Options.Url);
        Assert.Equal(ActivepiecesEmulatorOptions.DevelopmentApiKey, arguments.Options.ApiKey);
        Assert.True(ApiKeyFormat.IsValid(ActivepiecesEmulatorOptions.DevelopmentApiKey));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_is_recognised_wherever_it_stands(string flag)
    {
        Assert.True(StandaloneArguments.Parse([flag]).ShowHelp);
        Assert.True(StandaloneArguments.Parse(["--urls", "http://127.0.0.1:0", flag]).ShowHelp);
        Assert.Contains("--api-key", StandaloneArguments.Usage, StringComparison.Ordinal);
        Assert.Contains(ActivepiecesEmulatorOptions.DevelopmentApiKey, StandaloneArguments.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Urls_api_key_and_fault_seed_override_the_defaults()
    {
        var key = ApiKeyFormat.Generate();

        var options = StandaloneArguments.Parse(["--urls", "http://0.0.0.0:8080;http://[::]:8080", "--api-key", key, "--fault-seed", "7"]).Options;

        Assert.Equal(new Uri("http://0.0.0.0:8080"), options.Url);
        Assert.Equal(key, options.ApiKey);
        Assert.Equal(7, options.FaultSeed);
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--urls")]
    [InlineData("--fault-seed", "x")]
    [InlineData("--urls", "not a url")]
    public void Unknown_or_incomplete_arguments_fail_with_a_message(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => StandaloneArguments.Parse(args));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void A_malformed_api_key_is_rejected_without_repeating_it()
    {
        const string typo = "sk-almost-a-real-key";

        var error = Assert.Throws<ArgumentException>(() => StandaloneArguments.Parse(["--api-key", typo]));

        Assert.DoesNotContain(typo, error.Message, StringComparison.Ordinal);
    }
}
