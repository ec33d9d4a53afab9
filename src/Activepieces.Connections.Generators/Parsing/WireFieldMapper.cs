using System;
using System.Collections.Generic;
using Activepieces.CSharp;
using Activepieces.Connections.Generators.Diagnostics;
using Activepieces.Connections.Generators.Model;
using Activepieces.Records;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>
/// Maps each member to its place in the <c>value</c> object of the auth type and reports what does not fit:
/// <list type="bullet">
/// <item>SECRET_TEXT: the single member → <c>secret_text</c>.</item>
/// <item>BASIC_AUTH: the members whose key is <c>username</c>/<c>password</c> (case-insensitive) → those fields.</item>
/// <item>CUSTOM_AUTH and OIDC: every member → <c>props</c> under its key; at least one member.</item>
/// <item>OAuth2 types: a member whose explicit key is a field name (<c>client_id</c>, …), or, without an explicit key,
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

    /// <summary>Maps <paramref name="members"/> in place (their <see cref="ParsedMember.Field"/>) without judging the fit.</summary>
    /// <param name="authType">The auth type (a defined value).</param>
    /// <param name="members">The members, as read by <see cref="MemberReader"/>.</param>
    public static void Map(AuthType authType, List<ParsedMember> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            members[i].Field = FieldOf(authType, members[i], i) ?? WireField.Prop;
        }
    }

    /// <summary>Maps <paramref name="members"/> in place and appends what does not fit the auth type to <paramref name="problems"/>.</summary>
    /// <param name="type">The connection type (names and locates the problems).</param>
    /// <param name="authType">The auth type (a defined value).</param>
    /// <param name="members">The members, as read by <see cref="MemberReader"/>.</param>
    /// <param name="problems">Receives the problems.</param>
    public static void Map(INamedTypeSymbol type, AuthType authType, List<ParsedMember> members, List<DiagnosticInfo> problems)
    {
        var authTypeName = authType.ToString();
        var unexpected = new List<ParsedMember>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var field = FieldOf(authType, member, i);
            if (field is null)
            {
                unexpected.Add(member);
                continue;
            }

            member.Field = field.Value;
            if (!WireFields.IsAllowed(authType, field.Value))
            {
                problems.Add(DoesNotFit(type, authTypeName, SourceLocations.ForMember(member.Symbol, type),
                    "'" + member.Name + "' maps to '" + WireFields.JsonName(field.Value) + "', which its value does not have"));
            }
        }

        foreach (var member in unexpected)
        {
            problems.Add(DoesNotFit(type, authTypeName, SourceLocations.ForMember(member.Symbol, type),
                "'" + member.Name + "' has no place in its value" + UnexpectedMemberHint(authType)));
        }

        if (AuthTypeWireNames.IsPropsOnly(authType) && members.Count == 0)
        {
            var article = authType == AuthType.Oidc ? "an " : "a ";
            problems.Add(DoesNotFit(type, authTypeName, SourceLocations.ForType(type),
                "it declares no member, and " + article + AuthTypeWireNames.Of(authType) + " value needs at least one prop"));
        }

        ReportFieldTypeMismatches(type, authTypeName, members, problems);
        ReportMissingFields(type, authType, members, problems);
        ReportDuplicateKeys(type, members, problems);
    }

    /// <summary>The field of a member, or null when the member has no place in the auth type's value.</summary>
    private static WireField? FieldOf(AuthType authType, ParsedMember member, int index)
    {
        switch (authType)
        {
            case AuthType.SecretText:
                return index == 0 ? WireField.SecretText : null;
            case AuthType.BasicAuth:
                return string.Equals(member.Key, "username", StringComparison.OrdinalIgnoreCase) ? WireField.Username
                    : string.Equals(member.Key, "password", StringComparison.OrdinalIgnoreCase) ? WireField.Password
                    : null;
            case AuthType.CustomAuth:
            case AuthType.Oidc:
                return WireField.Prop;
            case AuthType.OAuth2:
            case AuthType.CloudOAuth2:
            case AuthType.PlatformOAuth2:
                var candidate = member.KeySource == KeySource.Convention ? NamingConventions.ToSnakeCase(member.Name) : member.Key;
                foreach (var field in WireFields.OAuth2Fields)
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

    private static void ReportFieldTypeMismatches(INamedTypeSymbol type, string authTypeName, List<ParsedMember> members, List<DiagnosticInfo> problems)
    {
        foreach (var member in members)
        {
            var kind = member.Type.Kind;
            var fits = member.Field == WireField.Prop
                || kind == MemberTypeKind.String
                || (kind == MemberTypeKind.Enum && WireFields.AcceptsEnum(member.Field));
            if (!fits && kind != MemberTypeKind.Unsupported)
            {
                var expected = WireFields.AcceptsEnum(member.Field) ? "a string or an enum" : "a string";
                problems.Add(DoesNotFit(type, authTypeName, SourceLocations.ForMember(member.Symbol, type),
                    "'" + member.Name + "' maps to '" + WireFields.JsonName(member.Field) + "', which must be " + expected));
            }
        }
    }

    private static void ReportMissingFields(INamedTypeSymbol type, AuthType authType, List<ParsedMember> members, List<DiagnosticInfo> problems)
    {
        foreach (var field in FieldsThatCanBeRequired)
        {
            if (!WireFields.IsRequired(authType, field))
            {
                continue;
            }

            var found = false;
            foreach (var member in members)
            {
                found |= member.Field == field;
            }

            if (!found)
            {
                var key = WireFields.JsonName(field);
                problems.Add(DoesNotFit(type, authType.ToString(), SourceLocations.ForType(type),
                    "no member maps to the required field '" + key + "'" + MissingFieldHint(key)));
            }
        }
    }

    private static void ReportDuplicateKeys(INamedTypeSymbol type, List<ParsedMember> members, List<DiagnosticInfo> problems)
    {
        var firstByKey = new Dictionary<string, ParsedMember>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var key = member.Field == WireField.Prop ? "props." + member.Key : WireFields.JsonName(member.Field);
            if (!firstByKey.TryGetValue(key, out var first))
            {
                firstByKey.Add(key, member);
                continue;
            }

            var shownKey = member.Field == WireField.Prop ? member.Key : key;
            problems.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.DuplicatePropKey,
                SourceLocations.ForMember(member.Symbol, type),
                member.Name,
                shownKey,
                first.Name));
        }
    }

    private static DiagnosticInfo DoesNotFit(INamedTypeSymbol type, string authTypeName, Location location, string why) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.MembersDoNotFitAuthType, location, type.Name, authTypeName, why);

    private static string MissingFieldHint(string key) => key switch
    {
        "secret_text" => " (declare one string member)",
        "username" => " (declare a string member named Username)",
        "password" => " (declare a string member named Password)",
        _ => " (declare a string member with [PieceProp(\"" + key + "\")])",
    };

    private static string UnexpectedMemberHint(AuthType authType) => authType switch
    {
        AuthType.SecretText => " (a SECRET_TEXT value is exactly one string)",
        AuthType.BasicAuth => " (a BASIC_AUTH value is Username and Password)",
        AuthType.NoAuth => " (a NO_AUTH value has no member)",
        _ => string.Empty,
    };
}
