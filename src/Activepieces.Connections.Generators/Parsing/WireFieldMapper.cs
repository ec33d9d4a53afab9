using System;
using System.Collections.Generic;
using Activepieces.Connections.Generators.Model;
using Activepieces.Connections.Generators.Contracts;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>
/// Maps each member to its place in the <c>value</c> object of the auth kind and reports what does not fit:
/// <list type="bullet">
/// <item>SECRET_TEXT: the single member → <c>secret_text</c>.</item>
/// <item>BASIC_AUTH: the members whose key is <c>username</c>/<c>password</c> (case-insensitive) → those fields.</item>
/// <item>CUSTOM_AUTH: every member → <c>props</c> under its key.</item>
/// <item>OAuth2 kinds: a member whose explicit key is a field name (<c>client_id</c>, …), or, without an explicit key,
/// whose snake_case name is one (<c>ClientId</c>) → that field; any other member → <c>props</c>.</item>
/// <item>NO_AUTH: no member.</item>
/// </list>
/// </summary>
internal static class WireFieldMapper
{
    private static readonly WireField[] FieldsThatCanBeRequired =
    {
        WireField.SecretText,
        WireField.Username,
        WireField.Password,
        WireField.ClientId,
        WireField.ClientSecret,
        WireField.Code,
        WireField.RedirectUrl,
        WireField.Scope,
    };

    /// <summary>Maps <paramref name="members"/> in place and appends problems to <paramref name="problems"/>.</summary>
    /// <param name="kind">The auth kind.</param>
    /// <param name="members">The members, as read by <see cref="MemberReader"/>.</param>
    /// <param name="problems">Receives the shape problems.</param>
    public static void Map(AuthType kind, List<ConnectionMemberModel> members, List<ShapeProblem> problems)
    {
        var unexpected = new List<string>();
        for (int i = 0; i < members.Count; i++)
        {
            WireField? field = FieldOf(kind, members[i], i);
            if (field is null)
            {
                unexpected.Add(members[i].Name);
                continue;
            }

            members[i] = members[i] with { Field = field.Value };
            if (!WireFields.IsAllowed(kind, field.Value))
            {
                problems.Add(new ShapeProblem
                {
                    Kind = ShapeProblemKind.UnexpectedMember,
                    MemberNames = new EquatableArray<string>(new[] { members[i].Name }),
                    Key = WireFields.JsonName(field.Value),
                });
            }
        }

        if (unexpected.Count > 0)
        {
            problems.Add(new ShapeProblem { Kind = ShapeProblemKind.UnexpectedMember, MemberNames = EquatableArray<string>.From(unexpected) });
        }

        ReportFieldTypeMismatches(members, problems);
        ReportMissingFields(kind, members, problems);
        ReportDuplicateKeys(members, problems);
    }

    /// <summary>The field of a member, or null when the member has no place in the kind's value.</summary>
    private static WireField? FieldOf(AuthType kind, ConnectionMemberModel member, int index)
    {
        switch (kind)
        {
            case AuthType.SecretText:
                return index == 0 ? WireField.SecretText : null;
            case AuthType.BasicAuth:
                return string.Equals(member.Key, "username", StringComparison.OrdinalIgnoreCase) ? WireField.Username
                    : string.Equals(member.Key, "password", StringComparison.OrdinalIgnoreCase) ? WireField.Password
                    : null;
            case AuthType.CustomAuth:
                return WireField.Prop;
            case AuthType.OAuth2:
            case AuthType.CloudOAuth2:
            case AuthType.PlatformOAuth2:
                string candidate = member.KeySource == KeySource.Convention ? NamingConventions.ToSnakeCase(member.Name) : member.Key;
                foreach (WireField field in WireFields.OAuth2Fields)
                {
                    if (candidate == WireFields.JsonName(field))
                    {
                        return field;
                    }
                }

                return WireField.Prop;
            default:
                return null;
        }
    }

    private static void ReportFieldTypeMismatches(List<ConnectionMemberModel> members, List<ShapeProblem> problems)
    {
        foreach (ConnectionMemberModel member in members)
        {
            bool fits = member.Field == WireField.Prop
                || member.TypeKind == MemberTypeKind.String
                || (member.TypeKind == MemberTypeKind.Enum && WireFields.AcceptsEnum(member.Field));
            if (!fits && member.TypeKind != MemberTypeKind.Unsupported)
            {
                problems.Add(new ShapeProblem
                {
                    Kind = ShapeProblemKind.FieldTypeMismatch,
                    MemberNames = new EquatableArray<string>(new[] { member.Name }),
                    Key = WireFields.JsonName(member.Field),
                    Value = member.TypeName,
                });
            }
        }
    }

    private static void ReportMissingFields(AuthType kind, List<ConnectionMemberModel> members, List<ShapeProblem> problems)
    {
        foreach (WireField field in FieldsThatCanBeRequired)
        {
            if (!WireFields.IsRequired(kind, field))
            {
                continue;
            }

            bool found = false;
            foreach (ConnectionMemberModel member in members)
            {
                found |= member.Field == field;
            }

            if (!found)
            {
                problems.Add(new ShapeProblem { Kind = ShapeProblemKind.MissingRequiredField, Key = WireFields.JsonName(field) });
            }
        }
    }

    private static void ReportDuplicateKeys(List<ConnectionMemberModel> members, List<ShapeProblem> problems)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (ConnectionMemberModel member in members)
        {
            string key = member.Field == WireField.Prop ? "props." + member.Key : WireFields.JsonName(member.Field);
            if (!byKey.TryGetValue(key, out List<string>? names))
            {
                names = new List<string>();
                byKey.Add(key, names);
                order.Add(key);
            }

            names.Add(member.Name);
        }

        foreach (string key in order)
        {
            List<string> names = byKey[key];
            if (names.Count > 1)
            {
                problems.Add(new ShapeProblem
                {
                    Kind = ShapeProblemKind.DuplicateKey,
                    MemberNames = EquatableArray<string>.From(names),
                    Key = key.StartsWith("props.", StringComparison.Ordinal) ? key.Substring("props.".Length) : key,
                });
            }
        }
    }
}
