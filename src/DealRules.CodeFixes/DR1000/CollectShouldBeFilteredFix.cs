using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes.DR1000;

/// <summary>DR1012: appends <c>.Where(c => c.Any())</c> to the Collect() call.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CollectShouldBeFilteredFix)), Shared]
public sealed class CollectShouldBeFilteredFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DR1012");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } collect)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Fire only when the collection is not empty",
                _ =>
                {
                    var filtered = SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, collect.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName("Where")),
                        SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.ParseExpression("c => c.Any()")))))
                        .WithTrailingTrivia(collect.GetTrailingTrivia());
                    var newRoot = root.ReplaceNode(collect, filtered);
                    return Task.FromResult(context.Document.WithSyntaxRoot(newRoot is CompilationUnitSyntax unit ? Usings.Ensure(unit, "System.Linq") : newRoot));
                },
                nameof(CollectShouldBeFilteredFix)),
            context.Diagnostics);
    }
}
