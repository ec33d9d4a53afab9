namespace Activepieces;

/// <summary>
/// The instance-URL rule: what <c>ActivepiecesOptionsValidator</c> checks of <c>ActivepiecesOptions.InstanceUrl</c>
/// and the CLI of <c>--instance</c>. Each names its own setting in front of <see cref="Problem"/>.
/// </summary>
internal static class InstanceUrls
{
    /// <summary>An instance URL, for messages.</summary>
    public const string Example = "https://cloud.activepieces.com";

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

        return null;
    }
}
