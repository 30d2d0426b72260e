using System.Collections.Concurrent;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using DealRules.Authoring;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR2000;

/// <summary>DR2002: a rule id is malformed, does not start with its category's prefix, or is used by two rules.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleIdMustBeWellFormed : DealRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR2002", Descriptors.RulePack, DiagnosticSeverity.Error,
        "Rule id is malformed or used twice",
        "{0}",
        "Rule ids are a category prefix and three digits (CIRC001), unique in the pack.",
        WellKnownDiagnosticTags.CompilationEnd);

    public RuleIdMustBeWellFormed() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules, DealRulesSymbols dealRules)
    {
        var ids = new ConcurrentBag<(string Id, string Rule, Location Location)>();
        var pack = RulePackScope.Create(start.Options, nrules, dealRules);

        start.RegisterSymbolAction(
            context =>
            {
                var type = (INamedTypeSymbol)context.Symbol;
                if (!nrules.IsConcreteRuleClass(type)
                    || !pack.IsPackRule(type)
                    || DealRulesSymbols.Attribute(type, dealRules.RuleIdAttribute) is not { ApplicationSyntaxReference: { } reference } attribute
                    || DealRulesSymbols.FirstArgument(attribute)?.Value is not string id)
                {
                    return;
                }

                var location = reference.GetSyntax(context.CancellationToken).GetLocation();
                var prefix = dealRules.CategoryPrefixOf(type);
                if (!CatalogFormat.IsWellFormedId(id))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, location,
                        $"Rule id '{id}' is malformed; expected capital letters and three digits, such as {prefix ?? "CIRC"}001"));
                }
                else if (prefix is not null && !id.StartsWith(prefix, System.StringComparison.Ordinal))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, location,
                        $"Rule id '{id}' does not start with its category's prefix '{prefix}'"));
                }

                ids.Add((id, type.Name, location));
            },
            SymbolKind.NamedType);

        start.RegisterCompilationEndAction(context =>
        {
            foreach (var group in ids.GroupBy(i => i.Id).Where(g => g.Count() > 1))
            {
                var ordered = group.OrderBy(i => i.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(i => i.Location.SourceSpan.Start).ToArray();
                foreach (var duplicate in ordered.Skip(1))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, duplicate.Location,
                        $"Rule id '{group.Key}' is also used by '{ordered[0].Rule}'; rule ids are unique"));
                }
            }
        });
    }
}
