using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Activepieces.Emulator.Storage;

/// <summary>
/// The OAuth2 authorization codes already exchanged at a piece's token URL, per piece and <c>client_id</c>. The real
/// token endpoint remembers them; the emulator has none, so it keeps them here, as SHA-256 digests: a code is a secret
/// and is never held after its upsert.
/// </summary>
internal sealed class OAuthClaimStore
{
    private readonly EmulatorDatabase _database;
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);

    public OAuthClaimStore(EmulatorDatabase database) => _database = database;

    /// <summary>Records a claim of <paramref name="code"/> for the piece's OAuth2 app <paramref name="clientId"/>.</summary>
    /// <returns><see langword="false"/> when the code was claimed before (by any upsert, successful or not).</returns>
    public bool TryClaim(string pieceName, string clientId, string code)
    {
        _database.AssertInTransaction();
        // Length prefixes keep distinct (piece, client, code) triples distinct.
        var key = string.Create(CultureInfo.InvariantCulture, $"{pieceName.Length}:{pieceName}{clientId.Length}:{clientId}{code}");
        return _claimed.Add(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
    }
}
