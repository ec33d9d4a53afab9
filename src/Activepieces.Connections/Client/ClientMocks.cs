namespace Activepieces.Client;

/// <summary>What a client built for mocking (its protected constructor) throws from a member its subclass did not override.</summary>
internal static class ClientMocks
{
    public static InvalidOperationException NotConfigured(string clientType) =>
        new($"This {clientType} was created for mocking (its protected constructor): override the members the test uses.");
}
