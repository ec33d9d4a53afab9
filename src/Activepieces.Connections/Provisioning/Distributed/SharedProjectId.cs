namespace Activepieces.Provisioning.Distributed;

/// <summary>
/// A project-id read from the shared cache: <see cref="Answered"/> says whether the cache answered at all (false while it
/// is down or skipped), <see cref="Id"/> is the stored id, null when the cache holds none.
/// </summary>
internal readonly record struct SharedProjectId(bool Answered, string? Id);
