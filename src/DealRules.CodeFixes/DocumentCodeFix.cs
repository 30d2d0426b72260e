using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes;

/// <summary>
/// A code fix that rewrites one document for any number of its diagnostics at once, so that fix-all
/// applies every fix in one pass (and the usings a fix needs are added once, not once per fix).
/// </summary>
public abstract class DocumentCodeFix<TNode> : CodeFixProvider where TNode : SyntaxNode
{
    private protected abstract string Title(Diagnostic diagnostic);

    /// <summary>The node a diagnostic asks to rewrite, or null when the fix does not apply.</summary>
    private protected abstract TNode? Target(SyntaxNode root, Diagnostic diagnostic);

    /// <summary>The rewritten node (or, for a fix that moves code, null to remove it and a node to add).</summary>
    private protected abstract TNode Rewrite(TNode node, Diagnostic diagnostic);

    /// <summary>The namespaces the rewritten code needs in the file's usings.</summary>
    private protected virtual IEnumerable<string> RequiredUsings => Enumerable.Empty<string>();

    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (_, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync().ConfigureAwait(false);
            return root is null ? document : document.WithSyntaxRoot(Apply(root, diagnostics));
        });

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics.Where(d => Target(root, d) is not null))
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title(diagnostic),
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Apply(root, ImmutableArray.Create(diagnostic)))),
                    GetType().Name),
                diagnostic);
        }
    }

    private protected virtual SyntaxNode Apply(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics)
    {
        var targets = diagnostics
            .Select(d => (Diagnostic: d, Node: Target(root, d)))
            .Where(t => t.Node is not null)
            .GroupBy(t => t.Node!)
            .Select(g => (Node: g.Key, Diagnostic: g.First().Diagnostic))
            .ToArray();
        var tracked = root.TrackNodes(targets.Select(t => t.Node));
        foreach (var (node, diagnostic) in targets)
        {
            var current = tracked.GetCurrentNode(node)!;
            tracked = tracked.ReplaceNode(current, Rewrite(current, diagnostic));
        }

        return tracked is CompilationUnitSyntax unit ? Usings.Ensure(unit, RequiredUsings.ToArray()) : tracked;
    }
}
