//HintName: shopify.CUSTOM_AUTH
// Scaffolded by `dotnet activepieces pieces scaffold` from npm/shopify.piece.json (@activepieces/piece-shopify 0.3.0), auth CUSTOM_AUTH.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The Shopify credentials (<c>@activepieces/piece-shopify</c>, CUSTOM_AUTH "Connection").
/// </summary>
/// <remarks>
/// Shop Name:
///
/// You can find your shop name in the url For example, if the URL is <c>https://example.myshopify.com/admin</c>, then your shop name is example.
///
/// Admin Token:
///
/// 1. Login to your Shopify account
/// 2. Go to Settings -&gt; Apps
/// 3. Click on Develop apps
/// 4. Create an App
/// 5. Fill the app name
/// 6. Click on Configure Admin API Scopes (Select the following scopes 'read_orders', 'write_orders', 'write_customers', 'read_customers', 'write_products', 'read_products', 'write_draft_orders', 'read_draft_orders')
/// 7. Click on Install app
/// 8. Copy the Admin Access Token
/// </remarks>
[global::Activepieces.PieceAuth("@activepieces/piece-shopify", global::Activepieces.AuthType.CustomAuth)]
public sealed partial record ShopifyConnection
{
    /// <summary>Shop Name</summary>
    /// <remarks>
    /// <para>Prop <c>shopName</c>: SHORT_TEXT, required.</para>
    /// </remarks>
    public required string ShopName { get; init; }

    /// <summary>Admin Token</summary>
    /// <remarks>
    /// <para>Prop <c>adminToken</c>: SECRET_TEXT, required.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string AdminToken { get; init; }
}
