namespace Activepieces;

/// <summary>How <see cref="PredefinedConnectionsClient.AuditAsync(PredefinedConnectionDescriptor, AuditOptions, CancellationToken)"/> runs.</summary>
public sealed class AuditOptions
{
    /// <summary>The most revalidations in flight at once unless <see cref="MaxRevalidationConcurrency"/> says otherwise.</summary>
    public const int DefaultMaxRevalidationConcurrency = 8;

    /// <summary>
    /// Whether to ask the server to check each of the piece's global connections again (<c>POST
    /// /v1/app-connections/:id/revalidate</c>, servers from 0.86.3) and report the rejected ones as
    /// <see cref="FindingKind.InvalidCredentials"/>. Revoked credentials otherwise stay ACTIVE until a flow fails. Costs
    /// one request per connection (each runs the piece's validation on the server) and sets each row's status to what
    /// the check found. Default <see langword="false"/>.
    /// </summary>
    public bool Revalidate { get; set; }

    /// <summary>
    /// The most revalidations in flight at once (1 to 64; default <see cref="DefaultMaxRevalidationConcurrency"/>). The
    /// server validates each one against the piece's API, so a high value loads both.
    /// </summary>
    public int MaxRevalidationConcurrency { get; set; } = DefaultMaxRevalidationConcurrency;

    /// <summary>The settings.</summary>
    /// <returns>For example <c>AuditOptions { Revalidate = True, MaxRevalidationConcurrency = 8 }</c>.</returns>
    public override string ToString() => $"AuditOptions {{ Revalidate = {Revalidate}, MaxRevalidationConcurrency = {MaxRevalidationConcurrency} }}";
}
