namespace Gelato.Backend;

/// <summary>
/// The <c>Activepieces</c> configuration section: where the Activepieces instance is and how to sign embed tokens.
/// Environment variables: <c>Activepieces__InstanceUrl</c>, <c>Activepieces__ApiKey</c>, <c>Activepieces__SigningKeyId</c>,
/// <c>Activepieces__SigningKeyPem</c>, <c>Activepieces__Redis</c>. When <c>InstanceUrl</c> is not set, the sample starts an embedded emulator.
/// </summary>
public sealed class ActivepiecesSettings
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Activepieces";

    /// <summary>The instance URL without <c>/api</c>.</summary>
    public string? InstanceUrl { get; set; }

    /// <summary>A platform API key (<c>sk-…</c>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The platform signing key id (the embed token's <c>kid</c>).</summary>
    public string? SigningKeyId { get; set; }

    /// <summary>The PEM-encoded RSA private key of that signing key.</summary>
    public string? SigningKeyPem { get; set; }

    /// <summary>
    /// A StackExchange.Redis configuration string (<c>Activepieces__Redis</c>); when set, replicas share the Ensure and
    /// project-id caches through it. Never printed (it may hold a password).
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Whether the settings point at a real instance (otherwise the embedded emulator is used).</summary>
    public bool UsesRealInstance => !string.IsNullOrWhiteSpace(InstanceUrl);

    /// <inheritdoc/>
    public override string ToString() => $"InstanceUrl = {InstanceUrl}, SigningKeyId = {SigningKeyId}";
}
