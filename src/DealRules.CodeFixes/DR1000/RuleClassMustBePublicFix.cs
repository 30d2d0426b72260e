using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using DealRules.Analyzers.DR1000;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes.DR1000;

/// <summary>DR1001: makes a rule class public, or moves a nested one out after its outermost containing type.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RuleClassMustBePublicFix)), Shared]
public sealed class RuleClassMustBePublicFix : DocumentCodeFix<ClassDeclarationSyntax>
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleClassMustBePublic.Descriptor.Id);

    private protected override string Title(Diagnostic diagnostic) => "Make the rule class public and top-level";

    private protected override ClassDeclarationSyntax? Target(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ClassDeclarationSyntax>();

    private protected override ClassDeclarationSyntax Rewrite(ClassDeclarationSyntax rule, Diagnostic diagnostic) => MakePublic(rule);

    private protected override SyntaxNode Apply(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics)
    {
        var rules = diagnostics.Select(d => Target(root, d)).OfType<ClassDeclarationSyntax>().Distinct().ToArray();
        var nested = rules.Where(r => r.Parent is TypeDeclarationSyntax).ToArray();
        var topLevel = rules.Except(nested).ToArray();
        var outermost = nested.Select(r => r.Ancestors().OfType<TypeDeclarationSyntax>().Last()).Distinct().ToArray();

        var tracked = root.TrackNodes(rules.Concat<SyntaxNode>(outermost));
        foreach (var rule in topLevel)
        {
            tracked = tracked.ReplaceNode(tracked.GetCurrentNode(rule)!, MakePublic(rule));
        }

        foreach (var container in outermost)
        {
            var moving = nested.Where(r => r.Ancestors().OfType<TypeDeclarationSyntax>().Last() == container).ToArray();
            tracked = tracked.RemoveNodes(moving.Select(r => tracked.GetCurrentNode(r)!), SyntaxRemoveOptions.KeepNoTrivia)!;
            var current = tracked.GetCurrentNode(container)!;
            var indentation = Attributes.Indentation(current.GetLeadingTrivia());
            var moved = moving.Select(r => MakePublic(Reindent(r, indentation)).WithLeadingTrivia(SyntaxFactory.TriviaList(SyntaxFactory.LineFeed).AddRange(indentation)))
                .Select((r, i) => (MemberDeclarationSyntax)(i == moving.Length - 1 ? r.WithTrailingTrivia(current.GetTrailingTrivia()) : r.WithTrailingTrivia(SyntaxFactory.LineFeed)))
                .ToArray();
            tracked = tracked.InsertNodesAfter(current, moved);
            var after = tracked.GetCurrentNode(container)!;
            tracked = tracked.ReplaceNode(after, after.WithTrailingTrivia(SyntaxFactory.LineFeed));
        }

        return tracked;
    }

    /// <summary>Removes one level of indentation from every line of a nested declaration.</summary>
    private static ClassDeclarationSyntax Reindent(ClassDeclarationSyntax rule, SyntaxTriviaList target)
    {
        var own = rule.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.ToString()).LastOrDefault() ?? "";
        var wanted = string.Concat(target.Select(t => t.ToString()));
        var extra = own.Length > wanted.Length ? own.Substring(wanted.Length) : "";
        if (extra.Length == 0)
        {
            return rule;
        }

        var text = rule.WithoutLeadingTrivia().ToFullString().Replace("\n" + extra, "\n");
        return SyntaxFactory.ParseMemberDeclaration(text) is ClassDeclarationSyntax parsed ? parsed : rule;
    }

    private static ClassDeclarationSyntax MakePublic(ClassDeclarationSyntax rule)
    {
        var accessibility = new[] { SyntaxKind.PrivateKeyword, SyntaxKind.InternalKeyword, SyntaxKind.ProtectedKeyword, SyntaxKind.PublicKeyword, SyntaxKind.FileKeyword };
        var others = rule.Modifiers.Where(m => !accessibility.Any(k => m.IsKind(k))).Select(m => m.WithoutTrivia().WithTrailingTrivia(SyntaxFactory.Space));
        var leading = rule.Modifiers.Count > 0 ? rule.Modifiers[0].LeadingTrivia : rule.Keyword.LeadingTrivia;
        var modifiers = SyntaxFactory.TokenList(new[] { SyntaxFactory.Token(leading, SyntaxKind.PublicKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)) }.Concat(others));
        return rule.WithModifiers(modifiers).WithKeyword(rule.Keyword.WithLeadingTrivia());
    }
}
