using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.CodeFixes;

/// <summary>Adds attribute lists to a class, one per line, keeping the class's indentation and comments.</summary>
internal static class Attributes
{
    /// <summary>Adds the attributes after the class's existing ones (or first, when it has none).</summary>
    public static ClassDeclarationSyntax Add(ClassDeclarationSyntax type, params string[] attributes)
    {
        var leading = type.GetLeadingTrivia();
        var indentation = Indentation(leading);
        var hadNone = type.AttributeLists.Count == 0;
        var lists = attributes.Select((text, i) =>
            SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(Parse(text)))
                .WithLeadingTrivia(hadNone && i == 0 ? leading : indentation)
                .WithTrailingTrivia(SyntaxFactory.LineFeed)).ToArray();

        if (!hadNone)
        {
            return type.WithAttributeLists(type.AttributeLists.AddRange(lists));
        }

        var stripped = type.WithoutLeadingTrivia();
        stripped = stripped.Modifiers.Count > 0
            ? stripped.WithModifiers(stripped.Modifiers.Replace(stripped.Modifiers[0], stripped.Modifiers[0].WithLeadingTrivia(indentation)))
            : stripped.WithKeyword(stripped.Keyword.WithLeadingTrivia(indentation));
        return stripped.WithAttributeLists(SyntaxFactory.List(lists));
    }

    /// <summary>The whitespace that indents the line a declaration starts on.</summary>
    public static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var whitespace = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
        return whitespace == default ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(whitespace);
    }

    private static AttributeSyntax Parse(string text) =>
        ((ClassDeclarationSyntax)SyntaxFactory.ParseCompilationUnit($"[{text}] class C {{ }}").Members[0]).AttributeLists[0].Attributes[0];
}
