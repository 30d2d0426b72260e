using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1006: an alias read, assigned or passed on in Define() itself (other than to a DSL method), where it is only a token.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AliasMustNotBeUsedOutsideDsl : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1006", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Alias is used outside the rule's conditions and actions",
        "Alias '{0}' is {1} outside a condition or action; in Define() it is only a token and stays null",
        "Define() runs once to describe the rule; aliases only hold facts inside the expressions the engine evaluates.");

    public AliasMustNotBeUsedOutsideDsl() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            foreach (var reference in define.AliasReferences)
            {
                var identifier = reference.Identifier;
                if (reference.Alias is not ILocalSymbol local
                    || define.IsInsideExpressionLambda(identifier)
                    || define.Bindings.Any(b => b.Lambda.Span.Contains(identifier.Span))
                    || IsInNameOf(identifier)
                    || IsPassedToDslMethod(identifier, define))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptor, identifier.GetLocation(), local.Name, UseOf(identifier)));
            }
        });

    private static string UseOf(IdentifierNameSyntax identifier) => identifier.Parent switch
    {
        MemberAccessExpressionSyntax member when member.Expression == identifier => "dereferenced",
        ConditionalAccessExpressionSyntax access when access.Expression == identifier => "dereferenced",
        ElementAccessExpressionSyntax element when element.Expression == identifier => "dereferenced",
        AssignmentExpressionSyntax assignment when assignment.Left == identifier => "assigned",
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => "assigned",
        ArgumentSyntax => "passed on",
        _ => "used",
    };

    /// <summary>
    /// An alias handed to an author's DSL extension (<c>Then().Warning(claim, "…")</c>, as NRules' docs show) is
    /// captured in the extension's own expressions, and NRules links it there by name.
    /// </summary>
    private static bool IsPassedToDslMethod(IdentifierNameSyntax identifier, DefineMethod define) =>
        identifier.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation }
        && define.CallOf(invocation) is { Part: not DslPart.None };

    private static bool IsInNameOf(SyntaxNode node) =>
        node.Ancestors().OfType<InvocationExpressionSyntax>().Any(i =>
            i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && i.ArgumentList.Arguments.Count == 1);
}
