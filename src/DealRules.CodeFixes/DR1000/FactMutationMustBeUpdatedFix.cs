using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using DealRules.Analyzers.DR1000;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes.DR1000;

/// <summary>DR1007: rewrites <c>Change(fact)</c> in an action as <c>ctx.Update(fact, Change)</c>, so the engine learns of the change.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FactMutationMustBeUpdatedFix)), Shared]
public sealed class FactMutationMustBeUpdatedFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DR1007");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } call
            || !diagnostic.Properties.TryGetValue(FactMutationMustBeUpdated.FactProperty, out var fact) || fact is null
            || call.Ancestors().OfType<LambdaExpressionSyntax>().FirstOrDefault() is not { } action
            || ContextName(action) is not { } ctx)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Update '{fact}' with ctx.Update",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(call, Rewrite(call, fact, ctx).WithTriviaFrom(call)))),
                nameof(FactMutationMustBeUpdatedFix)),
            diagnostic);
    }

    private static string? ContextName(LambdaExpressionSyntax action) => action switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
        _ => null,
    };

    /// <summary><c>Change(fact)</c> becomes <c>ctx.Update(fact, Change)</c>; <c>Change(fact, x)</c> becomes <c>ctx.Update(fact, changed => Change(changed, x))</c>.</summary>
    private static InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax call, string fact, string ctx)
    {
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
            })));
    }
}
