using System.ComponentModel;
using System.Text.Json.Serialization;
using Activepieces.Transport.Json;

namespace Activepieces;

/// <summary>
/// The auth type of a connection as the server reports it (<c>AppConnectionType</c>): one of the <see cref="AuthType"/>
/// wire names, or a type a newer server added, which is kept as its wire string. Converts implicitly from
/// <see cref="AuthType"/>, so <c>connection.Type == AuthType.CustomAuth</c> reads as it should.
/// </summary>
[JsonConverter(typeof(WireValueConverter<AppConnectionType>))]
public readonly struct AppConnectionType : IEquatable<AppConnectionType>, IWireValue<AppConnectionType>
{
    private readonly string? _value;

    /// <summary>Creates a type from its wire string.</summary>
    /// <param name="value">The wire string, e.g. <c>CUSTOM_AUTH</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AppConnectionType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    string? IWireValue<AppConnectionType>.WireValue => _value;

    /// <summary>Compares two types by their wire strings (ordinal).</summary>
    /// <param name="left">A type.</param>
    /// <param name="right">Another type.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(AppConnectionType left, AppConnectionType right) => left.Equals(right);

    /// <summary>Compares two types by their wire strings (ordinal).</summary>
    /// <param name="left">A type.</param>
    /// <param name="right">Another type.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AppConnectionType left, AppConnectionType right) => !left.Equals(right);

    /// <summary>A type from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator AppConnectionType(string value) => new(value);

    /// <summary>The type of <paramref name="authType"/>.</summary>
    /// <param name="authType">A defined <see cref="AuthType"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="authType"/> is not a defined value.</exception>
    public static implicit operator AppConnectionType(AuthType authType) => new(authType.ToWireName());

    static AppConnectionType IWireValue<AppConnectionType>.FromWire(string wireValue) => new(wireValue);

    /// <summary>The <see cref="AuthType"/> of this type, when it is one this library knows.</summary>
    /// <param name="authType">The auth type when this returns true.</param>
    /// <returns>Whether the wire string names a defined <see cref="AuthType"/>.</returns>
    public bool TryGetAuthType(out AuthType authType) => AuthTypeExtensions.TryParseWireName(_value, out authType);

    /// <inheritdoc/>
    public bool Equals(AppConnectionType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is AppConnectionType other && Equals(other);

    /// <inheritdoc/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire string, e.g. <c>CUSTOM_AUTH</c>.</summary>
    /// <returns>The wire string; empty for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;
}
