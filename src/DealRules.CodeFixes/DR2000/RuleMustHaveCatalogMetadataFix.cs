using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using DealRules.Analyzers.DR2000;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace DealRules.CodeFixes.DR2000;

/// <summary>DR2001: adds the missing catalog attributes with placeholders the author then fills in.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RuleMustHaveCatalogMetadataFix)), Shared]
public sealed class RuleMustHaveCatalogMetadataFix : CodeFixProvider
{
    private static readonly Dictionary<string, string> Placeholders = new()
    {
        ["RuleId"] = "RuleId(\"TODO001\")",
        ["RuleTitle"] = "RuleTitle(\"TODO: what the rule detects\")",
        ["RuleCategory"] = "RuleCategory(Category.Strategic)",
        ["RulePerspective"] = "RulePerspective(Perspective.Market)",
        ["DefaultSeverity"] = "DefaultSeverity(Severity.Info)",
    };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DR2001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ClassDeclarationSyntax>() is not { } rule
            || !diagnostic.Properties.TryGetValue(RuleMustHaveCatalogMetadata.MissingProperty, out var missing) || string.IsNullOrEmpty(missing))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Add the missing catalog attributes",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(AddAttributes(root, rule, missing!.Split(',')))),
                nameof(RuleMustHaveCatalogMetadataFix)),
            diagnostic);
    }

    private static SyntaxNode AddAttributes(SyntaxNode root, ClassDeclarationSyntax rule, IEnumerable<string> missing)
    {
        var lists = missing.Select(name => SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                (AttributeSyntax)((AttributeListSyntax)SyntaxFactory.ParseCompilationUnit($"[{Placeholders[name]}] class C {{}}")
                    .Members[0].AttributeLists[0]).Attributes[0]))
                .WithTrailingTrivia(SyntaxFactory.ElasticLineFeed))
            .ToArray();
        var updated = rule.WithoutLeadingTrivia()
            .AddAttributeLists(lists)
            .WithLeadingTrivia(rule.GetLeadingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        var newRoot = root.ReplaceNode(rule, updated);
        return newRoot is CompilationUnitSyntax unit ? Usings.Ensure(unit, "DealRules.Authoring") : newRoot;
    }
}
