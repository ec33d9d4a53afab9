using StackExchange.Redis;

namespace Activepieces.SharedCache.Tests.Support;

/// <summary>Every key and value a Redis-protocol server holds, as text (strings and hash fields alike).</summary>
public static class GarnetContents
{
    public static async Task<IReadOnlyList<(string Key, string Value)>> ReadAllAsync(GarnetInProcess garnet)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(garnet.Configuration);
        var server = connection.GetServer("127.0.0.1", garnet.Port);
        var database = connection.GetDatabase();
        var all = new List<(string, string)>();
        await foreach (var key in server.KeysAsync(pattern: "*"))
        {
            var type = await database.KeyTypeAsync(key);
            var value = type switch
            {
                RedisType.Hash => string.Join("|", (await database.HashGetAllAsync(key)).Select(e => e.Name + "=" + e.Value)),
                RedisType.String => (string?)await database.StringGetAsync(key) ?? "",
                _ => type.ToString(),
            };
            all.Add((key.ToString(), value));
        }

        return all;
    }
}
