using Microsoft.Extensions.Logging;

namespace Activepieces.Provisioning.Distributed;

/// <summary>The shared cache's log messages: the failure's type only, never a key or a value.</summary>
internal static partial class SharedCacheLog
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Activepieces shared Ensure cache unavailable ({ErrorType}); Ensure falls back to the local cache and the server until it answers again")]
    public static partial void Unavailable(ILogger logger, string errorType);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Activepieces shared Ensure cache answers again")]
    public static partial void Recovered(ILogger logger);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Activepieces shared Ensure cache is off: the container has no distributed cache other than the in-process MemoryDistributedCache, which HybridCache does not use as its second level; register one replicas share (e.g. AddStackExchangeRedisCache)")]
    public static partial void NoDistributedCache(ILogger logger);
}
