using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1001: a concrete rule class that is not public, or is nested, is never found by the default loader.
/// A nested rule class that its containing type loads itself (a test fixture that names it in <c>typeof(…)</c>,
/// a type argument or <c>new</c>, or that asks the scanner for nested types with <c>NestedTypes()</c>) is meant
/// to be nested and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleClassMustBePublic : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1001", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Rule class must be public and not nested",
        "Rule class '{0}' is {1}, so the default rule loader never finds it",
        "NRules loads rule classes that are public and declared at namespace level; others are skipped without a word.");

    public RuleClassMustBePublic() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules)
    {
        var loadedByContainer = new ConcurrentDictionary<INamedTypeSymbol, ExplicitLoads>(SymbolEqualityComparer.Default);

        start.RegisterSymbolAction(
            context =>
            {
                var type = (INamedTypeSymbol)context.Symbol;
                if (!nrules.IsConcreteRuleClass(type) || type.Locations.Length == 0 || !type.Locations[0].IsInSource)
                {
                    return;
                }

                string? problem;
                if (type.ContainingType is { } outer)
                {
                    var outermost = outer;
                    while (outermost.ContainingType is { } next)
                    {
                        outermost = next;
                    }

                    var loads = loadedByContainer.GetOrAdd(outermost, container => ExplicitLoads.In(container, context.CancellationToken));
                    problem = loads.Covers(type.Name) ? null : $"nested in '{outer.Name}'";
                }
                else
                {
                    problem = type.DeclaredAccessibility != Accessibility.Public ? "not public" : null;
                }

                if (problem is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, type.Locations[0], type.Name, problem));
                }
            },
            SymbolKind.NamedType);
    }

    /// <summary>What a type's source loads explicitly: rule classes it names, and whether it asks the scanner for nested types.</summary>
    private sealed class ExplicitLoads
    {
        private readonly HashSet<string> named;
        private readonly bool nestedTypes;

        private ExplicitLoads(HashSet<string> named, bool nestedTypes)
        {
            this.named = named;
            this.nestedTypes = nestedTypes;
        }

        public bool Covers(string rule) => nestedTypes || named.Contains(rule);

        public static ExplicitLoads In(INamedTypeSymbol container, System.Threading.CancellationToken cancellationToken)
        {
            var named = new HashSet<string>(System.StringComparer.Ordinal);
            var nestedTypes = false;
            foreach (var reference in container.DeclaringSyntaxReferences)
            {
                foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
                {
                    switch (node)
                    {
                        case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "NestedTypes" } } nested
                            when nested.ArgumentList.Arguments.Count == 0 || nested.ArgumentList.Arguments[0].Expression.ToString() != "false":
                            nestedTypes = true;
                            break;
                        case TypeOfExpressionSyntax typeOf:
                            named.Add(LastName(typeOf.Type));
                            break;
                        case TypeArgumentListSyntax arguments:
                            named.UnionWith(arguments.Arguments.Select(LastName));
                            break;
                        case ObjectCreationExpressionSyntax creation:
                            named.Add(LastName(creation.Type));
                            break;
                    }
                }
            }

            return new ExplicitLoads(named, nestedTypes);
        }

        private static string LastName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => type.ToString(),
        };
    }
}
