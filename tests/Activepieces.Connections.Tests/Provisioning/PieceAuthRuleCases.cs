namespace Activepieces.Tests.Provisioning;

/// <summary>
/// The one table of piece-name, external-id-prefix and piece-version cases. <see cref="PredefinedConnectionDescriptor"/>
/// (here) and the analyzers (APC002, APC003, APC009, in the analyzer tests, which link this file) must judge every case
/// alike, because both apply the shared rules of <c>src/Activepieces.Shared</c>.
/// </summary>
public static class PieceAuthRuleCases
{
    /// <summary>Piece names and whether they are valid npm package names.</summary>
    public static TheoryData<string, bool> PieceNames { get; } = new()
    {
        { "@activepieces/piece-gelato", true },
        { "@activepieces/piece-google-sheets", true },
        { "piece-local", true },
        { "@my-org/piece-erp.v2", true },
        { "@scope/a.b~c_d-e", true },
        { new string('a', 214), true },
        { new string('a', 215), false },
        { "@Activepieces/piece-gelato", false },
        { "UPPER", false },
        { "@activepieces/", false },
        { "@activepieces", false },
        { "@/piece", false },
        { ".hidden", false },
        { "_private", false },
        { "Not A Name", false },
        { "", false },
    };

    /// <summary>External-id prefixes and whether they are valid (<c>[A-Za-z0-9_-]+</c>).</summary>
    public static TheoryData<string, bool> ExternalIdPrefixes { get; } = new()
    {
        { "gelato_", true },
        { "crm-", true },
        { "A9_b-", true },
        { "gelato-store_", true },
        { "crm:", false },
        { "crm.", false },
        { "a.b", false },
        { "db'_", false },
        { "with space", false },
        { "slash/", false },
        { "", false },
    };

    /// <summary>Pinned piece versions and whether they are semantic versions.</summary>
    public static TheoryData<string, bool> PieceVersions { get; } = new()
    {
        { "1.2.3", true },
        { "0.0.0", true },
        { "0.2.7", true },
        { "10.20.30-rc.1", true },
        { "1.2.3-beta-2+build.7", true },
        { "1.2.3+sha.abc", true },
        { "1.2", false },
        { "1.2.3.4", false },
        { "v1.2.3", false },
        { "01.2.3", false },
        { "1.2.3-", false },
        { "1.2.3-a..b", false },
        { "~1.2.3", false },
        { "latest", false },
        { "", false },
    };
}
