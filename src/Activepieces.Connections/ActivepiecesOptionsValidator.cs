using Microsoft.Extensions.Options;

namespace Activepieces;

/// <summary>Validates <see cref="ActivepiecesOptions"/>; each failure names the bad field and never echoes the API key.</summary>
public sealed class ActivepiecesOptionsValidator : IValidateOptions<ActivepiecesOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, ActivepiecesOptions options)
    {
        var failure = GetFailure(options);
        return failure is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failure);
    }

    /// <summary>Returns the first problem of <paramref name="options"/>, or <see langword="null"/> when they are valid.</summary>
    /// <param name="options">The options.</param>
    /// <returns>A message naming the bad field, or null.</returns>
    public static string? GetFailure(ActivepiecesOptions? options) => GetFailure(options, apiKeyRequired: true);

    /// <summary>
    /// The same rules, with the key optional when <paramref name="apiKeyRequired"/> is false (the public pieces routes
    /// of <see cref="ActivepiecesPiecesClient"/>): without a key nothing secret travels, so plain http to any host is
    /// then acceptable too. A key that is given must still be a platform API key.
    /// </summary>
    internal static string? GetFailure(ActivepiecesOptions? options, bool apiKeyRequired)
    {
        if (options is null)
        {
            return "The Activepieces options are missing.";
        }

        var url = options.InstanceUrl;
        if (url is null)
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.InstanceUrl)} is required (e.g. https://cloud.activepieces.com).";
        }

        if (!url.IsAbsoluteUri)
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.InstanceUrl)} must be an absolute URL (e.g. https://cloud.activepieces.com).";
        }

        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.InstanceUrl)} must use https (or http to a loopback host).";
        }

        var key = options.ApiKey;
        var anonymous = !apiKeyRequired && string.IsNullOrWhiteSpace(key);
        if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback && !options.AllowInsecureHttp && !anonymous)
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.InstanceUrl)} uses http:// to a non-loopback host, which would send the API key in clear text; use https or set {nameof(ActivepiecesOptions.AllowInsecureHttp)}.";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.InstanceUrl)} must not contain user credentials; the API key authenticates.";
        }

        if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.InstanceUrl)} must not have a query or fragment.";
        }

        if (anonymous)
        {
            return options.EnsureCacheDuration < TimeSpan.Zero ? EnsureCacheDurationNegative : null;
        }

        if (string.IsNullOrWhiteSpace(key))
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.ApiKey)} is required (a platform API key starting with 'sk-').";
        }

        if (!key.StartsWith("sk-", StringComparison.Ordinal) || key.Length <= 3 || key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.ApiKey)} is not a platform API key: it must start with 'sk-' and contain no white space.";
        }

        if (options.EnsureCacheDuration < TimeSpan.Zero)
        {
            return EnsureCacheDurationNegative;
        }

        return null;
    }

    private static string EnsureCacheDurationNegative =>
        $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.EnsureCacheDuration)} must not be negative.";
}
