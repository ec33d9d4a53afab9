namespace Activepieces.Benchmarks.Replicas;

/// <summary>The requests one phase of a replica run made, counted at the emulator, and its wall time.</summary>
/// <param name="Requests">Every request.</param>
/// <param name="Lookups">Project lookups by external id (<c>GET /v1/projects</c>), including read-backs after a failed create.</param>
/// <param name="Creates">Project creations (<c>POST /v1/projects</c>), including those the unique index refused.</param>
/// <param name="RefusedCreates">Creations answered 500 (a racing replica created the project first).</param>
/// <param name="Upserts">Connection upserts (<c>POST /v1/global-connections</c>).</param>
/// <param name="Elapsed">Wall time of the phase.</param>
public sealed record RequestCounts(int Requests, int Lookups, int Creates, int RefusedCreates, int Upserts, TimeSpan Elapsed);
