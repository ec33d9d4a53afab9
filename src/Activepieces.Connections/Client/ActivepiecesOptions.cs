namespace Activepieces;

/// <summary>Settings of an <see cref="ActivepiecesClient"/>.</summary>
public sealed class ActivepiecesOptions
{
    /// <summary>The default of <see cref="EnsureCacheDuration"/>: 5 minutes.</summary>
    public static readonly TimeSpan DefaultEnsureCacheDuration = TimeSpan.FromMinutes(5);

    /// <summary>The instance URL without <c>/api</c>, e.g. <c>https://cloud.activepieces.com</c>.</summary>
    public Uri? InstanceUrl { get; set; }

    /// <summary>A platform API key, <c>sk-</c> followed by 61 alphanumerics. Never logged or printed.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Allows <c>http://</c> to a non-loopback host (the API key then travels in clear text). Default: false.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>How long an <c>Ensure…ConnectionAsync</c> call trusts the value it last stored for a project. Default: 5 minutes.</summary>
    public TimeSpan EnsureCacheDuration { get; set; } = DefaultEnsureCacheDuration;

    /// <inheritdoc/>
    public override string ToString() => $"InstanceUrl = {InstanceUrl}, ApiKey = {(ApiKey is null ? "(none)" : "***")}";
}
