namespace Activepieces;

/// <summary>The owner of an <see cref="AppConnection"/> as the list responses carry it (<c>UserWithMetaInformation</c>).</summary>
public sealed class AppConnectionOwner
{
    /// <summary>The user id.</summary>
    public required string Id { get; init; }

    /// <summary>The user's email address.</summary>
    public required string Email { get; init; }

    /// <summary>The first name.</summary>
    public required string FirstName { get; init; }

    /// <summary>The last name.</summary>
    public required string LastName { get; init; }

    /// <summary><c>ACTIVE</c> or <c>INACTIVE</c>.</summary>
    public required string Status { get; init; }

    /// <summary><c>ADMIN</c>, <c>MEMBER</c> or <c>OPERATOR</c>.</summary>
    public required string PlatformRole { get; init; }

    /// <summary>The user's external id, if any.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The platform id, if any.</summary>
    public string? PlatformId { get; init; }

    /// <summary>When the user was created.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>When the user was last updated.</summary>
    public DateTimeOffset Updated { get; init; }

    /// <summary>When the user was last active, if known.</summary>
    public DateTimeOffset? LastActiveDate { get; init; }

    /// <summary>The avatar URL, if any.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The id, email and platform role.</summary>
    /// <returns>E.g. <c>AppConnectionOwner { Id = u1, Email = ada@example.com, PlatformRole = ADMIN }</c>.</returns>
    public override string ToString() =>
        $"AppConnectionOwner {{ Id = {Id}, Email = {Email}, PlatformRole = {PlatformRole} }}";
}
