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

    public Option<string> Instance { get; } = new("--instance")
    {
        Description = $"The Activepieces instance URL (default: ${InstanceVariable}, else {DefaultInstance}).",
        HelpName = "url",
        Recursive = true,
    };

    public Option<string> ApiKey { get; } = new("--api-key")
    {
        Description = $"A platform API key, sk-… (default: ${ApiKeyVariable}). Optional for pieces commands. Never printed.",
        HelpName = "key",
        Recursive = true,
    };

    /// <summary>Adds both options to <paramref name="root"/>; they are recursive, so every subcommand accepts them.</summary>
    public void AddTo(Command root)
    {
        root.Options.Add(Instance);
        root.Options.Add(ApiKey);
    }

    /// <summary>Resolves the instance and key of a parsed command line.</summary>
    /// <exception cref="CliException">The URL is not an absolute http(s) URL, or a required key is missing or malformed.</exception>
    public InstanceSettings Resolve(ParseResult parseResult, CliEnvironment environment, bool apiKeyRequired)
    {
        var (url, source) = parseResult.GetValue(Instance) is { Length: > 0 } option
            ? (option, "--instance")
            : environment.GetVariable(InstanceVariable) is { Length: > 0 } variable
                ? (variable, InstanceVariable)
                : (DefaultInstance, "the default instance");

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var instanceUrl)
            || (instanceUrl.Scheme != Uri.UriSchemeHttps && instanceUrl.Scheme != Uri.UriSchemeHttp)
            || instanceUrl.Host.Length == 0)
        {
            throw new CliException($"{source} is not an http(s) URL such as {DefaultInstance}.");
        }

        if (!string.IsNullOrEmpty(instanceUrl.UserInfo) || !string.IsNullOrEmpty(instanceUrl.Query) || !string.IsNullOrEmpty(instanceUrl.Fragment))
        {
            throw new CliException($"{source} must be the bare instance URL, without credentials, query or fragment (e.g. {DefaultInstance}).");
        }

        var key = parseResult.GetValue(ApiKey) is { Length: > 0 } keyOption ? keyOption : environment.GetVariable(ApiKeyVariable);
        key = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
        if (key is null && apiKeyRequired)
        {
            throw new CliException($"An API key is required: pass --api-key or set {ApiKeyVariable}.");
        }

        if (key is not null && (!key.StartsWith("sk-", StringComparison.Ordinal) || key.Length <= 3 || key.Any(char.IsWhiteSpace)))
        {
            throw new CliException($"The API key (--api-key or {ApiKeyVariable}) is not a platform API key: it must start with 'sk-'.");
        }

        return new InstanceSettings(instanceUrl, key) { Time = environment.Time };
    }
}
