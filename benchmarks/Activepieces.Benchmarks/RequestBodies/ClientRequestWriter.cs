using System.Reflection;

namespace Activepieces.Benchmarks.RequestBodies;

/// <summary>
/// The client's own upsert-body writer (<c>Activepieces.Internal.ConnectionRequestWriter.WriteGlobalUpsert</c>, which
/// calls the generated <see cref="IConnectionValue.WriteValue"/>), bound once to a delegate so the benchmark measures
/// exactly the code <c>GlobalConnections.UpsertAsync</c> runs, with no reflection per call.
/// </summary>
public static class ClientRequestWriter
{
    /// <summary>Writes the <c>POST /v1/global-connections</c> body, as the client does.</summary>
    public static readonly Func<GlobalConnectionUpsertRequest, byte[]> WriteGlobalUpsert = Bind();

    private static Func<GlobalConnectionUpsertRequest, byte[]> Bind()
    {
        const string TypeName = "Activepieces.Internal.ConnectionRequestWriter";
        MethodInfo method = typeof(ActivepiecesClient).Assembly.GetType(TypeName, throwOnError: true)!
            .GetMethod(nameof(WriteGlobalUpsert), BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingMethodException(TypeName, nameof(WriteGlobalUpsert));
        return method.CreateDelegate<Func<GlobalConnectionUpsertRequest, byte[]>>();
    }
}
