using Activepieces.Emulator.Identifiers;

namespace Activepieces.Emulator.Services.Platform;

/// <summary>The one platform the emulator serves, and its owner (who owns everything created with the API key).</summary>
internal sealed class EmulatedPlatform
{
    public EmulatedPlatform(TimeProvider timeProvider) => OwnerCreated = timeProvider.GetUtcNow();

    /// <summary>The platform's id.</summary>
    public string Id { get; } = ApId.New();

    /// <summary>The platform owner's user id.</summary>
    public string OwnerId { get; } = ApId.New();

    /// <summary>When the platform owner was created.</summary>
    public DateTimeOffset OwnerCreated { get; }
}
