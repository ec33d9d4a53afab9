using System.Globalization;
using Activepieces.Emulator;
using Activepieces.TestSupport;

namespace Activepieces.Benchmarks.HttpCalls;

/// <summary>
/// The customer orgs of the benchmarks: an emulator (through the shared <see cref="EmulatorHarness"/>) serving the
/// Gelato piece, with each org's project created up front (directly, not through HTTP: the token mints find them).
/// </summary>
public static class GelatoOrgs
{
    /// <summary>The id of the org at <paramref name="index"/> (also its project's external id).</summary>
    /// <param name="index">0 to the org count minus 1.</param>
    /// <returns>For example <c>org_07</c>.</returns>
    public static string Org(int index) => "org_" + index.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Starts an emulator with <paramref name="orgCount"/> org projects.</summary>
    /// <param name="orgCount">The number of orgs.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The harness; dispose it to stop the emulator.</returns>
    public static async Task<EmulatorHarness> StartAsync(int orgCount, CancellationToken cancellationToken)
    {
        var options = new ActivepiecesEmulatorOptions().AddPiece(GelatoStoreConnectionPiece.Name);
        var harness = await EmulatorHarness.StartAsync(options, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < orgCount; i++)
        {
            harness.Emulator.AddProject(Org(i), Org(i));
        }

        return harness;
    }
}
