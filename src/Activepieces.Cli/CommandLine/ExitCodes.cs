namespace Activepieces.Cli.CommandLine;

/// <summary>The exit codes of <c>dotnet activepieces</c>; CI scripts branch on them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked and found nothing to report.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found something that needs attention (e.g. breaking drift).</summary>
    public const int Findings = 1;

    /// <summary>
    /// The command could not do its work: a usage error, an unreadable or invalid input, a piece the instance does not
    /// know, an instance that cannot be reached or answers with an error.
    /// </summary>
    public const int Error = 2;
}
