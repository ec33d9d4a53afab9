using System.Text.Json;

namespace Activepieces;

/// <summary>
/// A connection credential that writes its own Activepieces <c>value</c> object with a <see cref="Utf8JsonWriter"/>
/// (no reflection). Implemented by the built-in value types and by every <see cref="PieceAuthAttribute"/> type the
/// source generator completes.
/// </summary>
public interface IConnectionValue
{
    /// <summary>The auth type; written as <c>type</c> at the top level of the request and inside <c>value</c>.</summary>
    AuthType AuthType { get; }

    /// <summary>
    /// Writes the complete <c>value</c> JSON object, including its <c>"type"</c> property, e.g.
    /// <c>{"type":"CUSTOM_AUTH","props":{...}}</c>.
    /// </summary>
    /// <param name="writer">The writer, positioned where the value object starts.</param>
    void WriteValue(Utf8JsonWriter writer);
}
