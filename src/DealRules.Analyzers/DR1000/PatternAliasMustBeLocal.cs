using System.Collections.Generic;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1005: an alias that is not a member expression (NRules takes the alias's name and type from
/// <c>() => x</c>, where x is a local, a field or a property, static or not), or one name declared twice
/// where NRules refuses it: by two children of one AND group (the left-hand side itself, or an <c>And</c>),
/// one of which may be an <c>Or</c> that binds it in a branch, or by a pattern and a dependency.
/// Branches of one <c>Or</c> may bind the same alias.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PatternAliasMustBeLocal : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1005", Descriptors.Authoring, DiagnosticSeverity.Error,
        "Pattern alias must be a variable or member bound once",
        "{0}",
        "A pattern alias names a local, a field or a property (() => x), and one name is declared once in an AND scope; anything else fails when the rule is loaded.");

    public PatternAliasMustBeLocal() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            // Per AND group and declaration name, the child of that group that declares it first.
            var firstChild = new Dictionary<(SyntaxNode Group, string Name), (object Child, AliasBinding Binding)>();
            foreach (var binding in define.Bindings)
            {
                if (!binding.IsMember)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        binding.Body.GetLocation(),
                        $"Alias '{binding.Body}' is not a variable, field or property; NRules takes an alias's name and type from () => name"));
                    continue;
                }

                // An author's extension method may bind its alias anywhere (inside an Or of its own): only NRules' methods are followed.
                if (binding.Name is not { } name || binding.Kind == AliasKind.Extension)
                {
                    continue;
                }

                var groups = binding.Kind == AliasKind.Dependency ? default : define.GroupsOf(binding.Call);
                var groupCount = groups.IsDefault ? 0 : groups.Length;

                // The AND groups on the path: the left-hand side, then every And lambda. In each, the binding belongs to one child:
                // the next group down the path, or the binding itself.
                for (var level = -1; level < groupCount; level++)
                {
                    if (level >= 0 && groups[level].IsOr)
                    {
                        continue;
                    }

                    var group = level < 0 ? define.Body : groups[level].Lambda;
                    object child = level + 1 < groupCount ? groups[level + 1].Lambda : binding;
                    if (!firstChild.TryGetValue((group, name), out var first))
                    {
                        firstChild.Add((group, name), (child, binding));
                    }
                    else if (first.Child != child)
                    {
                        var line = first.Binding.Body.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptor,
                            binding.Body.GetLocation(),
                            $"Alias '{name}' is already declared in this AND scope (line {line}); NRules refuses duplicate declarations, so bind each alias once"));
                        break;
                    }
                }
            }
        });
}
