using System.CommandLine;
using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Instance;

/// <summary>
/// <c>--instance</c> and <c>--api-key</c>, shared by every command that talks to an instance. The instance is
/// <c>--instance</c>, else <c>ACTIVEPIECES_URL</c>, else <see cref="DefaultInstance"/>; the key is <c>--api-key</c>,
/// else <c>ACTIVEPIECES_API_KEY</c>.
/// </summary>
internal sealed class InstanceOptions
{
    public const string InstanceVariable = "ACTIVEPIECES_URL";
    public const string ApiKeyVariable = "ACTIVEPIECES_API_KEY";
    public const string DefaultInstance = "https://cloud.activepieces.com";

    /// <summary>The <c>--api-key</c> help of the <c>pieces</c> commands, which read the public piece routes.</summary>
    public const string KeyOptional = "Optional: piece metadata is public.";

    /// <summary>The <c>--api-key</c> help of the <c>connections</c> commands.</summary>
    public const string KeyRequired = "Required.";

    /// <param name="apiKeyUse">Whether the commands these options are added to need the key, for the help (<see cref="KeyOptional"/>, <see cref="KeyRequired"/>).</param>
    public InstanceOptions(string apiKeyUse)
    {
        ApiKey = new Option<string>("--api-key")
        {
            Description = $"A platform API key, sk-… (default: ${ApiKeyVariable}). {apiKeyUse} Never printed.",
            HelpName = "key",
            Recursive = true,
        };
    }

    public Option<string> Instance { get; } = new("--instance")
    {
        Description = $"The Activepieces instance URL, without /api (default: ${InstanceVariable}, else {DefaultInstance}).",
        HelpName = "url",
        Recursive = true,
    };

    public Option<string> ApiKey { get; }

    /// <summary>Adds both options to <paramref name="command"/>; they are recursive, so its subcommands accept them too.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Instance);
        command.Options.Add(ApiKey);
    }

    /// <summary>
    /// Resolves the instance and key of a parsed command line, by the rules the library's options validation applies
    /// (<see cref="InstanceUrls"/>, <see cref="ApiKeys"/>), each message naming where the value came from.
    /// </summary>
    /// <exception cref="CliException">The URL breaks the instance-URL rule, or a required key is missing or malformed.</exception>
    public InstanceSettings Resolve(ParseResult parseResult, CliEnvironment environment, bool apiKeyRequired)
    {
        var (key, keySource) = parseResult.GetValue(ApiKey) is { Length: > 0 } keyOption
            ? (keyOption, "--api-key")
            : (environment.GetVariable(ApiKeyVariable), ApiKeyVariable);
        key = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
        if (key is null && apiKeyRequired)
        {
            throw new CliException($"An API key is required: pass --api-key or set {ApiKeyVariable}.");
        }

        if (key is not null && ApiKeys.Problem(key) is { } keyProblem)
        {
            throw new CliException($"{keySource} {keyProblem}.");
        }

        var (url, source) = parseResult.GetValue(Instance) is { Length: > 0 } option
            ? (option, "--instance")
            : environment.GetVariable(InstanceVariable) is { Length: > 0 } variable
                ? (variable, InstanceVariable)
                : (DefaultInstance, "the default instance");

        // Without a key (the public pieces routes) nothing secret travels, so plain http to any host is acceptable.
        if (InstanceUrls.Problem(url, allowInsecureHttp: key is null, insecureHttpSetting: null, out var instanceUrl) is { } urlProblem)
        {
            throw new CliException($"{source} {urlProblem}.");
        }

        return new InstanceSettings(instanceUrl!, key) { Time = environment.Time };
    }
}
