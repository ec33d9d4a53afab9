namespace Activepieces.Provisioning;

/// <summary>The argument checks every provisioning operation makes before its first request.</summary>
internal static class ProvisioningArguments
{
    /// <summary>Checks the descriptor and the org id (<see cref="ExternalProjectIdRule"/>) and returns their cache key.</summary>
    public static EnsureKey CheckedKey(PredefinedConnectionDescriptor descriptor, string externalProjectId)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ExternalProjectIdRule.ThrowIfInvalid(externalProjectId, nameof(externalProjectId));
        return new EnsureKey(descriptor, externalProjectId);
    }

    /// <summary>Checks that the value is present and of the descriptor's auth type.</summary>
    public static void CheckValue<TValue>(PredefinedConnectionDescriptor descriptor, TValue value)
        where TValue : IConnectionValue
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        if (value.AuthType != descriptor.AuthType)
        {
            throw new ArgumentException(
                $"The value is a {value.AuthType.ToWireName()} credential but the connection of {descriptor.PieceName} is {descriptor.AuthType.ToWireName()}.",
                nameof(value));
        }
    }

    /// <summary>The checks of Create and Ensure, for callers that validate an item before using it.</summary>
    public static void Validate<TValue>(PredefinedConnectionDescriptor descriptor, string externalProjectId, TValue value)
        where TValue : IConnectionValue
    {
        CheckedKey(descriptor, externalProjectId);
        CheckValue(descriptor, value);
    }
}
