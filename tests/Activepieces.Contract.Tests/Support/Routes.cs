namespace Activepieces.Contract.Tests.Support;

/// <summary>The REST paths the contract tests call (relative to the instance URL).</summary>
internal static class Routes
{
    public const string GlobalConnections = "api/v1/global-connections";
    public const string AppConnections = "api/v1/app-connections";
    public const string Projects = "api/v1/projects";
}
