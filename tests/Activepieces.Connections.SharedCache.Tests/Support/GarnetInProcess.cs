using System.Net;
using System.Net.Sockets;
using Garnet;
using Garnet.server;

namespace Activepieces.SharedCache.Tests.Support;

/// <summary>A Garnet server in this process on a free loopback port, memory only; dispose it to stop it.</summary>
public sealed class GarnetInProcess : IDisposable
{
    private GarnetServer? _server;

    public GarnetInProcess()
    {
        Port = FreePort();
        _server = new GarnetServer(new GarnetServerOptions { EndPoints = [new IPEndPoint(IPAddress.Loopback, Port)], QuietMode = true });
        _server.Start();
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string for it.</summary>
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=15000,syncTimeout=15000,asyncTimeout=15000";

    /// <summary>Stops the server (the outage tests); idempotent.</summary>
    public void Stop()
    {
        _server?.Dispose();
        _server = null;
    }

    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
