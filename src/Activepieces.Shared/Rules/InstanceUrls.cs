namespace Activepieces;

/// <summary>
/// The instance-URL rule: what <c>ActivepiecesOptionsValidator</c> checks of <c>ActivepiecesOptions.InstanceUrl</c>
/// and the CLI of <c>--instance</c>. Each names its own setting in front of <see cref="Problem(System.Uri, bool, string)"/>.
/// </summary>
internal static class InstanceUrls
{
    /// <summary>An instance URL, for messages.</summary>
    public const string Example = "https://cloud.activepieces.com";

    /// <summary>The paths of the REST API itself, which an instance URL must not end with (longest first).</summary>
    private static readonly string[] ApiPathSuffixes = ["/api/v1", "/api"];

    /// <summary>What is wrong with <paramref name="url"/> as an instance URL, worded to follow the setting's name; null when it is valid.</summary>
    /// <param name="url">The candidate.</param>
    /// <param name="allowInsecureHttp">Whether <c>http://</c> to a host other than loopback is acceptable.</param>
    /// <param name="insecureHttpSetting">The setting that would allow such a URL, named in the message; null when there is none.</param>
    /// <returns>E.g. <c>must not have a query or fragment</c>, or null.</returns>
    public static string? Problem(System.Uri? url, bool allowInsecureHttp, string? insecureHttpSetting)
    {
        if (url is null)
        {
            return "is required (e.g. " + Example + ")";
        }

        if (!url.IsAbsoluteUri)
        {
            return "must be an absolute URL (e.g. " + Example + ")";
        }

        if (url.Scheme != System.Uri.UriSchemeHttps && url.Scheme != System.Uri.UriSchemeHttp)
        {
            return "must use https (or http to a loopback host)";
        }

        if (url.Scheme == System.Uri.UriSchemeHttp && !url.IsLoopback && !allowInsecureHttp)
        {
            return "uses http:// to a non-loopback host, which would send the API key in clear text; use https"
                + (insecureHttpSetting is null ? string.Empty : " or set " + insecureHttpSetting);
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "must not contain user credentials; the API key authenticates";
        }

        if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            return "must not have a query or fragment";
        }

        // The clients add /api/v1/… themselves: an instance URL ending in /api would call /api/api/v1/… and get 404s.
        var path = url.AbsolutePath.TrimEnd('/');
        foreach (var suffix in ApiPathSuffixes)
        {
            if (path.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase))
            {
                return "ends with " + suffix + ": drop " + suffix + " (the client adds /api/v1 itself), e.g. " + Example;
            }
        }

        return null;
    }

    /// <summary>
    /// What <paramref name="text"/> lacks as an instance URL (see <see cref="Problem(System.Uri, bool, string)"/>), for
    /// text typed on a command line or in a variable; null when it is valid.
    /// </summary>
    /// <param name="text">The candidate, surrounding white space ignored.</param>
    /// <param name="allowInsecureHttp">Whether <c>http://</c> to a host other than loopback is acceptable.</param>
    /// <param name="insecureHttpSetting">The setting that would allow such a URL, named in the message; null when there is none.</param>
    /// <param name="url">The parsed URL when valid, else null.</param>
    /// <returns>The problem, or null.</returns>
    public static string? Problem(string? text, bool allowInsecureHttp, string? insecureHttpSetting, out System.Uri? url)
    {
        url = null;
        if (text is null || text.Trim().Length == 0)
        {
            return Problem((System.Uri?)null, allowInsecureHttp, insecureHttpSetting);
        }

        if (!System.Uri.TryCreate(text.Trim(), System.UriKind.Absolute, out var parsed))
        {
            return "must be an absolute URL (e.g. " + Example + ")";
        }

        var problem = Problem(parsed, allowInsecureHttp, insecureHttpSetting);
        url = problem is null ? parsed : null;
        return problem;
    }
}
