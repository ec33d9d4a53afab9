using Activepieces;

namespace Gelato.Backend;

/// <summary>
/// A customer's credentials for the Gelato piece. The generator adds <c>EnsureGelatoConnectionAsync</c> and friends;
/// the analyzers check the record against <c>pieces/gelato.piece.json</c>. The sample piece (<c>samples/gelato-piece</c>)
/// finds the connection through the TypeScript module <c>dotnet activepieces pieces emit-ts</c> writes from this record.
/// </summary>
/// <param name="ApiKey">The customer's Gelato API key (never printed).</param>
/// <param name="StoreId">The customer's Gelato store id.</param>
[PieceAuth("@activepieces/piece-gelato", AuthType.CustomAuth, ExternalIdPrefix = "gelato_")]
public partial record GelatoConnection([property: Secret] string ApiKey, string StoreId);
