using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using DealRules.Analyzers.DR1000;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes.DR1000;

/// <summary>DR1008: marks the rule <c>[Repeatability(RuleRepeatability.NonRepeatable)]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RepeatableRuleMustNotUpdateOwnFactFix)), Shared]
public sealed class RepeatableRuleMustNotUpdateOwnFactFix : DocumentCodeFix<ClassDeclarationSyntax>
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RepeatableRuleMustNotUpdateOwnFact.Descriptor.Id);

    private protected override IEnumerable<string> RequiredUsings => new[] { "NRules.Fluent.Dsl", "NRules.RuleModel" };

    private protected override string Title(Diagnostic diagnostic) => "Make the rule non-repeatable";

    private protected override ClassDeclarationSyntax? Target(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ClassDeclarationSyntax>() is { } rule
        && !rule.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().EndsWith("Repeatability", System.StringComparison.Ordinal))
            ? rule
            : null;

    private protected override ClassDeclarationSyntax Rewrite(ClassDeclarationSyntax rule, Diagnostic diagnostic) =>
        Attributes.Add(rule, "Repeatability(RuleRepeatability.NonRepeatable)");
}
