using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Instance;

/// <summary>
/// A library client (<see cref="ActivepiecesPiecesClient"/> or <see cref="ActivepiecesClient"/>) for the instance and
/// key of a command line, built from <see cref="ActivepiecesOptions"/> so that it has the library's one resilience
/// pipeline (retries, timeouts, circuit) on the command's clock. Every call goes through <see cref="FailureTranslator"/>,
/// so each failure is one line that names the subject and the instance (never the key).
/// </summary>
/// <typeparam name="TClient">The library client.</typeparam>
internal sealed class InstanceClient<TClient> : IDisposable
    where TClient : IDisposable
{
    private readonly TClient _client;

    private InstanceClient(TClient client, Uri instanceUrl)
    {
        _client = client;
        InstanceUrl = instanceUrl;
    }

    /// <summary>The instance URL, for messages.</summary>
    public Uri InstanceUrl { get; }

    /// <summary>Creates the library client with <paramref name="create"/>, from the options and the command's clock.</summary>
    /// <exception cref="CliException">The library refuses the settings (the message names the option).</exception>
    public static InstanceClient<TClient> Create(InstanceSettings settings, Func<ActivepiecesOptions, TimeProvider, TClient> create)
    {
        // The library's own rules, checked first so that the message names the command line's option. Without a key
        // (the public pieces routes) nothing secret travels, so plain http to any host is acceptable.
        var anonymous = settings.ApiKey is null;
        var failure = InstanceUrls.Problem(settings.InstanceUrl, allowInsecureHttp: anonymous, insecureHttpSetting: null) is { } urlProblem
            ? "--instance " + urlProblem
            : !anonymous && ApiKeys.Problem(settings.ApiKey) is { } keyProblem ? "--api-key " + keyProblem : null;
        if (failure is not null)
        {
            throw new CliException(failure + ".");
        }

        var options = new ActivepiecesOptions { InstanceUrl = settings.InstanceUrl, ApiKey = settings.ApiKey };
        try
        {
            return new InstanceClient<TClient>(create(options, settings.Time), settings.InstanceUrl);
        }
        catch (ArgumentException exception)
        {
            throw FailureTranslator.Translate(exception, subject: null, settings.InstanceUrl);
        }
    }

    /// <summary>Runs <paramref name="call"/>; a failure becomes the <see cref="CliException"/> of <see cref="FailureTranslator"/>.</summary>
    /// <param name="subject">What the call is about, as the message starts: a piece name, a command.</param>
    /// <param name="call">The library call.</param>
    /// <param name="cancellationToken">The command's token: its cancellation is passed on untranslated.</param>
    public async Task<T> CallAsync<T>(string subject, Func<TClient, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(_client).ConfigureAwait(false);
        }
        catch (Exception exception) when (FailureTranslator.CanTranslate(exception, cancellationToken))
        {
            throw FailureTranslator.Translate(exception, subject, InstanceUrl);
        }
    }

    public void Dispose() => _client.Dispose();
}
