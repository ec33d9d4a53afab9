using System.ComponentModel;
using System.Text.Json.Serialization;
using Activepieces.Transport.Json;

namespace Activepieces;

/// <summary>
/// The scope of a connection as the server reports it (<c>AppConnectionScope</c>): <see cref="Platform"/>,
/// <see cref="Project"/>, or a value a newer server added, which is kept as its wire string. Converts implicitly from
/// <see cref="ConnectionScope"/>, so <c>connection.Scope == ConnectionScope.Platform</c> reads as it should.
/// </summary>
[JsonConverter(typeof(WireValueConverter<AppConnectionScope>))]
public readonly struct AppConnectionScope : IEquatable<AppConnectionScope>, IWireValue<AppConnectionScope>
{
    private readonly string? _value;

    /// <summary>Creates a scope from its wire string.</summary>
    /// <param name="value">The wire string, e.g. <c>PLATFORM</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AppConnectionScope(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>PLATFORM</c>: a global connection (<c>/v1/global-connections</c>).</summary>
    public static AppConnectionScope Platform { get; } = new(ConnectionScope.Platform.ToWireName());

    /// <summary><c>PROJECT</c>: a project's own connection (<c>/v1/app-connections</c>).</summary>
    public static AppConnectionScope Project { get; } = new(ConnectionScope.Project.ToWireName());

    string? IWireValue<AppConnectionScope>.WireValue => _value;

    /// <summary>Compares two scopes by their wire strings (ordinal).</summary>
    /// <param name="left">A scope.</param>
    /// <param name="right">Another scope.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(AppConnectionScope left, AppConnectionScope right) => left.Equals(right);

    /// <summary>Compares two scopes by their wire strings (ordinal).</summary>
    /// <param name="left">A scope.</param>
    /// <param name="right">Another scope.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AppConnectionScope left, AppConnectionScope right) => !left.Equals(right);

    /// <summary>A scope from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator AppConnectionScope(string value) => new(value);

    /// <summary>The scope of <paramref name="scope"/>.</summary>
    /// <param name="scope">A defined <see cref="ConnectionScope"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is not a defined value.</exception>
    public static implicit operator AppConnectionScope(ConnectionScope scope) => new(scope.ToWireName());

    static AppConnectionScope IWireValue<AppConnectionScope>.FromWire(string wireValue) => new(wireValue);

    /// <summary>The <see cref="ConnectionScope"/> of this scope, when it is one this library knows.</summary>
    /// <param name="scope">The scope when this returns true.</param>
    /// <returns>Whether the scope is <c>PLATFORM</c> or <c>PROJECT</c>.</returns>
    public bool TryGetConnectionScope(out ConnectionScope scope)
    {
        scope = Equals(Project) ? ConnectionScope.Project : ConnectionScope.Platform;
        return Equals(Platform) || Equals(Project);
    }

    /// <inheritdoc/>
    public bool Equals(AppConnectionScope other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is AppConnectionScope other && Equals(other);

    /// <inheritdoc/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire string, e.g. <c>PLATFORM</c>.</summary>
    /// <returns>The wire string; empty for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;
}
