using System.Globalization;

namespace Activepieces.Tests.Support;

/// <summary>Shared constants and JSON builders of the unit tests.</summary>
public static class TestData
{
    public const string ApiKey = "sk-TESTKEYdoNotLeak0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH";

    public static readonly Uri InstanceUrl = new("https://ap.example.test");

    public static readonly PredefinedConnectionDescriptor Gelato =
        new("@activepieces/piece-gelato", AuthType.SecretText, "gelato_", "Gelato Connection");

    public static readonly PredefinedConnectionDescriptor GelatoPerProject =
        new("@activepieces/piece-gelato", AuthType.SecretText, "gelato_", "Gelato Connection", scope: ConnectionScope.Project);

    public static ActivepiecesOptions Options(TimeSpan? ensureCacheDuration = null) => new()
    {
        InstanceUrl = InstanceUrl,
        ApiKey = ApiKey,
        EnsureCacheDuration = ensureCacheDuration ?? ActivepiecesOptions.DefaultEnsureCacheDuration,
    };

    public static string ProjectJson(string id, string? externalId, string displayName = "Acme") =>
        $$"""{"id":"{{id}}","created":"2026-01-01T00:00:00.000Z","updated":"2026-01-01T00:00:00.000Z","displayName":"{{displayName}}","externalId":{{(externalId is null ? "null" : System.Text.Json.JsonSerializer.Serialize(externalId, Json.Default.String))}},"platformId":"plat","ownerId":"owner","type":"TEAM","releasesEnabled":false}""";

    public static string Page(params string[] items) => PageWithNext(null, items);

    public static string PageWithNext(string? next, params string[] items) =>
        "{\"data\":[" + string.Join(",", items) + "],\"next\":" + (next is null ? "null" : "\"" + next + "\"") + ",\"previous\":null}";

    public static string ConnectionJson(string id, string externalId, string projectId, string scope = "PLATFORM", string type = "SECRET_TEXT") =>
        string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"id":"{{id}}","created":"2026-01-01T00:00:00.000Z","updated":"2026-01-01T00:00:00.000Z","externalId":"{{externalId}}","displayName":"Gelato Connection","type":"{{type}}","pieceName":"@activepieces/piece-gelato","pieceVersion":"0.1.0","projectIds":["{{projectId}}"],"platformId":"plat","scope":"{{scope}}","status":"ACTIVE","ownerId":null,"preSelectForNewProjects":false}""");
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class Json : System.Text.Json.Serialization.JsonSerializerContext
{
}
