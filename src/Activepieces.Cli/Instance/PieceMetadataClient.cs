using System.Net;
using System.Text.Json;
using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Instance;

/// <summary>
/// Fetches piece metadata from an instance through <see cref="IActivepiecesClient.Pieces"/>, and turns every failure into
/// a one-line <see cref="CliException"/> that names the piece and the instance (never the key).
/// </summary>
internal sealed class PieceMetadataClient : IDisposable
{
    /// <summary>A syntactically valid key that never leaves the process (see <see cref="AnonymousRequestHandler"/>).</summary>
    private static readonly string PlaceholderKey = "sk-" + new string('0', 61);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http;
    private readonly ActivepiecesClient _client;
    private readonly Uri _instanceUrl;

    public PieceMetadataClient(InstanceSettings settings)
    {
        _instanceUrl = settings.InstanceUrl;
        var anonymous = settings.ApiKey is null;
        HttpMessageHandler handler = new SocketsHttpHandler();
        if (anonymous)
        {
            handler = new AnonymousRequestHandler(handler);
        }

        _http = new HttpClient(handler) { Timeout = Timeout };
        var options = new ActivepiecesOptions
        {
            InstanceUrl = settings.InstanceUrl,
            ApiKey = settings.ApiKey ?? PlaceholderKey,

            // Without a key nothing secret travels, so plain http to any host is acceptable for public metadata.
            AllowInsecureHttp = anonymous,
        };

        var failure = ActivepiecesOptionsValidator.GetFailure(options);
        if (failure is not null)
        {
            _http.Dispose();
            throw new CliException(failure.Replace($"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.InstanceUrl)}", "--instance", StringComparison.Ordinal)
                .Replace($"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.ApiKey)}", "--api-key", StringComparison.Ordinal));
        }

        _client = new ActivepiecesClient(_http, options);
    }

    /// <summary>Fetches the metadata of <paramref name="pieceName"/> (a full npm name) at <paramref name="version"/> (latest when null).</summary>
    /// <exception cref="CliException">The piece is unknown, the instance cannot be reached, or it answered with an error.</exception>
    public async Task<PieceMetadata> GetAsync(string pieceName, string? version, CancellationToken cancellationToken)
    {
        var what = version is null ? pieceName : $"{pieceName}@{version}";
        try
        {
            return await _client.Pieces.GetAsync(pieceName, version, cancellationToken).ConfigureAwait(false);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            throw new CliException($"{what}: not found on {_instanceUrl} (404{Code(exception)}).", exception);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new CliException($"{what}: {_instanceUrl} refused the request ({(int)exception.StatusCode}{Code(exception)}); check the API key.", exception);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode != 0)
        {
            throw new CliException($"{what}: {_instanceUrl} answered {(int)exception.StatusCode} {exception.StatusCode}{Code(exception)}.", exception);
        }
        catch (ActivepiecesApiException exception)
        {
            throw new CliException($"{what}: {_instanceUrl} answered with metadata that cannot be read ({exception.Message}).", exception);
        }
        catch (ActivepiecesUnavailableException exception)
        {
            // The client reports an unanswered request as one documented type; its cause says why (refused, DNS, timeout).
            throw new CliException($"{what}: cannot reach {_instanceUrl} ({exception.InnerException?.Message ?? exception.Message}).", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new CliException($"{what}: cannot reach {_instanceUrl} ({exception.Message}).", exception);
        }
        catch (JsonException exception)
        {
            throw new CliException($"{what}: {_instanceUrl} answered with JSON that is not piece metadata ({exception.Message}).", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"{what}: {_instanceUrl} did not answer within {Timeout.TotalSeconds:0} s.", exception);
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _http.Dispose();
    }

    private static string Code(ActivepiecesApiException exception) => exception.Code is null ? string.Empty : " " + exception.Code;
}
