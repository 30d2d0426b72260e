using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>One call in Define() resolved to a method, with the DSL part it belongs to.</summary>
internal sealed class DslCall
{
    public DslCall(InvocationExpressionSyntax syntax, IMethodSymbol method, DslPart part)
    {
        Syntax = syntax;
        Method = method;
        Part = part;
        IsNRulesMethod = NRulesSymbols.IsDslNamespace(method.ContainingNamespace);
    }

    public InvocationExpressionSyntax Syntax { get; }

    public IMethodSymbol Method { get; }

    public DslPart Part { get; }

    public string Name => Method.Name;

    /// <summary>True for NRules' own DSL methods, false for authors' extension methods on the DSL interfaces.</summary>
    public bool IsNRulesMethod { get; }

    /// <summary>The location of the method name, where call diagnostics are reported.</summary>
    public Location NameLocation => Syntax.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.GetLocation(),
        var expression => expression.GetLocation(),
    };

    /// <summary>The argument given for the parameter named <paramref name="parameterName"/>, or null.</summary>
    public ArgumentSyntax? ArgumentFor(string parameterName)
    {
        var parameters = Method.Parameters;
        var arguments = Syntax.ArgumentList.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var name = argument.NameColon?.Name.Identifier.ValueText;
            if (name == parameterName || (name is null && i < parameters.Length && parameters[i].Name == parameterName))
            {
                return argument;
            }
        }

        return null;
    }
}
