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
    /// <param name="apiKeyRequired">
    /// False for the public pieces routes of <see cref="ActivepiecesPiecesClient"/>: the key is then optional, and
    /// without one nothing secret travels, so plain http to any host is acceptable too. A key that is given must still
    /// be a platform API key.
    /// </param>
    /// <returns>A message naming the bad field, or null.</returns>
    internal static string? GetFailure(ActivepiecesOptions? options, bool apiKeyRequired = true)
    {
        if (options is null)
        {
            return "The Activepieces options are missing.";
        }

        var anonymous = !apiKeyRequired && string.IsNullOrWhiteSpace(options.ApiKey);
        if (InstanceUrls.Problem(options.InstanceUrl, options.AllowInsecureHttp || anonymous, nameof(ActivepiecesOptions.AllowInsecureHttp)) is { } urlProblem)
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.InstanceUrl)} {urlProblem}.";
        }

        if (!anonymous && ApiKeys.Problem(options.ApiKey) is { } keyProblem)
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.ApiKey)} {keyProblem}.";
        }

        if (options.EnsureCacheDuration < TimeSpan.Zero)
        {
            return $"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.EnsureCacheDuration)} must not be negative.";
        }

        return null;
    }
}
