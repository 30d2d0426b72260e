using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using DealRules.Analyzers.DR1000;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes.DR1000;

/// <summary>DR1012: appends <c>.Where(c => c.Any())</c> to the Collect() call.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CollectShouldBeFilteredFix)), Shared]
public sealed class CollectShouldBeFilteredFix : DocumentCodeFix<InvocationExpressionSyntax>
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CollectShouldBeFiltered.Descriptor.Id);

    private protected override IEnumerable<string> RequiredUsings => new[] { "System.Linq" };

    private protected override string Title(Diagnostic diagnostic) => "Fire only when the collection is not empty";

    private protected override InvocationExpressionSyntax? Target(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<InvocationExpressionSyntax>();

    private protected override InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax collect, Diagnostic diagnostic) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, collect.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName("Where")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.ParseExpression("c => c.Any()")))))
            .WithTrailingTrivia(collect.GetTrailingTrivia());
}
