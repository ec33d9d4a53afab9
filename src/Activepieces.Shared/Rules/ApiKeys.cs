namespace Activepieces;

/// <summary>
/// The platform-API-key rule: what <c>ActivepiecesOptionsValidator</c> checks of <c>ActivepiecesOptions.ApiKey</c> and
/// the CLI of <c>--api-key</c>. The messages never contain the key.
/// </summary>
internal static class ApiKeys
{
    /// <summary>
    /// What to do when the instance refused a request with 401 or 403: the library's exception message and the CLI's
    /// error line both end with it, so the same failure reads the same in an application's log and in a terminal.
    /// </summary>
    public const string RefusedAdvice = "check the API key";

    /// <summary>What is wrong with <paramref name="key"/> as a platform API key, worded to follow the setting's name; null when it is valid.</summary>
    /// <param name="key">The candidate.</param>
    /// <returns>E.g. <c>is required (…)</c>, or null.</returns>
    public static string? Problem(string? key)
    {
        if (key is null || string.IsNullOrWhiteSpace(key))
        {
            return "is required (a platform API key starting with 'sk-')";
        }

        var valid = key.StartsWith("sk-", System.StringComparison.Ordinal) && key.Length > 3;
        foreach (var c in key)
        {
            valid &= !char.IsWhiteSpace(c) && !char.IsControl(c);
        }

        return valid ? null : "is not a platform API key: it must start with 'sk-' and contain no white space";
    }
}
