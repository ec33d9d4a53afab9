using System.Net;
using System.Text.Json;
using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Instance;

/// <summary>
/// Fetches piece metadata through <see cref="ActivepiecesClient.Pieces"/> of an <see cref="InstanceClient"/>, and turns
/// every failure into a one-line <see cref="CliException"/> that names the piece and the instance (never the key).
/// </summary>
internal sealed class PieceMetadataClient : IDisposable
{
    private readonly InstanceClient _instance;

    /// <exception cref="CliException">The settings are not acceptable to the client.</exception>
    public PieceMetadataClient(InstanceSettings settings)
    {
        _instance = InstanceClient.Create(settings);
    }

    /// <summary>Fetches the metadata of <paramref name="pieceName"/> (a full npm name) at <paramref name="version"/> (latest when null).</summary>
    /// <exception cref="CliException">The piece is unknown, the instance cannot be reached, or it answered with an error.</exception>
    public async Task<PieceMetadata> GetAsync(string pieceName, string? version, CancellationToken cancellationToken)
    {
        var what = version is null ? pieceName : $"{pieceName}@{version}";
        try
        {
            return await _instance.Client.Pieces.GetAsync(pieceName, version, cancellationToken).ConfigureAwait(false);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            throw new CliException($"{what}: not found on {_instance.InstanceUrl} (404{Code(exception)}).", exception);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new CliException($"{what}: {_instance.InstanceUrl} refused the request ({(int)exception.StatusCode}{Code(exception)}); check the API key.", exception);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode != 0)
        {
            throw new CliException($"{what}: {_instance.InstanceUrl} answered {(int)exception.StatusCode} {exception.StatusCode}{Code(exception)}.", exception);
        }
        catch (ActivepiecesApiException exception)
        {
            throw new CliException($"{what}: {_instance.InstanceUrl} answered with metadata that cannot be read ({exception.Message}).", exception);
        }
        catch (ActivepiecesUnavailableException exception) when (exception.Reason == ActivepiecesUnavailableReason.TimedOut)
        {
            throw new CliException($"{what}: {_instance.InstanceUrl} did not answer within {InstanceClient.Timeout.TotalSeconds:0} s.", exception);
        }
        catch (ActivepiecesUnavailableException exception)
        {
            // The transport failure itself ("Connection refused (host:port)") says more than the client's summary.
            throw new CliException($"{what}: cannot reach {_instance.InstanceUrl} ({(exception.InnerException ?? exception).Message}).", exception);
        }
        catch (JsonException exception)
        {
            throw new CliException($"{what}: {_instance.InstanceUrl} answered with JSON that is not piece metadata ({exception.Message}).", exception);
        }
    }

    public void Dispose() => _instance.Dispose();

    private static string Code(ActivepiecesApiException exception) => exception.Code is null ? string.Empty : " " + exception.Code;
}
