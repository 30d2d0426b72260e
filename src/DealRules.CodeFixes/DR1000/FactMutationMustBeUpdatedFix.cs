using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using DealRules.Analyzers.DR1000;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes.DR1000;

/// <summary>DR1007: rewrites <c>Change(fact)</c> in an action as <c>ctx.Update(fact, Change)</c>, so the engine learns of the change.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FactMutationMustBeUpdatedFix)), Shared]
public sealed class FactMutationMustBeUpdatedFix : DocumentCodeFix<InvocationExpressionSyntax>
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(FactMutationMustBeUpdated.Descriptor.Id);

    private protected override string Title(Diagnostic diagnostic) => $"Update '{Fact(diagnostic)}' with ctx.Update";

    private protected override InvocationExpressionSyntax? Target(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } call
        && Fact(diagnostic) is not null
        && call.Ancestors().OfType<LambdaExpressionSyntax>().FirstOrDefault() is { } action
        && ContextName(action) is not null
            ? call
            : null;

    /// <summary><c>Change(fact)</c> becomes <c>ctx.Update(fact, Change)</c>; <c>Change(fact, x)</c> becomes <c>ctx.Update(fact, changed => Change(changed, x))</c>.</summary>
    private protected override InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax call, Diagnostic diagnostic)
    {
        var fact = Fact(diagnostic)!;
        var ctx = ContextName(call.Ancestors().OfType<LambdaExpressionSyntax>().First())!;
        ExpressionSyntax update = call.ArgumentList.Arguments.Count == 1
            ? call.Expression.WithoutTrivia()
            : SyntaxFactory.SimpleLambdaExpression(
                SyntaxFactory.Parameter(SyntaxFactory.Identifier("changed")),
                call.ReplaceNodes(
                    call.ArgumentList.Arguments.Select(a => a.Expression).OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == fact),
                    (_, _) => SyntaxFactory.IdentifierName("changed")).WithoutTrivia());
        return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(ctx), SyntaxFactory.IdentifierName("Update")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(SyntaxFactory.IdentifierName(fact)),
                    SyntaxFactory.Argument(update),
                })))
            .WithTriviaFrom(call);
    }

    private static string? Fact(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FactMutationMustBeUpdated.FactProperty, out var fact) ? fact : null;

    private static string? ContextName(LambdaExpressionSyntax action) => action switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
        _ => null,
    };
}
