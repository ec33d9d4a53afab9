namespace Activepieces.Tests.Fleet;

/// <summary>
/// Tests that listen to the client's ActivitySource and Meter, which are process-wide: they run alone, so they neither
/// see other tests' spans nor make other tests allocate (the Ensure cache-hit test counts allocated bytes).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry listeners";
}
