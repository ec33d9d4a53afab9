using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Activepieces.Emulator.Embed;

/// <summary>
/// A platform signing key for embed tokens (Platform Admin → Security → Signing Keys): the key id that the token's
/// <c>kid</c> header names, and the RSA public key that verifies its RS256 signature.
/// </summary>
public sealed class EmbedSigningKey
{
    private EmbedSigningKey(string keyId, RsaSecurityKey key)
    {
        KeyId = keyId;
        SecurityKey = key;
    }

    /// <summary>The signing key id (the JWT <c>kid</c> header).</summary>
    public string KeyId { get; }

    internal RsaSecurityKey SecurityKey { get; }

    /// <summary>A signing key from RSA parameters (only the public part is used).</summary>
    /// <param name="keyId">The key id.</param>
    /// <param name="publicKey">The RSA key; its public parameters are copied.</param>
    /// <returns>The signing key.</returns>
    public static EmbedSigningKey FromRsa(string keyId, RSA publicKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentNullException.ThrowIfNull(publicKey);
        return new EmbedSigningKey(keyId, new RsaSecurityKey(publicKey.ExportParameters(includePrivateParameters: false)) { KeyId = keyId });
    }

    /// <summary>A signing key from a PEM-encoded RSA public key (<c>-----BEGIN PUBLIC KEY-----</c> or <c>RSA PUBLIC KEY</c>).</summary>
    /// <param name="keyId">The key id.</param>
    /// <param name="publicKeyPem">The PEM text.</param>
    /// <returns>The signing key.</returns>
    /// <exception cref="ArgumentException">The text holds no PEM-encoded RSA key; the message names the key id, never the text.</exception>
    public static EmbedSigningKey FromPem(string keyId, string publicKeyPem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKeyPem);
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(publicKeyPem);
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            // No PEM block at all, or one whose content is not an RSA key (corrupted base64 or ASN.1).
            throw new ArgumentException($"The public key of signing key '{keyId}' is not a PEM-encoded RSA key.", nameof(publicKeyPem), exception);
        }

        return FromRsa(keyId, rsa);
    }

    /// <inheritdoc />
    public override string ToString() => $"EmbedSigningKey {KeyId}";
}
