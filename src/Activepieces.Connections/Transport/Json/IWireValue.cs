namespace Activepieces.Transport.Json;

/// <summary>A type whose JSON form is one string the server defines (an extensible enum such as <see cref="AppConnectionStatus"/>).</summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
internal interface IWireValue<TSelf>
    where TSelf : struct, IWireValue<TSelf>
{
    /// <summary>The wire string, or null for the default value.</summary>
    string? WireValue { get; }

    /// <summary>The value of a wire string, known or not.</summary>
    /// <param name="wireValue">The string the server sent.</param>
    /// <returns>The value.</returns>
    static abstract TSelf FromWire(string wireValue);
}
