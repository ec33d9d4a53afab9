using System.Collections.Generic;
using Activepieces.CSharp;
using Activepieces.Connections.Generators.Model;
using Activepieces.Records;
using static Activepieces.Connections.Generators.Emitting.GlobalNames;

namespace Activepieces.Connections.Generators.Emitting;

/// <summary>
/// Writes the explicit <c>IConnectionValue</c> implementation: <c>AuthType</c> and <c>WriteValue</c>, which writes the
/// <c>value</c> object with a <c>Utf8JsonWriter</c> (no reflection, no LINQ): <c>type</c>, then the value fields in
/// member order, then <c>props</c> (always for CUSTOM_AUTH and OIDC; for OAuth2 types when a member maps to a prop). Null
/// members are omitted. Every property name and literal is encoded once, in a nested <see cref="GeneratedMemberNames.EncodedTextClass"/>.
/// </summary>
internal static class ValueWriterEmitter
{
    private const string JsonEncodedText = "global::System.Text.Json.JsonEncodedText";

    /// <summary>Writes the implementation into the open type body.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="model">The connection type.</param>
    public static void Emit(SourceWriter writer, ConnectionTypeModel model)
    {
        var authType = model.Settings.AuthType;
        var texts = new EncodedTexts();
        writer.WriteLine($$"""
            /// <inheritdoc/>
            {{GeneratedCodeAttribute}}
            {{AuthTypeEnum}} {{ConnectionValue}}.AuthType => {{AuthTypeEnum}}.{{authType}};

            /// <inheritdoc/>
            {{GeneratedCodeAttribute}}
            void {{ConnectionValue}}.WriteValue({{Utf8JsonWriter}} writer)
            {
                {{ArgumentNullException}}.ThrowIfNull(writer);
                writer.WriteStartObject();
                writer.WriteString({{texts.Ref("type")}}, {{texts.Ref(AuthTypeWireNames.Of(authType)!)}});
            """);
        writer.Indentation++;

        var hasProps = AuthTypeWireNames.IsPropsOnly(authType);
        foreach (var member in model.Members)
        {
            if (member.Field == WireField.Prop)
            {
                hasProps = true;
            }
            else
            {
                WriteMember(writer, texts, member, WireFields.JsonName(member.Field));
            }
        }

        if (hasProps)
        {
            writer.WriteLine($"writer.WriteStartObject({texts.Ref("props")});");
            foreach (var member in model.Members)
            {
                if (member.Field == WireField.Prop)
                {
                    WriteMember(writer, texts, member, member.Key);
                }
            }

            writer.WriteLine("writer.WriteEndObject();");
        }

        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($$"""
            /// <summary>The JSON names and literals of <c>WriteValue</c>, encoded once.</summary>
            {{GeneratedCodeAttribute}}
            private static class {{GeneratedMemberNames.EncodedTextClass}}
            {
            """);
        writer.Indentation++;
        for (var i = 0; i < texts.Values.Count; i++)
        {
            writer.WriteLine($"internal static readonly {JsonEncodedText} T{i} = {JsonEncodedText}.Encode({SourceWriter.Literal(texts.Values[i])});");
        }

        writer.CloseBlock();
    }

    /// <summary>Writes one member under <paramref name="key"/>, inside a null check unless it is a non-nullable value type.</summary>
    private static void WriteMember(SourceWriter writer, EncodedTexts texts, ConnectionMemberModel member, string key)
    {
        var access = "this." + member.Identifier;
        var name = texts.Ref(key);
        var value = member.IsNullableValueType ? access + ".Value" : access;
        var guard = member.IsNullableValueType ? access + ".HasValue"
            : member.IsNullable || !IsValueType(member.TypeKind) ? access + " is not null"
            : null;
        if (guard is not null)
        {
            writer.WriteLine($$"""
                if ({{guard}})
                {
                """);
            writer.Indentation++;
        }

        switch (member.TypeKind)
        {
            case MemberTypeKind.String:
                writer.WriteLine($"writer.WriteString({name}, {value});");
                break;
            case MemberTypeKind.Boolean:
                writer.WriteLine($"writer.WriteBoolean({name}, {value});");
                break;
            case MemberTypeKind.Integer:
            case MemberTypeKind.Floating:
                writer.WriteLine($"writer.WriteNumber({name}, {value});");
                break;
            case MemberTypeKind.Enum:
                WriteEnum(writer, texts, member, name, value);
                break;
            case MemberTypeKind.StringCollection:
                writer.WriteLine($$"""
                    writer.WriteStartArray({{name}});
                    foreach (string? item in {{value}})
                    {
                        writer.WriteStringValue(item);
                    }
                    writer.WriteEndArray();
                    """);
                break;
        }

        if (guard is not null)
        {
            writer.CloseBlock();
        }
    }

    /// <summary>Writes an enum as the wire value of its member; an undefined value throws, naming the member, never the value.</summary>
    private static void WriteEnum(SourceWriter writer, EncodedTexts texts, ConnectionMemberModel member, string name, string value)
    {
        writer.WriteLine($$"""
            writer.WriteString({{name}}, {{value}} switch
            {
            """);
        writer.Indentation++;
        foreach (var enumValue in member.EnumValues)
        {
            writer.WriteLine($"{member.TypeName}.{enumValue.MemberName} => {texts.Ref(enumValue.WireValue)},");
        }

        var message = member.Name + " is not a defined member of " + member.TypeName.Replace("global::", string.Empty) + ".";
        writer.WriteLine($"_ => throw new {InvalidOperationException}({SourceWriter.Literal(message)}),");
        writer.CloseBlock(");");
    }

    private static bool IsValueType(MemberTypeKind kind) =>
        kind is MemberTypeKind.Boolean or MemberTypeKind.Integer or MemberTypeKind.Floating or MemberTypeKind.Enum;

    /// <summary>The distinct texts of one <c>WriteValue</c>, in first-use order, each referenced as <c>T{index}</c>.</summary>
    private sealed class EncodedTexts
    {
        private readonly Dictionary<string, int> _indexes = new(System.StringComparer.Ordinal);

        public List<string> Values { get; } = new();

        public string Ref(string text)
        {
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = Values.Count;
                _indexes.Add(text, index);
                Values.Add(text);
            }

            // The text itself as a comment, so the generated code reads like the JSON it writes.
            var commentable = text.IndexOf("*/", System.StringComparison.Ordinal) < 0 && text.IndexOf('\n') < 0 && text.IndexOf('\r') < 0;
            return GeneratedMemberNames.EncodedTextClass + ".T" + index + (commentable ? " /* " + text + " */" : string.Empty);
        }
    }
}
