namespace Activepieces.Cli.Instance;

/// <summary>The Activepieces instance a command talks to, and the API key if one was given.</summary>
/// <param name="InstanceUrl">The instance URL without <c>/api</c>.</param>
/// <param name="ApiKey">A platform API key, or null (the pieces endpoint is public). Never printed.</param>
internal sealed record InstanceSettings(Uri InstanceUrl, string? ApiKey)
{
    /// <summary>The clock of the clients' resilience pipeline (<see cref="CommandLine.CliEnvironment.Time"/>).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <inheritdoc/>
    public override string ToString() => $"InstanceUrl = {InstanceUrl}, ApiKey = {(ApiKey is null ? "(none)" : "***")}";
}
