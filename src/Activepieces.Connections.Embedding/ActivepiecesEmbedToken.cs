using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Activepieces.Embedding;

/// <summary>
/// Mints the RS256 embed JWT that the Activepieces embedding SDK exchanges at
/// <c>POST /api/v1/managed-authn/external-token</c>: the header carries the platform signing key id as <c>kid</c>, the
/// payload carries the v4 claims when a piece set is named, else the v3 ones (<c>version</c>, <c>externalUserId</c>, <c>externalProjectId</c>, <c>firstName</c>,
/// <c>lastName</c>, <c>role</c>, …), <c>iat</c> and <c>exp</c>, and no <c>nbf</c>.
/// </summary>
/// <remarks>
/// The server verifies the token with no clock tolerance: an <c>nbf</c> or <c>iat</c> ahead of its clock is rejected
/// ("jwt not active"). So no <c>nbf</c> is written, and <c>iat</c> is back-dated by <see cref="IssuedAtBackdate"/>, so that a
/// server whose clock is slightly behind this machine's still accepts a fresh token.
/// </remarks>
/// <remarks>Thread-safe. Dispose it to release the private key.</remarks>
public sealed class ActivepiecesEmbedToken : IDisposable
{
    /// <summary>The default token lifetime: 10 minutes (the token is exchanged right away by the SDK).</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(10);

    /// <summary>How far <c>iat</c> is set before the current time: 1 minute of tolerated clock skew.</summary>
    public static readonly TimeSpan IssuedAtBackdate = TimeSpan.FromMinutes(1);

    private readonly RSA _rsa;
    private readonly SigningCredentials _signingCredentials;
    private readonly TimeProvider _timeProvider;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    private ActivepiecesEmbedToken(string signingKeyId, RSA rsa, TimeProvider timeProvider)
    {
        SigningKeyId = signingKeyId;
        _rsa = rsa;
        _timeProvider = timeProvider;
        var key = new RsaSecurityKey(rsa) { KeyId = signingKeyId };
        _signingCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The signing key id written as the <c>kid</c> header.</summary>
    public string SigningKeyId { get; }

    /// <summary>Creates a token factory from a signing key id and its PEM-encoded RSA private key.</summary>
    /// <param name="signingKeyId">The signing key id (Platform Admin → Security → Signing Keys).</param>
    /// <param name="privateKeyPem">The PEM-encoded RSA private key (PKCS#1 or PKCS#8).</param>
    /// <param name="timeProvider">The clock for <c>iat</c>/<c>exp</c>; default <see cref="TimeProvider.System"/>.</param>
    /// <returns>A token factory.</returns>
    /// <exception cref="ArgumentException">The key id is empty, or the PEM holds no RSA private key (the message never includes the key).</exception>
    public static ActivepiecesEmbedToken FromPem(string signingKeyId, string privateKeyPem, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signingKeyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPem);

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(privateKeyPem);
            // A public key imports fine but cannot sign: reject it now, not at the first token.
            _ = rsa.ExportParameters(includePrivateParameters: true);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new ArgumentException(
                "The signing key is not a PEM-encoded RSA private key (expected '-----BEGIN PRIVATE KEY-----' or '-----BEGIN RSA PRIVATE KEY-----').",
                nameof(privateKeyPem));
        }

        if (rsa.KeySize < 2048)
        {
            var size = rsa.KeySize;
            rsa.Dispose();
            throw new ArgumentException($"The RSA signing key has {size} bits; at least 2048 are required.", nameof(privateKeyPem));
        }

        return new ActivepiecesEmbedToken(signingKeyId, rsa, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Creates a signed embed token.</summary>
    /// <param name="claims">The user, project and visibility claims.</param>
    /// <param name="lifetime">How long the token is valid; default <see cref="DefaultLifetime"/>.</param>
    /// <returns>The compact JWT.</returns>
    /// <exception cref="ArgumentException">A required claim is missing or a value is out of range; the message names the claim.</exception>
    public string CreateToken(EmbedTokenClaims claims, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var validity = lifetime ?? DefaultLifetime;
        if (validity <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), validity, "The token lifetime must be positive.");
        }

        var now = _timeProvider.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = EmbedTokenPayload.From(claims),
            IssuedAt = (now - IssuedAtBackdate).UtcDateTime,
            Expires = now.Add(validity).UtcDateTime,
            SigningCredentials = _signingCredentials,
        };
        return _handler.CreateToken(descriptor);
    }

    /// <inheritdoc/>
    public void Dispose() => _rsa.Dispose();

    /// <inheritdoc/>
    public override string ToString() => $"ActivepiecesEmbedToken(kid = {SigningKeyId})";
}
