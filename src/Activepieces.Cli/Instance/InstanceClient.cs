using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Instance;

/// <summary>
/// An <see cref="ActivepiecesClient"/> for the instance and key of a command line, with the <see cref="HttpClient"/> it
/// owns. Every command that talks to an instance gets its client here. Without a key (allowed only for the public
/// pieces endpoint) no <c>Authorization</c> header is sent (see <see cref="AnonymousRequestHandler"/>).
/// </summary>
internal sealed class InstanceClient : IDisposable
{
    /// <summary>How long one request may take before the command reports the instance as not answering.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>A syntactically valid key that never leaves the process (see <see cref="AnonymousRequestHandler"/>).</summary>
    private static readonly string PlaceholderKey = "sk-" + new string('0', 61);

    private readonly HttpClient _http;

    private InstanceClient(HttpClient http, ActivepiecesClient client, Uri instanceUrl)
    {
        _http = http;
        Client = client;
        InstanceUrl = instanceUrl;
    }

    /// <summary>The client.</summary>
    public ActivepiecesClient Client { get; }

    /// <summary>The instance URL, for messages.</summary>
    public Uri InstanceUrl { get; }

    /// <summary>Creates the client.</summary>
    /// <exception cref="CliException">The settings are not acceptable to the client (the message names the option).</exception>
    public static InstanceClient Create(InstanceSettings settings)
    {
        var anonymous = settings.ApiKey is null;
        HttpMessageHandler handler = new SocketsHttpHandler();
        if (anonymous)
        {
            handler = new AnonymousRequestHandler(handler);
        }

        var http = new HttpClient(handler) { Timeout = Timeout };
        var options = new ActivepiecesOptions
        {
            InstanceUrl = settings.InstanceUrl,
            ApiKey = settings.ApiKey ?? PlaceholderKey,

            // Without a key nothing secret travels, so plain http to any host is acceptable for public metadata.
            AllowInsecureHttp = anonymous,
        };

        // The library's own rules, checked first so that the message names the command line's option.
        var failure = InstanceUrls.Problem(options.InstanceUrl, options.AllowInsecureHttp, insecureHttpSetting: null) is { } urlProblem
            ? "--instance " + urlProblem
            : ApiKeys.Problem(options.ApiKey) is { } keyProblem ? "--api-key " + keyProblem : null;
        if (failure is not null)
        {
            http.Dispose();
            throw new CliException(failure + ".");
        }

        return new InstanceClient(http, new ActivepiecesClient(http, options), settings.InstanceUrl);
    }

    public void Dispose()
    {
        Client.Dispose();
        _http.Dispose();
    }
}
