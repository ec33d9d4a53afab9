using System.Text.Json.Nodes;
using Activepieces.Emulator.Embed;
using Activepieces.Emulator.Faults;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Inspection;
using Activepieces.Emulator.Pieces;
using Activepieces.Emulator.Routes;
using Activepieces.Emulator.Services.AppConnections;
using Activepieces.Emulator.Services.GlobalConnections;
using Activepieces.Emulator.Services.ManagedAuthn;
using Activepieces.Emulator.Services.Pieces;
using Activepieces.Emulator.Services.PieceSets;
using Activepieces.Emulator.Services.Platform;
using Activepieces.Emulator.Services.Projects;
using Activepieces.Emulator.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Activepieces.Emulator;

/// <summary>
/// An in-memory emulator of the Activepieces REST API this product uses (projects, global and project connections,
/// piece metadata, the worker connection lookup, the embed token exchange), served by Kestrel over real HTTP.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await ActivepiecesEmulator.StartAsync(
///     new ActivepiecesEmulatorOptions().AddPiece("@activepieces/piece-gelato", "0.1.0"), cancellationToken);
/// var project = emulator.AddProject("Acme", externalId: "acme");
/// // point the client at emulator.BaseUrl with emulator.ApiKey
/// </code>
/// </example>
public sealed class ActivepiecesEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorServices _services;
    private readonly EmulatedPlatform _platform;
    private readonly PieceValidator _validator;
    private readonly PlatformPlan _plan;
    private readonly RequestLog _log;

    private ActivepiecesEmulator(
        WebApplication app, Uri baseUrl, string apiKey, EmulatorServices services, EmulatedPlatform platform, PieceValidator validator, PlatformPlan plan, RequestLog log, FaultInjector faults)
    {
        _app = app;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        _services = services;
        _platform = platform;
        _validator = validator;
        _plan = plan;
        _log = log;
        Faults = faults;
    }

    /// <summary>The instance URL (for example <c>http://127.0.0.1:51234/</c>), without <c>/api</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The API key the emulator accepts (<c>Authorization: Bearer sk-…</c>). Secret: do not log it.</summary>
    public string ApiKey { get; }

    /// <summary>The id of the emulated platform (every project and connection belongs to it).</summary>
    public string PlatformId => _platform.Id;

    /// <summary>The fault rules; add or clear them at any time.</summary>
    public FaultInjector Faults { get; }

    /// <summary>
    /// The plan's <c>globalConnectionsEnabled</c>, changeable while running (see
    /// <see cref="ActivepiecesEmulatorOptions.GlobalConnectionsEnabled"/>); turning it off keeps existing rows.
    /// </summary>
    public bool GlobalConnectionsEnabled
    {
        get => _plan.GlobalConnectionsEnabled;
        set => _plan.GlobalConnectionsEnabled = value;
    }

    /// <summary>
    /// The plan's <c>managePiecesEnabled</c>, changeable while running (see
    /// <see cref="ActivepiecesEmulatorOptions.ManagePiecesEnabled"/>).
    /// </summary>
    public bool ManagePiecesEnabled
    {
        get => _plan.ManagePiecesEnabled;
        set => _plan.ManagePiecesEnabled = value;
    }

    /// <summary>The plan's team-project limit, changeable while running (see <see cref="ActivepiecesEmulatorOptions.TeamProjectsLimit"/>).</summary>
    public TeamProjectsLimit TeamProjectsLimit
    {
        get => _plan.TeamProjectsLimit;
        set => _plan.TeamProjectsLimit = value;
    }

    /// <summary>A snapshot of the live (not deleted) projects, oldest first (the projects API lists them by name instead).</summary>
    public IReadOnlyList<EmulatedProject> Projects => _services.Projects.Snapshots();

    /// <summary>A snapshot of all connections (both scopes), in creation order.</summary>
    public IReadOnlyList<EmulatedConnection> Connections => _services.AppConnections.Snapshots();

    /// <summary>Every request received since start or the last <see cref="ResetRequestLog"/>, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> RequestLog => _log.Snapshot();

    /// <summary>The pieces served, by name, each at its latest version with its auth types (the standalone host lists them).</summary>
    internal IReadOnlyList<ServedPiece> ServedPieces => _services.Pieces.Served();

    /// <summary>The number of requests in <see cref="RequestLog"/>.</summary>
    public int RequestCount => _log.Count();

    /// <summary>Starts an emulator.</summary>
    /// <param name="options">The options; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop.</returns>
    /// <exception cref="ArgumentException">The API key has not the <c>sk-</c> format, or piece metadata is invalid.</exception>
    /// <exception cref="IOException">Kestrel cannot listen on <see cref="ActivepiecesEmulatorOptions.Url"/> (for example, the port is in use).</exception>
    public static async Task<ActivepiecesEmulator> StartAsync(ActivepiecesEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ActivepiecesEmulatorOptions();
        var apiKey = options.ApiKey ?? ApiKeyFormat.Generate();
        if (!ApiKeyFormat.IsValid(apiKey))
        {
            throw new ArgumentException(
                "The API key must be 'sk-' followed by 61 characters from [0-9A-Za-z] (64 characters), like a real Activepieces API key.",
                nameof(options));
        }

        var timeProvider = options.TimeProvider ?? TimeProvider.System;
        var pieces = new PieceMetadataService(timeProvider);
        foreach (var (json, origin) in options.Pieces)
        {
            pieces.Add(json, origin);
        }

        var validator = new PieceValidator(timeProvider);
        foreach (var (pieceName, validation) in options.PieceValidations)
        {
            validator.Set(pieceName, validation);
        }

        var plan = new PlatformPlan(options.GlobalConnectionsEnabled, options.TeamProjectsLimit, options.ManagePiecesEnabled);
        var platform = new EmulatedPlatform(timeProvider);
        var database = new EmulatorDatabase();
        var pieceSets = new PieceSetService(database, plan, timeProvider);
        foreach (var (key, pieceNames) in options.PieceSets)
        {
            pieceSets.AddWithPieces(key, pieceNames);
        }

        var projects = new ProjectService(database, plan, pieceSets, timeProvider);
        var appConnections = new AppConnectionService(
            database, pieces, validator, platform, new ConnectionPieceBinding(options.EnforceConnectionPieceBinding),
            new CustomAuthTokenCache(options.CustomAuthTokenRefreshes),
            new AccountIdentifierResolver(options.AccountIdentifiers, timeProvider),
            timeProvider);
        var managedAuthn = new ManagedAuthnService(projects, platform, timeProvider);
        foreach (var key in options.SigningKeys)
        {
            managedAuthn.AddKey(key);
        }

        var log = new RequestLog();
        var faults = new FaultInjector(options.FaultSeed, options.Faults);
        var services = new EmulatorServices(
            new RequestGate(apiKey),
            new ResponseJson(platform),
            projects,
            appConnections,
            new GlobalConnectionService(database, appConnections, plan),
            pieces,
            managedAuthn,
            pieceSets);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Url.ToString());
        var app = builder.Build();
        var middleware = new EmulatorMiddleware(log, faults, timeProvider);
        app.Use((context, next) => middleware.InvokeAsync(context, _ => next()));
        app.UseRouting();
        ProjectRoutes.Map(app, services);
        GlobalConnectionRoutes.Map(app, services);
        AppConnectionRoutes.Map(app, services, options.OmitConnectionRoutesAfter072);
        if (!options.OmitConnectionRoutesAfter072)
        {
            PlatformAppConnectionRoutes.Map(app, services);
        }

        PieceRoutes.Map(app, services);
        WorkerRoutes.Map(app, services);
        ManagedAuthnRoutes.Map(app, services);
        PieceSetRoutes.Map(app, services);
        app.MapFallback(context => JsonResponse.WriteAsync(context, StatusCodes.Status404NotFound, new JsonObject
        {
            ["statusCode"] = 404,
            ["error"] = "Not Found",
            ["message"] = "Route not found",
        }));

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A port in use or a canceled start: nothing listens, and the host's services are released.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ActivepiecesEmulator(app, new Uri(address.TrimEnd('/') + "/"), apiKey, services, platform, validator, plan, log, faults);
    }

    /// <summary>
    /// Creates a project directly (no HTTP request, not logged), for test setup. The plan's team-project limit does not
    /// apply here (it guards <c>POST /api/v1/projects</c> only).
    /// </summary>
    /// <param name="displayName">The display name.</param>
    /// <param name="externalId">The external id, unique among live projects.</param>
    /// <returns>The project.</returns>
    /// <exception cref="InvalidOperationException">A live project already has <paramref name="externalId"/>.</exception>
    public EmulatedProject AddProject(string displayName, string? externalId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        try
        {
            return _services.Projects.Create(new ProjectCreate(displayName, externalId, null, null, null)).ToSnapshot();
        }
        catch (ApiErrorException)
        {
            throw new InvalidOperationException($"A project with externalId '{externalId}' already exists.");
        }
    }

    /// <summary>Serves one more piece (name and version only).</summary>
    /// <param name="name">The piece name.</param>
    /// <param name="version">The version.</param>
    public void AddPiece(string name, string version = "0.1.0")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _services.Pieces.Add(PieceMetadataService.MinimalMetadata(name, version), $"AddPiece(\"{name}\")");
    }

    /// <summary>Serves one more piece from its metadata JSON.</summary>
    /// <param name="json">The <c>GET /api/v1/pieces/{name}</c> JSON.</param>
    public void AddPieceJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        _services.Pieces.Add(json, "AddPieceJson");
    }

    /// <summary>
    /// Sets (or, with <see langword="null"/>, removes) the validation of <paramref name="pieceName"/> at runtime; see
    /// <see cref="ActivepiecesEmulatorOptions.AddPieceValidation(string, PieceValidation)"/>.
    /// </summary>
    /// <param name="pieceName">The piece name.</param>
    /// <param name="validation">The validation, or <see langword="null"/> to accept every value again.</param>
    public void SetPieceValidation(string pieceName, PieceValidation? validation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pieceName);
        _validator.Set(pieceName, validation);
    }

    /// <summary>
    /// Sets a connection's status directly (no HTTP request, not logged), for test setup: for example <c>ERROR</c>, the
    /// status the server gives a connection whose OAuth refresh failed, which no public route can set.
    /// </summary>
    /// <param name="connectionId">The connection id.</param>
    /// <param name="status"><c>ACTIVE</c>, <c>MISSING</c> or <c>ERROR</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not a connection status.</exception>
    /// <exception cref="KeyNotFoundException">No connection has <paramref name="connectionId"/>.</exception>
    public void SetConnectionStatus(string connectionId, string status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionId);
        if (!AppConnectionStatuses.All.Contains(status))
        {
            throw new ArgumentException($"'{status}' is not a connection status; expected ACTIVE, MISSING or ERROR.", nameof(status));
        }

        if (!_services.AppConnections.SetStatus(connectionId, status))
        {
            throw new KeyNotFoundException($"No connection has id '{connectionId}'.");
        }
    }

    /// <summary>
    /// The fake value the emulator resolves the secret-manager reference <c>{{managerId|ap_sep_v1|path}}</c> to (on the
    /// piece-side view and for piece validation): <c>emulated-secret-</c> + 24 hex characters derived from both parts.
    /// </summary>
    /// <param name="managerId">The secret manager id.</param>
    /// <param name="path">The secret's path in that manager.</param>
    /// <returns>The resolved value.</returns>
    public static string ResolveSecretReference(string managerId, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(managerId);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return SecretManagerReferences.FakeValue(managerId, path);
    }

    /// <summary>Registers one more embed-token signing key.</summary>
    /// <param name="key">The key.</param>
    public void AddSigningKey(EmbedSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _services.ManagedAuthn.AddKey(key);
    }

    /// <summary>
    /// The value a piece would receive from <c>context.connections.get(externalId)</c> when running in
    /// <paramref name="projectId"/> (the same answer as <c>GET /api/v1/worker/app-connections/{externalId}</c>), or
    /// <see langword="null"/> when no connection matches. SECRET.
    /// </summary>
    /// <param name="externalId">The connection external id (exact, case-sensitive).</param>
    /// <param name="projectId">The project the piece runs in.</param>
    /// <returns>The value JSON, or <see langword="null"/>.</returns>
    public string? GetConnectionValueForPiece(string externalId, string projectId)
    {
        ArgumentNullException.ThrowIfNull(externalId);
        ArgumentNullException.ThrowIfNull(projectId);
        return _services.AppConnections.FindForWorker(externalId, projectId) is { } connection
            ? ConnectionValues.ForPiece(connection.Type, connection.ValueJson)
            : null;
    }

    /// <summary>Counts logged requests by method (<c>*</c> for any) and path pattern (<c>*</c> = one segment, <c>**</c> = anything).</summary>
    /// <param name="method">The HTTP method or <c>*</c>.</param>
    /// <param name="pathPattern">For example <c>/api/v1/global-connections</c>.</param>
    /// <returns>The count.</returns>
    public int CountRequests(string method, string pathPattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        return _log.Count(method, pathPattern);
    }

    /// <summary>Empties <see cref="RequestLog"/>.</summary>
    public void ResetRequestLog() => _log.Clear();

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"Activepieces emulator at {BaseUrl}";
}
