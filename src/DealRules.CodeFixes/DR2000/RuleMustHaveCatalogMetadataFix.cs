using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DealRules.Analyzers.DR2000;
using DealRules.Authoring;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes.DR2000;

/// <summary>
/// DR2001: adds the missing catalog attributes with placeholders the author then fills in. A missing rule id is
/// written so that it already passes DR2002: the prefix of the rule's category (of the placeholder category,
/// Strategic, when that is missing too) and the lowest number no rule of the project uses. Fix-all numbers the
/// rules of the project in one order (file, then position), so that every document agrees on who gets which id.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RuleMustHaveCatalogMetadataFix)), Shared]
public sealed class RuleMustHaveCatalogMetadataFix : CodeFixProvider
{
    private const string PlaceholderCategory = "Strategic";

    private static readonly Dictionary<string, string> Placeholders = new()
    {
        [CatalogFormat.RuleTitle] = $"{CatalogFormat.RuleTitle}(\"TODO: what the rule detects\")",
        [CatalogFormat.RuleCategory] = $"{CatalogFormat.RuleCategory}(Category.{PlaceholderCategory})",
        [CatalogFormat.RulePerspective] = $"{CatalogFormat.RulePerspective}(Perspective.Market)",
        [CatalogFormat.DefaultSeverity] = $"{CatalogFormat.DefaultSeverity}(Severity.Info)",
    };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleMustHaveCatalogMetadata.Descriptor.Id);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (fixAll, document, diagnostics) =>
        {
            var inScope = fixAll.Scope == FixAllScope.Document
                ? diagnostics
                : await fixAll.GetAllDiagnosticsAsync(document.Project).ConfigureAwait(false);
            return await FixAsync(document, diagnostics, inScope, fixAll.CancellationToken).ConfigureAwait(false);
        });

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics.Where(d => Missing(d).Length > 0))
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add the missing catalog attributes",
                    cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ImmutableArray.Create(diagnostic), cancellationToken),
                    nameof(RuleMustHaveCatalogMetadataFix)),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(
        Document document, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<Diagnostic> numbered, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || compilation is null)
        {
            return document;
        }

        var ids = AssignIds(numbered, compilation, cancellationToken);
        var targets = diagnostics
            .Where(d => Missing(d).Length > 0)
            .Select(d => (Diagnostic: d, Class: root.FindNode(d.Location.SourceSpan).FirstAncestorOrSelf<ClassDeclarationSyntax>()))
            .Where(t => t.Class is not null)
            .GroupBy(t => t.Class!)
            .Select(g => (Class: g.Key, g.First().Diagnostic))
            .ToArray();
        var tracked = root.TrackNodes(targets.Select(t => t.Class));
        foreach (var (rule, diagnostic) in targets)
        {
            var attributes = Missing(diagnostic)
                .Select(name => name == CatalogFormat.RuleId
                    ? ids.TryGetValue(Key(diagnostic), out var id) ? $"{CatalogFormat.RuleId}(\"{id}\")" : null
                    : Placeholders.TryGetValue(name, out var placeholder) ? placeholder : null)
                .OfType<string>()
                .ToArray();
            tracked = tracked.ReplaceNode(tracked.GetCurrentNode(rule)!, Attributes.Add(tracked.GetCurrentNode(rule)!, attributes));
        }

        return document.WithSyntaxRoot(tracked is CompilationUnitSyntax unit ? Usings.Ensure(unit, CatalogFormat.Namespace) : tracked);
    }

    /// <summary>An id for every rule that lacks one, in file and position order: its category's prefix and the lowest free number.</summary>
    private static Dictionary<string, string> AssignIds(ImmutableArray<Diagnostic> diagnostics, Compilation compilation, CancellationToken cancellationToken)
    {
        var used = new HashSet<string>(compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot(cancellationToken).DescendantNodes().OfType<AttributeSyntax>())
            .Where(a => NameOf(a) == CatalogFormat.RuleId)
            .Select(a => a.ArgumentList?.Arguments.FirstOrDefault()?.Expression)
            .OfType<LiteralExpressionSyntax>()
            .Select(l => l.Token.ValueText));

        var ids = new Dictionary<string, string>();
        foreach (var diagnostic in diagnostics
                     .Where(d => d.Id == RuleMustHaveCatalogMetadata.Descriptor.Id && Missing(d).Contains(CatalogFormat.RuleId) && d.Location.SourceTree is not null)
                     .OrderBy(d => d.Location.SourceTree!.FilePath, System.StringComparer.Ordinal)
                     .ThenBy(d => d.Location.SourceSpan.Start))
        {
            var rule = diagnostic.Location.SourceTree!.GetRoot(cancellationToken).FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ClassDeclarationSyntax>();
            var prefix = CatalogFormat.IdPrefix(CategoryOf(rule) ?? PlaceholderCategory) ?? CatalogFormat.IdPrefix(PlaceholderCategory)!;
            var number = 1;
            while (used.Contains($"{prefix}{number:D3}"))
            {
                number++;
            }

            var id = $"{prefix}{number:D3}";
            used.Add(id);
            ids[Key(diagnostic)] = id;
        }

        return ids;
    }

    /// <summary>The Category member the class's <c>[RuleCategory(Category.X)]</c> names, read from its source.</summary>
    private static string? CategoryOf(ClassDeclarationSyntax? rule) =>
        rule?.AttributeLists.SelectMany(l => l.Attributes)
            .Where(a => NameOf(a) == CatalogFormat.RuleCategory)
            .Select(a => a.ArgumentList?.Arguments.FirstOrDefault()?.Expression)
            .Select(e => e switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                IdentifierNameSyntax name => name.Identifier.ValueText,
                _ => null,
            })
            .FirstOrDefault(n => n is not null);

    private static string NameOf(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
        return name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }

    private static string Key(Diagnostic diagnostic) => $"{diagnostic.Location.SourceTree?.FilePath}:{diagnostic.Location.SourceSpan.Start}";

    private static string[] Missing(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(RuleMustHaveCatalogMetadata.MissingProperty, out var missing) && !string.IsNullOrEmpty(missing)
            ? missing!.Split(',').Where(name => name == CatalogFormat.RuleId || Placeholders.ContainsKey(name)).ToArray()
            : System.Array.Empty<string>();
}
