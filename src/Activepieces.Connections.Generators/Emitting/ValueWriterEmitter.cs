using Activepieces.Connections.Generators.Model;

namespace Activepieces.Connections.Generators.Emitting;

/// <summary>
/// Writes the explicit <c>IConnectionValue</c> implementation: <c>AuthType</c> and <c>WriteValue</c>, which writes the
/// <c>value</c> object with a <c>Utf8JsonWriter</c> (no reflection, no LINQ): <c>type</c>, then the value fields in
/// member order, then <c>props</c> (always for CUSTOM_AUTH; for OAuth2 kinds when a member maps to a prop). Null
/// members are omitted.
/// </summary>
internal static class ValueWriterEmitter
{
    /// <summary>Writes the implementation into the open type body.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="model">The connection type.</param>
    public static void Emit(SourceWriter writer, ConnectionTypeModel model)
    {
        AuthKind kind = model.Settings.AuthKind;
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine(GlobalNames.AuthType + " " + GlobalNames.ConnectionValue + ".AuthType => " + GlobalNames.AuthType + "." + kind + ";");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine("void " + GlobalNames.ConnectionValue + ".WriteValue(" + GlobalNames.Utf8JsonWriter + " writer)");
        writer.OpenBlock();
        writer.WriteLine(GlobalNames.ArgumentNullException + ".ThrowIfNull(writer);");
        writer.WriteLine("writer.WriteStartObject();");
        writer.WriteLine("writer.WriteString(\"type\", " + SourceWriter.Literal(AuthKinds.WireName(kind)) + ");");

        bool hasProps = false;
        foreach (ConnectionMemberModel member in model.Members)
        {
            if (member.Field == WireField.Prop)
            {
                hasProps = true;
            }
            else
            {
                WriteMember(writer, member, WireFields.JsonName(member.Field));
            }
        }

        if (hasProps || kind == AuthKind.CustomAuth)
        {
            writer.WriteLine("writer.WriteStartObject(\"props\");");
            foreach (ConnectionMemberModel member in model.Members)
            {
                if (member.Field == WireField.Prop)
                {
                    WriteMember(writer, member, member.Key);
                }
            }

            writer.WriteLine("writer.WriteEndObject();");
        }

        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
    }

    private static void WriteMember(SourceWriter writer, ConnectionMemberModel member, string key)
    {
        string access = "this." + member.Identifier;
        string name = SourceWriter.Literal(key);
        bool guarded = member.IsNullableValueType || !IsNonNullableValue(member);
        if (guarded)
        {
            writer.WriteLine(member.IsNullableValueType ? "if (" + access + ".HasValue)" : "if (" + access + " is not null)");
            writer.OpenBlock();
        }

        string value = member.IsNullableValueType ? access + ".Value" : access;
        switch (member.TypeKind)
        {
            case MemberTypeKind.String:
                writer.WriteLine("writer.WriteString(" + name + ", " + value + ");");
                break;
            case MemberTypeKind.Boolean:
                writer.WriteLine("writer.WriteBoolean(" + name + ", " + value + ");");
                break;
            case MemberTypeKind.Integer:
            case MemberTypeKind.Floating:
                writer.WriteLine("writer.WriteNumber(" + name + ", " + value + ");");
                break;
            case MemberTypeKind.Enum:
                WriteEnum(writer, member, name, value);
                break;
            case MemberTypeKind.StringCollection:
                writer.WriteLine("writer.WriteStartArray(" + name + ");");
                writer.WriteLine("foreach (string? item in " + value + ")");
                writer.OpenBlock();
                writer.WriteLine("writer.WriteStringValue(item);");
                writer.CloseBlock();
                writer.WriteLine("writer.WriteEndArray();");
                break;
        }

        if (guarded)
        {
            writer.CloseBlock();
        }
    }

    private static void WriteEnum(SourceWriter writer, ConnectionMemberModel member, string name, string value)
    {
        writer.WriteLine("writer.WriteString(" + name + ", " + value + " switch");
        writer.OpenBlock();
        foreach (EnumValueModel enumValue in member.EnumValues)
        {
            writer.WriteLine(member.TypeName + "." + enumValue.MemberName + " => " + SourceWriter.Literal(enumValue.WireValue) + ",");
        }

        string message = member.Name + " is not a defined member of " + member.TypeName.Replace("global::", string.Empty) + ".";
        writer.WriteLine("_ => throw new " + GlobalNames.InvalidOperationException + "(" + SourceWriter.Literal(message) + "),");
        writer.CloseBlock(");");
    }

    /// <summary>Whether the member is a non-nullable value type (never null, so written without a null check).</summary>
    private static bool IsNonNullableValue(ConnectionMemberModel member) =>
        !member.IsNullable && member.TypeKind is MemberTypeKind.Boolean or MemberTypeKind.Integer or MemberTypeKind.Floating or MemberTypeKind.Enum;
}
