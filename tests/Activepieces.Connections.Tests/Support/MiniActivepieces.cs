using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Activepieces.Tests.Support;

/// <summary>
/// A tiny stateful stand-in for the projects and connections routes, enough for unit tests of the client's flows
/// (the emulator integration tests cover the real behaviour in depth).
/// </summary>
public sealed class MiniActivepieces
{
    private readonly ConcurrentDictionary<string, string> _projects = new(); // externalId -> id
    private readonly ConcurrentDictionary<string, (string ExternalId, string ProjectId, string Scope)> _connections = new();
    private int _nextId;

    public MiniActivepieces() => Handler = new FakeHttpHandler(RespondAsync);

    public FakeHttpHandler Handler { get; }

    /// <summary>Delay applied to every project creation (to widen race windows).</summary>
    public TimeSpan CreateDelay { get; set; }

    /// <summary>Optional override; return null to fall through to the default behaviour.</summary>
    public Func<RecordedRequest, HttpResponseMessage?>? Intercept { get; set; }

    public ActivepiecesClient CreateClient(TimeProvider? timeProvider = null, TimeSpan? ensureCacheDuration = null) =>
        new(new HttpClient(Handler), TestData.Options(ensureCacheDuration), timeProvider: timeProvider);

    public void AddProject(string externalId, string id) => _projects[externalId] = id;

    public void RemoveProject(string externalId) => _projects.TryRemove(externalId, out _);

    public int ConnectionCount => _connections.Count;

    private async Task<HttpResponseMessage> RespondAsync(RecordedRequest request, CancellationToken cancellationToken)
    {
        if (Intercept?.Invoke(request) is { } intercepted)
        {
            return intercepted;
        }

        var path = request.Path;
        if (path == "/api/v1/projects" && request.Method == HttpMethod.Get)
        {
            var externalId = QueryValue(request.Uri, "externalId");
            return FakeHttpHandler.Json(externalId is not null && _projects.TryGetValue(externalId, out var id)
                ? TestData.Page(TestData.ProjectJson(id, externalId))
                : TestData.Page());
        }

        if (path == "/api/v1/projects" && request.Method == HttpMethod.Post)
        {
            await Task.Delay(CreateDelay, cancellationToken);
            using var body = JsonDocument.Parse(request.Body!);
            var externalId = body.RootElement.GetProperty("externalId").GetString()!;
            var id = "proj" + Interlocked.Increment(ref _nextId);
            if (!_projects.TryAdd(externalId, id))
            {
                return FakeHttpHandler.Json(HttpStatusCode.InternalServerError, """{"statusCode":500,"error":"Internal Server Error","message":"duplicate key value violates unique constraint"}""");
            }

            return FakeHttpHandler.Json(HttpStatusCode.Created, TestData.ProjectJson(id, externalId));
        }

        if ((path == "/api/v1/global-connections" || path == "/api/v1/app-connections") && request.Method == HttpMethod.Post)
        {
            using var body = JsonDocument.Parse(request.Body!);
            var root = body.RootElement;
            var externalId = root.GetProperty("externalId").GetString()!;
            var global = path.Contains("global", StringComparison.Ordinal);
            var projectId = global ? root.GetProperty("projectIds")[0].GetString()! : root.GetProperty("projectId").GetString()!;
            if (!_projects.Values.Contains(projectId))
            {
                return FakeHttpHandler.Json(HttpStatusCode.NotFound, """{"code":"ENTITY_NOT_FOUND","params":{"entityType":"Project"}}""");
            }

            var scope = global ? "PLATFORM" : "PROJECT";
            var id = _connections.FirstOrDefault(c => c.Value.ExternalId == externalId && c.Value.ProjectId == projectId && c.Value.Scope == scope).Key
                ?? "conn" + Interlocked.Increment(ref _nextId);
            _connections[id] = (externalId, projectId, scope);
            return FakeHttpHandler.Json(HttpStatusCode.Created, TestData.ConnectionJson(id, externalId, projectId, scope));
        }

        if ((path == "/api/v1/global-connections" || path == "/api/v1/app-connections") && request.Method == HttpMethod.Get)
        {
            var scope = path.Contains("global", StringComparison.Ordinal) ? "PLATFORM" : QueryValue(request.Uri, "scope");
            var projectId = QueryValue(request.Uri, "projectId");
            var items = _connections
                .Where(c => (scope is null || c.Value.Scope == scope) && (projectId is null || c.Value.ProjectId == projectId))
                .Select(c => TestData.ConnectionJson(c.Key, c.Value.ExternalId, c.Value.ProjectId, c.Value.Scope));
            return FakeHttpHandler.Json(TestData.Page([.. items]));
        }

        if ((path.StartsWith("/api/v1/global-connections/", StringComparison.Ordinal) || path.StartsWith("/api/v1/app-connections/", StringComparison.Ordinal))
            && request.Method == HttpMethod.Delete)
        {
            return _connections.TryRemove(path[(path.LastIndexOf('/') + 1)..], out _)
                ? FakeHttpHandler.NoContent()
                : FakeHttpHandler.Json(HttpStatusCode.NotFound, """{"code":"ENTITY_NOT_FOUND","params":{"entityType":"AppConnection"}}""");
        }

        return FakeHttpHandler.Json(HttpStatusCode.NotFound, """{"statusCode":404,"error":"Not Found","message":"Route not found"}""");
    }

    public static string? QueryValue(Uri uri, string name)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair[..equals] == name)
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }
}
