namespace Activepieces.Emulator.Services.Pieces;

/// <summary>A piece the emulator serves: its name, latest version and the wire types of its auth definitions.</summary>
/// <param name="Name">The npm package name, e.g. <c>@activepieces/piece-shopify</c>.</param>
/// <param name="Version">The latest registered version.</param>
/// <param name="AuthTypes">The <c>type</c> of each auth definition (<c>CUSTOM_AUTH</c>, <c>OAUTH2</c>, …); empty without <c>auth</c>.</param>
internal sealed record ServedPiece(string Name, string Version, IReadOnlyList<string> AuthTypes);
