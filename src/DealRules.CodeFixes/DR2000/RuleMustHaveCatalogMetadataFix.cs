using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using DealRules.Analyzers.DR2000;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes.DR2000;

/// <summary>DR2001: adds the missing catalog attributes with placeholders the author then fills in.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RuleMustHaveCatalogMetadataFix)), Shared]
public sealed class RuleMustHaveCatalogMetadataFix : DocumentCodeFix<ClassDeclarationSyntax>
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

    private protected override IEnumerable<string> RequiredUsings => new[] { "DealRules.Authoring" };

    private protected override string Title(Diagnostic diagnostic) => "Add the missing catalog attributes";

    private protected override ClassDeclarationSyntax? Target(SyntaxNode root, Diagnostic diagnostic) =>
        Missing(diagnostic).Length > 0 ? root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ClassDeclarationSyntax>() : null;

    private protected override ClassDeclarationSyntax Rewrite(ClassDeclarationSyntax rule, Diagnostic diagnostic) =>
        Attributes.Add(rule, Missing(diagnostic).Select(name => Placeholders[name]).ToArray());

    private static string[] Missing(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(RuleMustHaveCatalogMetadata.MissingProperty, out var missing) && !string.IsNullOrEmpty(missing)
            ? missing!.Split(',').Where(Placeholders.ContainsKey).ToArray()
            : System.Array.Empty<string>();
}
