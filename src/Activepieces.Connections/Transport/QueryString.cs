using System.Globalization;
using System.Text;

namespace Activepieces.Transport;

/// <summary>Builds an escaped query string.</summary>
internal sealed class QueryString
{
    private readonly StringBuilder _text = new();

    public QueryString Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(UrlSegment.Escape(value, name));
        return this;
    }

    public QueryString Add(string name, int? value) =>
        value is null ? this : Add(name, value.Value.ToString(CultureInfo.InvariantCulture));

    public QueryString AddEach(string name, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Add(name, value);
            }
        }

        return this;
    }

    public override string ToString() => _text.ToString();
}
