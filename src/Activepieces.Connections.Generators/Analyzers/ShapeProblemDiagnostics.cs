using System;
using System.Threading;
using Activepieces.Connections.Generators.Diagnostics;
using Activepieces.Connections.Generators.Model;
using Activepieces.Connections.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Activepieces.Connections.Generators.Contracts;

namespace Activepieces.Connections.Generators.Analyzers;

/// <summary>Turns the parser's <see cref="ShapeProblem"/>s into diagnostics on the syntax they are about.</summary>
internal static class ShapeProblemDiagnostics
{
    /// <summary>Reports every problem of <paramref name="result"/>.</summary>
    public static void Report(
        PieceAuthParseResult result,
        INamedTypeSymbol type,
        AttributeData attribute,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        var pieceNameIsValid = true;
        foreach (var problem in result.Problems)
        {
            pieceNameIsValid &= problem.Kind != ShapeProblemKind.InvalidPieceName;
        }

        foreach (var problem in result.Problems)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReportOne(problem, result.Settings, type, attribute, pieceNameIsValid, report, cancellationToken);
        }
    }

    private static void ReportOne(
        ShapeProblem problem,
        PieceAuthSettings settings,
        INamedTypeSymbol type,
        AttributeData attribute,
        bool pieceNameIsValid,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        var authType = AuthTypeName(settings);
        switch (problem.Kind)
        {
            case ShapeProblemKind.NotPartial:
                // A containing type that is not partial is reported by the analysis of that type (see
                // PieceAuthShapeAnalyzer), so that the diagnostic is local to the type its code fix edits.
                if (problem.TypeName is null || problem.TypeName == type.Name)
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.TypeNotPartial, DiagnosticLocations.ForType(type), type.Name));
                }

                break;

            case ShapeProblemKind.Generic:
                var generic = problem.TypeName is null || problem.TypeName == type.Name ? "is generic" : "is nested in the generic type '" + problem.TypeName + "'";
                report(Diagnostic.Create(DiagnosticDescriptors.GenericTypeNotSupported, DiagnosticLocations.ForType(type), type.Name, generic));
                break;

            case ShapeProblemKind.UnsupportedTypeShape:
                report(Diagnostic.Create(DiagnosticDescriptors.UnsupportedTypeShape, DiagnosticLocations.ForType(type, problem.TypeName), problem.TypeName ?? type.Name, problem.Value ?? "not supported"));
                break;

            case ShapeProblemKind.UnsupportedMemberType:
                foreach (var member in problem.MemberNames)
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.UnsupportedMemberType, DiagnosticLocations.ForMember(type, member), member, problem.Value ?? "?"));
                }

                break;

            case ShapeProblemKind.DuplicateKey:
                for (var i = 1; i < problem.MemberNames.Count; i++)
                {
                    var member = problem.MemberNames[i];
                    report(Diagnostic.Create(DiagnosticDescriptors.DuplicatePropKey, DiagnosticLocations.ForMember(type, member), member, problem.Key ?? "?", problem.MemberNames[0]));
                }

                break;

            case ShapeProblemKind.MissingRequiredField:
                report(Diagnostic.Create(
                    DiagnosticDescriptors.MembersDoNotFitAuthType,
                    DiagnosticLocations.ForType(type),
                    type.Name,
                    authType,
                    "no member maps to the required field '" + problem.Key + "'" + MissingFieldHint(problem.Key)));
                break;

            case ShapeProblemKind.UnexpectedMember:
                foreach (var member in problem.MemberNames)
                {
                    var why = problem.Key is null
                        ? "'" + member + "' has no place in its value" + UnexpectedMemberHint(settings)
                        : "'" + member + "' maps to '" + problem.Key + "', which its value does not have";
                    report(Diagnostic.Create(DiagnosticDescriptors.MembersDoNotFitAuthType, DiagnosticLocations.ForMember(type, member), type.Name, authType, why));
                }

                break;

            case ShapeProblemKind.FieldTypeMismatch:
                foreach (var member in problem.MemberNames)
                {
                    var expected = problem.Key is "authorization_method" or "grant_type" ? "a string or an enum" : "a string";
                    report(Diagnostic.Create(
                        DiagnosticDescriptors.MembersDoNotFitAuthType,
                        DiagnosticLocations.ForMember(type, member),
                        type.Name,
                        authType,
                        "'" + member + "' maps to '" + problem.Key + "', which must be " + expected));
                }

                break;

            case ShapeProblemKind.InvalidPieceName:
                report(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidPieceName,
                    DiagnosticLocations.ForArgument(attribute, KnownAttributes.PieceNameParameter, type, cancellationToken),
                    settings.PieceName,
                    "use '@scope/name' or 'name': lower-case letters, digits and '-', '.', '_', '~', at most 214 characters"));
                break;

            case ShapeProblemKind.InvalidExternalIdPrefix:
                if (!settings.IsExternalIdPrefixExplicit && !pieceNameIsValid)
                {
                    // The prefix is derived from the piece name, which already has its own error.
                    break;
                }

                var prefixWhy = settings.ExternalIdPrefix.Length == 0 ? "is empty" : "has characters other than letters, digits, '_' and '-'";
                var prefixLocation = settings.IsExternalIdPrefixExplicit
                    ? DiagnosticLocations.ForArgument(attribute, nameof(PieceAuthAttribute.ExternalIdPrefix), type, cancellationToken)
                    : DiagnosticLocations.ForArgument(attribute, KnownAttributes.PieceNameParameter, type, cancellationToken);
                report(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidExternalIdPrefix,
                    prefixLocation,
                    settings.ExternalIdPrefix,
                    settings.IsExternalIdPrefixExplicit ? prefixWhy : prefixWhy + " (derived from the piece name; set ExternalIdPrefix)"));
                break;

            case ShapeProblemKind.InvalidPieceVersion:
                report(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidPieceVersion,
                    DiagnosticLocations.ForArgument(attribute, nameof(PieceAuthAttribute.PieceVersion), type, cancellationToken),
                    settings.PieceVersion ?? problem.Value ?? string.Empty));
                break;

            case ShapeProblemKind.InvalidAuthType:
                ReportArgument(problem, KnownAttributes.AuthTypeParameter, "is not a defined AuthType value", type, attribute, report, cancellationToken);
                break;

            case ShapeProblemKind.InvalidDisplayName:
                ReportArgument(problem, nameof(PieceAuthAttribute.DisplayName), "is empty or white space", type, attribute, report, cancellationToken);
                break;

            case ShapeProblemKind.InvalidScope:
                ReportArgument(problem, nameof(PieceAuthAttribute.Scope), "is not a defined ConnectionScope value", type, attribute, report, cancellationToken);
                break;

            case ShapeProblemKind.InvalidClientName:
                ReportArgument(problem, nameof(PieceAuthAttribute.ClientName), "is not a C# identifier (it is the stem of the generated method names)", type, attribute, report, cancellationToken);
                break;

            case ShapeProblemKind.ConflictingMember:
                if (problem.MemberNames.Count > 0)
                {
                    foreach (var member in problem.MemberNames)
                    {
                        report(Diagnostic.Create(DiagnosticDescriptors.ConflictingMember, MemberOrMethodLocation(type, member), type.Name, "'" + member + "'"));
                    }
                }
                else
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.ConflictingMember, DiagnosticLocations.ForType(type), type.Name, "an implementation of " + (problem.Value ?? "IConnectionValue")));
                }

                break;
        }
    }

    private static void ReportArgument(
        ShapeProblem problem,
        string argument,
        string why,
        INamedTypeSymbol type,
        AttributeData attribute,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
    {
        var name = problem.AttributeArgument ?? argument;
        var value = problem.Value is null ? string.Empty : " '" + problem.Value + "'";
        report(Diagnostic.Create(
            DiagnosticDescriptors.InvalidAttributeArgument,
            DiagnosticLocations.ForArgument(attribute, name, type, cancellationToken),
            name + value,
            why));
    }

    private static Location MemberOrMethodLocation(INamedTypeSymbol type, string memberName)
    {
        foreach (var member in type.GetMembers(memberName))
        {
            foreach (var location in member.Locations)
            {
                if (location.IsInSource)
                {
                    return location;
                }
            }
        }

        return DiagnosticLocations.ForType(type);
    }

    /// <summary>The <c>AuthType</c> member name of the settings, e.g. <c>BasicAuth</c>.</summary>
    public static string AuthTypeName(PieceAuthSettings settings) =>
        settings.IsAuthKindDefined ? settings.AuthType.ToString() : "(undefined)";

    private static string MissingFieldHint(string? key) => key switch
    {
        "secret_text" => " (declare one string member)",
        "username" => " (declare a string member named Username)",
        "password" => " (declare a string member named Password)",
        null => string.Empty,
        _ => " (declare a string member with [PieceProp(\"" + key + "\")])",
    };

    private static string UnexpectedMemberHint(PieceAuthSettings settings) => settings.AuthType switch
    {
        AuthType.SecretText => " (a SECRET_TEXT value is exactly one string)",
        AuthType.BasicAuth => " (a BASIC_AUTH value is Username and Password)",
        AuthType.NoAuth => " (a NO_AUTH value has no member)",
        _ => string.Empty,
    };
}
