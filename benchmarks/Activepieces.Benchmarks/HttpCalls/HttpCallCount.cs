namespace Activepieces.Benchmarks.HttpCalls;

/// <summary>The requests the emulator received during a run of token mints.</summary>
/// <param name="Flow">The provisioning flow.</param>
/// <param name="Mints">The number of token mints.</param>
/// <param name="Orgs">The number of distinct orgs (mints go round-robin).</param>
/// <param name="Total">Every request.</param>
/// <param name="ProjectLookups"><c>GET /api/v1/projects</c>.</param>
/// <param name="ProjectCreates"><c>POST /api/v1/projects</c>.</param>
/// <param name="ConnectionUpserts"><c>POST /api/v1/global-connections</c>.</param>
public sealed record HttpCallCount(MintFlow Flow, int Mints, int Orgs, int Total, int ProjectLookups, int ProjectCreates, int ConnectionUpserts);
