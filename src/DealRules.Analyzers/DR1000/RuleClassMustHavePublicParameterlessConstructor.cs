using System;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1002: the default rule activator needs a public parameterless constructor. A project that creates rules
/// another way (it implements <c>NRules.Fluent.IRuleActivator</c>, or references an <c>NRules.Integration.*</c>
/// container integration, as NRules' docs on rule activation show) may inject constructor arguments, and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleClassMustHavePublicParameterlessConstructor : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1002", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Rule class must have a public parameterless constructor",
        "Rule class '{0}' has no public parameterless constructor, so the default rule activator cannot create it",
        "The default rule activator creates rule classes with their public parameterless constructor.");

    public RuleClassMustHavePublicParameterlessConstructor() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules)
    {
        var compilation = start.Compilation;
        var customActivator = new Lazy<bool>(() => HasCustomActivator(compilation));
        start.RegisterSymbolAction(
            context =>
            {
                var type = (INamedTypeSymbol)context.Symbol;
                if (!nrules.IsConcreteRuleClass(type) || type.Locations.Length == 0 || !type.Locations[0].IsInSource)
                {
                    return;
                }

                if (!type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public)
                    && !customActivator.Value)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor, type.Locations[0], type.Name));
                }
            },
            SymbolKind.NamedType);
    }

    /// <summary>True when the project creates rules with something other than the default activator.</summary>
    private static bool HasCustomActivator(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(a => a.Name.StartsWith("NRules.Integration", StringComparison.Ordinal))
        || compilation.SyntaxTrees.Any(tree => tree.GetRoot()
            .DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .OfType<BaseListSyntax>()
            .Any(list => list.Types.Any(t => t.Type.ToString().EndsWith("IRuleActivator", StringComparison.Ordinal))));
}
