using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes;

/// <summary>Adds the using directives a fix's code needs, once, at the end of the file's usings.</summary>
internal static class Usings
{
    public static CompilationUnitSyntax Ensure(CompilationUnitSyntax unit, params string[] namespaces)
    {
        var present = unit.Usings.Select(u => u.Name?.ToString())
            .Concat(unit.Members.OfType<BaseNamespaceDeclarationSyntax>().SelectMany(n => n.Usings).Select(u => u.Name?.ToString()))
            .ToList();
        var missing = namespaces.Where(n => !present.Contains(n)).ToArray();
        return missing.Length == 0
            ? unit
            : unit.AddUsings(missing.Select(n => SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(n))
                .WithTrailingTrivia(SyntaxFactory.ElasticLineFeed)).ToArray());
    }
}
