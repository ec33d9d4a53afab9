using System.Text.Json;
using Activepieces.Resources.Connections;

namespace Activepieces.Benchmarks.RequestBodies;

/// <summary>
/// The same <c>POST /v1/global-connections</c> body for one Gelato connection, built the ways the benchmarks compare:
/// the client's request (generated writer) and the naive port of the documented JavaScript snippet
/// (<c>body: JSON.stringify({...})</c> → <c>JsonSerializer.Serialize(new { ... })</c>), as an anonymous object and as
/// dictionaries. Every variant produces the same JSON, byte for byte (<see cref="AllVariants"/>).
/// </summary>
public static class UpsertBodies
{
    /// <summary>The credentials.</summary>
    public static readonly GelatoStoreConnection Connection = new(
        "gelato-live-key-SECRET", "store-4711", "eu-west-1", 30, Sandbox: false, "https://backend.example.test/hooks/gelato");

    /// <summary>The customer org (project external id).</summary>
    public const string ExternalProjectId = "org_1234";

    /// <summary>The Activepieces project id of the org.</summary>
    public const string ProjectId = "prj0000000000000000001";

    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.General);

    /// <summary>The request the client builds (as <c>PredefinedConnectionsApi</c> does for every upsert).</summary>
    /// <returns>The request.</returns>
    public static GlobalConnectionUpsertRequest ClientRequest() => new()
    {
        ExternalId = GelatoStoreConnection.ConnectionDescriptor.ExternalIdFor(ExternalProjectId),
        DisplayName = GelatoStoreConnection.ConnectionDescriptor.DisplayName,
        PieceName = GelatoStoreConnection.ConnectionDescriptor.PieceName,
        ProjectIds = [ProjectId],
        Value = Connection,
    };

    /// <summary>
    /// The client path, as <c>GlobalConnections.UpsertAsync</c> runs it: the request, then the client's body writer
    /// (<c>ConnectionRequestWriter</c>, with the generated <c>WriteValue</c> inside) into a pooled buffer that the
    /// request's content sends and then returns to the pool.
    /// </summary>
    /// <returns>The body's length.</returns>
    public static int GeneratedPooled()
    {
        using var body = ConnectionRequestWriter.WriteGlobalUpsert(ClientRequest());
        return body.Length;
    }

    /// <summary>The client path's body, copied out (for comparing variants).</summary>
    /// <returns>The UTF-8 body.</returns>
    public static byte[] Generated()
    {
        using var body = ConnectionRequestWriter.WriteGlobalUpsert(ClientRequest());
        return body.WrittenMemory.ToArray();
    }

    /// <summary>The naive port's anonymous object (property order as the client writes them).</summary>
    /// <returns>The body object.</returns>
    public static object AnonymousBody() => AnonymousBody(ExternalProjectId, ProjectId, Connection);

    /// <summary>The naive port's anonymous object for any org (the documented flow sends it on every mint).</summary>
    /// <param name="org">The org id (project external id).</param>
    /// <param name="projectId">The Activepieces project id.</param>
    /// <param name="c">The credentials.</param>
    /// <returns>The body object.</returns>
    public static object AnonymousBody(string org, string projectId, GelatoStoreConnection c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new
        {
            externalId = "gelato_" + org,
            displayName = "Gelato Connection",
            pieceName = "@activepieces/piece-gelato",
            type = "CUSTOM_AUTH",
            value = new
            {
                type = "CUSTOM_AUTH",
                props = new
                {
                    apiKey = c.ApiKey,
                    storeId = c.StoreId,
                    region = c.Region,
                    timeoutSeconds = c.TimeoutSeconds,
                    sandbox = c.Sandbox,
                    webhookUrl = c.WebhookUrl,
                },
            },
            scope = "PLATFORM",
            projectIds = new[] { projectId },
        };
    }

    /// <summary>The naive port with dictionaries (a JavaScript object literal translated key by key).</summary>
    /// <returns>The body object.</returns>
    public static Dictionary<string, object?> DictionaryBody()
    {
        var c = Connection;
        return new Dictionary<string, object?>
        {
            ["externalId"] = "gelato_" + ExternalProjectId,
            ["displayName"] = "Gelato Connection",
            ["pieceName"] = "@activepieces/piece-gelato",
            ["type"] = "CUSTOM_AUTH",
            ["value"] = new Dictionary<string, object?>
            {
                ["type"] = "CUSTOM_AUTH",
                ["props"] = new Dictionary<string, object?>
                {
                    ["apiKey"] = c.ApiKey,
                    ["storeId"] = c.StoreId,
                    ["region"] = c.Region,
                    ["timeoutSeconds"] = c.TimeoutSeconds,
                    ["sandbox"] = c.Sandbox,
                    ["webhookUrl"] = c.WebhookUrl,
                },
            },
            ["scope"] = "PLATFORM",
            ["projectIds"] = new[] { ProjectId },
        };
    }

    /// <summary>Reflection-based serialization to UTF-8 (the strongest reflection variant).</summary>
    /// <param name="body">The body object.</param>
    /// <returns>The UTF-8 body.</returns>
    public static byte[] ReflectionUtf8(object body) => JsonSerializer.SerializeToUtf8Bytes(body, ReflectionOptions);

    /// <summary>Reflection-based serialization to a string (the literal port of <c>JSON.stringify</c>).</summary>
    /// <param name="body">The body object.</param>
    /// <returns>The JSON text.</returns>
    public static string ReflectionString(object body) => JsonSerializer.Serialize(body, ReflectionOptions);

    /// <summary>Every variant's output as UTF-8 bytes, by name (the tests and the benchmark setup check they are equal).</summary>
    /// <returns>The variants.</returns>
    public static IReadOnlyDictionary<string, byte[]> AllVariants() => new Dictionary<string, byte[]>
    {
        ["generated"] = Generated(),
        ["reflection, anonymous, UTF-8"] = ReflectionUtf8(AnonymousBody()),
        ["reflection, anonymous, string"] = System.Text.Encoding.UTF8.GetBytes(ReflectionString(AnonymousBody())),
        ["reflection, dictionaries, string"] = System.Text.Encoding.UTF8.GetBytes(ReflectionString(DictionaryBody())),
    };
}
