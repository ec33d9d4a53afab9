using System.Security.Cryptography;
using System.Text;

namespace Activepieces.Provisioning.Distributed;

/// <summary>
/// The keyed fingerprint of an upsert body that the shared Ensure cache stores instead of the value: HMAC-SHA256 of the
/// exact body bytes, with a key derived from the API key by HKDF-SHA256. Replicas with the same API key compute the same
/// fingerprint for the same body; a reader of the cache without the key cannot test a guessed credential against it.
/// </summary>
internal sealed class EnsureFingerprint
{
    /// <summary>The fingerprint length in bytes (one SHA-256 output).</summary>
    public const int Length = 32;

    private static readonly byte[] Info = Encoding.ASCII.GetBytes("activepieces/ensure-fingerprint/v1");

    private readonly byte[] _key;

    public EnsureFingerprint(string apiKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        var material = Encoding.UTF8.GetBytes(apiKey);
        try
        {
            _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, material, Length, salt: [], info: Info);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }
    }

    /// <summary>The fingerprint of a body.</summary>
    public byte[] Of(ReadOnlySpan<byte> body) => HMACSHA256.HashData(_key, body);
}
