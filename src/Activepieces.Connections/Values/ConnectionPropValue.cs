using System.Globalization;
using System.Text.Json;

namespace Activepieces;

/// <summary>
/// One prop value of a <see cref="ConnectionProps"/> set, written as raw JSON: a string, a number, a boolean, a string
/// array (multi-select dropdown) or any JSON text. Converts implicitly from <see cref="string"/>, <see cref="int"/>,
/// <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> and <see cref="string"/>[].
/// </summary>
public readonly struct ConnectionPropValue : IEquatable<ConnectionPropValue>
{
    private readonly Kind _kind;
    private readonly string? _text;
    private readonly double _number;
    private readonly long _integer;
    private readonly string[]? _strings;

    private ConnectionPropValue(Kind kind, string? text = null, double number = 0, long integer = 0, string[]? strings = null)
    {
        _kind = kind;
        _text = text;
        _number = number;
        _integer = integer;
        _strings = strings;
    }

    private enum Kind
    {
        Null,
        String,
        Integer,
        Number,
        Boolean,
        StringArray,
        RawJson,
    }

    /// <summary>A JSON <c>null</c>.</summary>
    public static ConnectionPropValue Null => default;

    /// <summary>A JSON string.</summary>
    /// <param name="value">The string (null gives a JSON null).</param>
    /// <returns>The prop value.</returns>
    public static ConnectionPropValue FromString(string? value) => value is null ? default : new(Kind.String, text: value);

    /// <summary>A JSON integer.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The prop value.</returns>
    public static ConnectionPropValue FromInt64(long value) => new(Kind.Integer, integer: value);

    /// <summary>A JSON number.</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The prop value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static ConnectionPropValue FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A JSON number must be finite.");
        }

        return new(Kind.Number, number: value);
    }

    /// <summary>A JSON boolean (a CHECKBOX prop).</summary>
    /// <param name="value">The flag.</param>
    /// <returns>The prop value.</returns>
    public static ConnectionPropValue FromBoolean(bool value) => new(Kind.Boolean, integer: value ? 1 : 0);

    /// <summary>A JSON array of strings (a STATIC_MULTI_SELECT_DROPDOWN prop).</summary>
    /// <param name="values">The strings; copied.</param>
    /// <returns>The prop value.</returns>
    public static ConnectionPropValue FromStrings(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(Kind.StringArray, strings: [.. values]);
    }

    /// <summary>Any JSON value given as its text, e.g. <c>{"a":1}</c>.</summary>
    /// <param name="json">Valid JSON text.</param>
    /// <returns>The prop value.</returns>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not a single valid JSON value.</exception>
    public static ConnectionPropValue FromRawJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        try
        {
            using var document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw new ArgumentException("The text is not a single valid JSON value.", nameof(json));
        }

        return new(Kind.RawJson, text: json);
    }

    /// <summary>Converts a string.</summary>
    /// <param name="value">The string.</param>
    public static implicit operator ConnectionPropValue(string? value) => FromString(value);

    /// <summary>Converts an integer.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator ConnectionPropValue(int value) => FromInt64(value);

    /// <summary>Converts an integer.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator ConnectionPropValue(long value) => FromInt64(value);

    /// <summary>Converts a number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator ConnectionPropValue(double value) => FromDouble(value);

    /// <summary>Converts a boolean.</summary>
    /// <param name="value">The flag.</param>
    public static implicit operator ConnectionPropValue(bool value) => FromBoolean(value);

    /// <summary>Converts a string array.</summary>
    /// <param name="values">The strings.</param>
    public static implicit operator ConnectionPropValue(string[] values) => FromStrings(values);

    /// <summary>Writes the value as JSON.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (_kind)
        {
            case Kind.String:
                writer.WriteStringValue(_text);
                break;
            case Kind.Integer:
                writer.WriteNumberValue(_integer);
                break;
            case Kind.Number:
                writer.WriteNumberValue(_number);
                break;
            case Kind.Boolean:
                writer.WriteBooleanValue(_integer != 0);
                break;
            case Kind.StringArray:
                writer.WriteStartArray();
                foreach (var item in _strings!)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            case Kind.RawJson:
                writer.WriteRawValue(_text!);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <inheritdoc/>
    public bool Equals(ConnectionPropValue other) =>
        _kind == other._kind
        && string.Equals(_text, other._text, StringComparison.Ordinal)
        && _integer == other._integer
        && _number.Equals(other._number)
        && (_strings is null ? other._strings is null : other._strings is not null && _strings.AsSpan().SequenceEqual(other._strings));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConnectionPropValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_kind);
        hash.Add(_text, StringComparer.Ordinal);
        hash.Add(_integer);
        hash.Add(_number);
        if (_strings is not null)
        {
            foreach (var item in _strings)
            {
                hash.Add(item, StringComparer.Ordinal);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ConnectionPropValue left, ConnectionPropValue right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ConnectionPropValue left, ConnectionPropValue right) => !left.Equals(right);

    /// <summary>Never prints the value (props may be secrets).</summary>
    /// <returns>The kind of value only.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"({_kind})");
}
