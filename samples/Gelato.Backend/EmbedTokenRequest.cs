namespace Gelato.Backend;

/// <summary>The body of <c>POST /embed-token</c>: who is opening the embedded builder, in which org.</summary>
/// <param name="OrgId">The customer org id; becomes the Activepieces project's external id.</param>
/// <param name="UserId">The user id in the SaaS.</param>
/// <param name="FirstName">The user's first name.</param>
/// <param name="LastName">The user's last name.</param>
public sealed record EmbedTokenRequest(string? OrgId, string? UserId, string? FirstName, string? LastName);
