using System.Text;

namespace Activepieces.Connections.Analyzers.Tests.Infrastructure;

/// <summary>
/// Makes mutated piece metadata from a valid file, deterministically from a seed. <see cref="Invalid"/> mutations
/// are invalid by construction (the analyzers must report APC015 for each); <see cref="Arbitrary"/> ones may or may
/// not stay valid (the analyzers must only not crash).
/// </summary>
internal sealed class MetadataMutator(int seed)
{
    private static readonly string[] NotAnObject = ["42", "\"text\"", "true", "null", "[]", "[1,2]", "-0.5e10"];

    private static readonly string[] NotAString = ["42", "true", "null", "{}", "[]", "{\"a\":1}"];

    private readonly Random _random = new(seed);

    /// <summary>A mutation of <paramref name="json"/> that is not valid metadata, and what was done.</summary>
    public (string Json, string Mutation) Invalid(string json)
    {
        switch (_random.Next(12))
        {
            case 0:
                // Cut before the root object closes: never complete JSON.
                var cut = _random.Next(0, json.LastIndexOf('}'));
                return (json[..cut], "truncated at " + cut);
            case 1:
                return (ReplaceValue(json, "\"name\"", Pick(NotAString)), "name is not a string");
            case 2:
                return (RemoveProperty(json, "\"name\""), "name removed");
            case 3:
                return (ReplaceValue(json, "\"auth\"", Pick(["42", "\"SECRET_TEXT\"", "true", "[1]", "[null]", "[[]]"])), "auth is not an object");
            case 4:
                return (ReplaceValue(json, "\"type\"", Pick(NotAString)), "a type is not a string");
            case 5:
                return (ReplaceValue(json, "\"required\"", Pick(["\"yes\"", "1", "{}", "[]"])), "a required is not a boolean");
            case 6:
                return (Insert(json, "\"name\":\"@dup/piece\","), "duplicate name");
            case 7:
                var depth = _random.Next(65, 400);
                return (Insert(json, "\"deep\":" + new string('[', depth) + new string(']', depth) + ","), "nested " + depth + " deep");
            case 8:
                return (Pick(["", " ", "\n\t", "null", "[]", "\"piece\"", "0", "{", "}", "{}", "\uFEFF", "{\"name\":null}"]), "not a piece object");
            case 9:
                return (Garbage(), "garbage");
            case 10:
                return (Insert(json, "\"" + Pick(["name", "auth", "version"]) + "\":\"x\","), "duplicate top-level property");
            default:
                // A character that cannot appear between JSON tokens, outside any string, before the end.
                var at = PositionOutsideStrings(json);
                return (json[..at] + Pick(["@", "#", "'", "\\", "}}", "]"]) + json[at..], "junk inserted at " + at);
        }
    }

    /// <summary>A random byte-level mutation of <paramref name="json"/>; may be valid or not.</summary>
    public string Arbitrary(string json)
    {
        var chars = json.ToCharArray();
        var edits = _random.Next(1, 6);
        for (var i = 0; i < edits; i++)
        {
            chars[_random.Next(chars.Length)] = (char)_random.Next(0x20, 0x7F);
        }

        return new string(chars);
    }

    /// <summary>The props object of a CUSTOM_AUTH piece replaced by something else; always invalid when it applies.</summary>
    public static string ReplaceProps(string json, string replacement) => ReplaceValue(json, "\"props\"", replacement);

    /// <summary>A random index in (0, last '}') that is not inside a string literal.</summary>
    private int PositionOutsideStrings(string json)
    {
        var outside = new List<int>();
        var inString = false;
        var end = json.LastIndexOf('}');
        for (var i = 0; i <= end; i++)
        {
            if (inString)
            {
                if (json[i] == '\\')
                {
                    i++;
                }
                else if (json[i] == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (i > 0)
            {
                outside.Add(i);
            }

            inString = json[i] == '"';
        }

        return outside[_random.Next(outside.Count)];
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private string Garbage()
    {
        var builder = new StringBuilder();
        var length = _random.Next(1, 300);
        builder.Append(Pick(["x", "<", "=", "\u0001", "{\"", "[\""]));
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)_random.Next(1, 0xD7FF));
        }

        return builder.ToString();
    }

    /// <summary>Inserts <paramref name="property"/> right after the root object's opening brace.</summary>
    private static string Insert(string json, string property)
    {
        var brace = json.IndexOf('{', StringComparison.Ordinal);
        return json[..(brace + 1)] + property + json[(brace + 1)..];
    }

    /// <summary>Replaces the value of the first property named <paramref name="quotedName"/> (a whole JSON value).</summary>
    private static string ReplaceValue(string json, string quotedName, string replacement)
    {
        var name = json.IndexOf(quotedName + ":", StringComparison.Ordinal);
        if (name < 0)
        {
            return Insert(json, quotedName + ":" + replacement + ",");
        }

        var start = name + quotedName.Length + 1;
        while (char.IsWhiteSpace(json[start]))
        {
            start++;
        }

        return json[..start] + replacement + json[ValueEnd(json, start)..];
    }

    private static string RemoveProperty(string json, string quotedName)
    {
        var name = json.IndexOf(quotedName + ":", StringComparison.Ordinal);
        var start = name + quotedName.Length + 1;
        while (char.IsWhiteSpace(json[start]))
        {
            start++;
        }

        var end = ValueEnd(json, start);
        while (end < json.Length && (char.IsWhiteSpace(json[end]) || json[end] == ','))
        {
            end++;
        }

        return json[..name] + json[end..];
    }

    /// <summary>The index just after the JSON value starting at <paramref name="start"/> (strings, numbers, literals, nesting).</summary>
    private static int ValueEnd(string json, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (depth == 0)
                    {
                        return i;
                    }

                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case ',' when depth == 0:
                    return i;
            }
        }

        return json.Length;
    }
}
