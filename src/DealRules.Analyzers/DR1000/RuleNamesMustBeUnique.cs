using System.Collections.Concurrent;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1013: two rules of one compilation share a name, from [Name] or Name(…) (the default name is the class's full name).
/// Only rules the default loader finds together are compared: nested rule classes (test fixtures' rules, each loaded on
/// its own, see DR1001) are left out.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleNamesMustBeUnique : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1013", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Rule names must be unique",
        "Rule name '{0}' is also used by '{1}'",
        "Rules are identified by name in a repository; two rules with one name collide when they are loaded together.",
        WellKnownDiagnosticTags.CompilationEnd);

    public RuleNamesMustBeUnique() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules)
    {
        var names = new ConcurrentBag<(string Name, string Rule, Location Location)>();

        start.RegisterSymbolAction(
            context =>
            {
                var type = (INamedTypeSymbol)context.Symbol;
                if (!nrules.IsConcreteRuleClass(type) || type.ContainingType is not null || type.Locations.Length == 0 || !type.Locations[0].IsInSource)
                {
                    return;
                }

                var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, nrules.NameAttribute));
                if (attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is string name
                    && attribute.ApplicationSyntaxReference is { } reference)
                {
                    names.Add((name, type.Name, reference.GetSyntax(context.CancellationToken).GetLocation()));
                }
                else
                {
                    names.Add((type.ToDisplayString(), type.Name, type.Locations[0]));
                }
            },
            SymbolKind.NamedType);

        DefineMethods.Register(start, nrules, (define, context) =>
        {
            if (define.RuleClass.ContainingType is not null)
            {
                return;
            }

            foreach (var call in define.Calls.Where(c => c is { Part: DslPart.RuleBuilder, Name: "Name" }))
            {
                if (call.Syntax.ArgumentList.Arguments.FirstOrDefault()?.Expression is { } argument
                    && define.Model.GetConstantValue(argument, context.CancellationToken) is { HasValue: true, Value: string name })
                {
                    names.Add((name, define.RuleClass.Name, argument.GetLocation()));
                }
            }
        });

        start.RegisterCompilationEndAction(context =>
        {
            foreach (var group in names.GroupBy(n => n.Name).Where(g => g.Count() > 1))
            {
                var ordered = group.OrderBy(n => n.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(n => n.Location.SourceSpan.Start).ToArray();
                foreach (var duplicate in ordered.Skip(1))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, duplicate.Location, group.Key, ordered[0].Rule));
                }
            }
        });
    }
}
