using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace DealRules.CodeFixes.DR1000;

/// <summary>DR1008: marks the rule <c>[Repeatability(RuleRepeatability.NonRepeatable)]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RepeatableRuleMustNotUpdateOwnFactFix)), Shared]
public sealed class RepeatableRuleMustNotUpdateOwnFactFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DR1008");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<ClassDeclarationSyntax>() is not { } rule)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Make the rule non-repeatable",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(AddAttribute(root, rule))),
                nameof(RepeatableRuleMustNotUpdateOwnFactFix)),
            context.Diagnostics);
    }

    private static SyntaxNode AddAttribute(SyntaxNode root, ClassDeclarationSyntax rule)
    {
        if (rule.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().EndsWith("Repeatability", System.StringComparison.Ordinal)))
        {
            return root;
        }

        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Attribute(
                SyntaxFactory.IdentifierName("Repeatability"),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                    SyntaxFactory.ParseExpression("RuleRepeatability.NonRepeatable")))))));
        var updated = rule.WithoutLeadingTrivia()
            .AddAttributeLists(attribute.WithTrailingTrivia(SyntaxFactory.ElasticLineFeed))
            .WithLeadingTrivia(rule.GetLeadingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        var newRoot = root.ReplaceNode(rule, updated);
        return newRoot is CompilationUnitSyntax unit ? Usings.Ensure(unit, "NRules.Fluent.Dsl", "NRules.RuleModel") : newRoot;
    }
}
