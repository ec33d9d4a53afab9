namespace Activepieces;

/// <summary>
/// The external-project-id rule: what a customer org id (a project's external id, the rest of a connection's
/// <c>{prefix}{org id}</c>) may hold. The library checks it before any request that takes an org id, the generated
/// <c>ExternalIdFor</c> through the library's descriptor, and the command-line tool where it takes an org id.
/// </summary>
/// <remarks>
/// It is the server's own safe pattern for flow and table external ids, <see cref="Pattern"/>. The connection's
/// external id is referenced in flows as <c>{{connections['&lt;prefix&gt;&lt;org id&gt;']}}</c> and fetched by the
/// worker as <c>/v1/worker/app-connections/{encodeURIComponent(externalId)}</c>: the props resolver breaks on <c>'</c>,
/// a space or a slash makes a name nobody can type back, and <c>.</c> or <c>..</c> alone is a URL dot segment.
/// </remarks>
internal static class ExternalProjectIds
{
    /// <summary>The rule as a regular expression: 1 to 128 of <c>[A-Za-z0-9._-]</c>, and not <c>.</c> or <c>..</c>.</summary>
    public const string Pattern = @"^(?!\.{1,2}$)[A-Za-z0-9._-]{1,128}$";

    /// <summary>The longest org id.</summary>
    public const int MaxLength = 128;

    /// <summary>The rule in words, for messages.</summary>
    public const string Description = "1 to 128 letters (A-Z, a-z), digits, '.', '_' or '-', and not '.' or '..'";

    /// <summary>Whether <paramref name="externalProjectId"/> follows the rule.</summary>
    /// <param name="externalProjectId">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(string? externalProjectId) => externalProjectId is not null && Problem(externalProjectId) is null;

    /// <summary>
    /// What is wrong with <paramref name="externalProjectId"/>, worded to follow the name of the argument or field that
    /// each caller puts in front (the value itself is not repeated); null when it is valid.
    /// </summary>
    /// <param name="externalProjectId">The candidate.</param>
    /// <returns>E.g. <c>has ' ' (U+0020) at index 3; an org id is …</c>, or null.</returns>
    public static string? Problem(string externalProjectId)
    {
        if (externalProjectId.Length == 0)
        {
            return "is empty; an org id is " + Description;
        }

        if (externalProjectId.Length > MaxLength)
        {
            return "is " + externalProjectId.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " characters long; an org id is " + Description;
        }

        if (externalProjectId is "." or "..")
        {
            return "must not be '.' or '..' (a URL dot segment); an org id is " + Description;
        }

        for (var i = 0; i < externalProjectId.Length; i++)
        {
            var c = externalProjectId[i];
            if (!IsAllowed(c))
            {
                var shown = char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) ? string.Empty : "'" + c + "' ";
                return "has " + shown + "(U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ") at index "
                    + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; an org id is " + Description;
            }
        }

        return null;
    }

    private static bool IsAllowed(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-';
}
