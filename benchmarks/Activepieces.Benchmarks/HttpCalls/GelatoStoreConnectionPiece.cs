using Activepieces.Benchmarks.RequestBodies;

namespace Activepieces.Benchmarks.HttpCalls;

/// <summary>The piece of <see cref="GelatoStoreConnection"/>.</summary>
public static class GelatoStoreConnectionPiece
{
    /// <summary>The piece name the emulator serves.</summary>
    public static string Name => GelatoStoreConnection.ConnectionDescriptor.PieceName;

    /// <summary>The credentials of org <paramref name="org"/> (the same every mint: credentials rarely change).</summary>
    /// <param name="org">The org id.</param>
    /// <returns>The connection.</returns>
    public static GelatoStoreConnection CredentialsOf(string org) =>
        new("gelato-key-SECRET-" + org, "store-" + org, "eu-west-1", 30, Sandbox: false, "https://backend.example.test/hooks/gelato");
}
