using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes.DR1000;

/// <summary>DR1001: makes a rule class public, or moves a nested one out to its namespace.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RuleClassMustBePublicFix)), Shared]
public sealed class RuleClassMustBePublicFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DR1001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<ClassDeclarationSyntax>() is not { } rule)
        {
            return;
        }

        var nested = rule.Parent is TypeDeclarationSyntax;
        context.RegisterCodeFix(
            CodeAction.Create(
                nested ? "Move the rule class out and make it public" : "Make the rule class public",
                token => Task.FromResult(context.Document.WithSyntaxRoot(nested ? MoveOut(root, rule) : root.ReplaceNode(rule, MakePublic(rule)))),
                nameof(RuleClassMustBePublicFix)),
            context.Diagnostics);
    }

    private static ClassDeclarationSyntax MakePublic(ClassDeclarationSyntax rule)
    {
        var kept = rule.Modifiers.Where(m => !m.IsKind(SyntaxKind.PrivateKeyword) && !m.IsKind(SyntaxKind.InternalKeyword)
            && !m.IsKind(SyntaxKind.ProtectedKeyword) && !m.IsKind(SyntaxKind.PublicKeyword) && !m.IsKind(SyntaxKind.FileKeyword)).ToList();
        var leading = rule.Modifiers.Count > 0 ? rule.Modifiers[0].LeadingTrivia : rule.Keyword.LeadingTrivia;
        var publicKeyword = SyntaxFactory.Token(leading, SyntaxKind.PublicKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        var withoutLeading = rule.Modifiers.Count > 0 ? rule : rule.WithKeyword(rule.Keyword.WithLeadingTrivia());
        return withoutLeading.WithModifiers(SyntaxFactory.TokenList(new[] { publicKeyword }.Concat(kept.Select((m, i) => i == 0 && rule.Modifiers[0] == m ? m.WithLeadingTrivia() : m))));
    }

    private static SyntaxNode MoveOut(SyntaxNode root, ClassDeclarationSyntax rule)
    {
        var outermost = rule.Ancestors().OfType<TypeDeclarationSyntax>().Last();
        var moved = MakePublic(rule).WithLeadingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);
        var tracked = root.TrackNodes(rule, outermost);
        tracked = tracked.RemoveNode(tracked.GetCurrentNode(rule)!, SyntaxRemoveOptions.KeepNoTrivia)!;
        return tracked.InsertNodesAfter(tracked.GetCurrentNode(outermost)!, new[] { moved });
    }
}
