using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DealRules.Analyzers.DR2000;

/// <summary>
/// DR2003: a rule reads a parameter the pack does not declare. A pack declares a parameter beside the rule
/// that reads it, as a <c>static readonly ParameterDefinition</c> field (the engine finds every such field of
/// the pack), or for the whole pack with <c>[assembly: RuleParameter]</c>. A read through a definition that is
/// no such field is reported where it is; a read by name is reported once every declaration of the
/// compilation has been seen. (A finding under another rule's id cannot be written at all: only
/// <c>ctx.Finding</c> makes findings, with the firing rule's id.)
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParameterMustBeDeclared : DealRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR2003", Descriptors.RulePack, DiagnosticSeverity.Error,
        "Undeclared parameter",
        "{0}",
        "A rule reads only parameters the pack declares with a default and a kind: beside the rule, as a static readonly ParameterDefinition field, or on the assembly with [assembly: RuleParameter].",
        WellKnownDiagnosticTags.CompilationEnd);

    public ParameterMustBeDeclared() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules, DealRulesSymbols dealRules)
    {
        var declaredOnAssembly = dealRules.DeclaredParameters(start.Compilation);
        var declaredOnTypes = new ConcurrentBag<string>();
        var readsByName = new ConcurrentBag<(string Name, Location Location)>();
        var pack = RulePackScope.Create(start.Options, nrules, dealRules);
        var own = start.Compilation.Assembly;
        var unreadableDeclarations = 0;

        start.RegisterOperationAction(
            context =>
            {
                var initializer = (IFieldInitializerOperation)context.Operation;
                if (!initializer.InitializedFields.Any(f => IsDeclaration(f, dealRules)))
                {
                    return;
                }

                if (NameDeclaredBy(initializer.Value, dealRules) is { } name)
                {
                    declaredOnTypes.Add(name);
                }
                else
                {
                    // A name that is no constant: reads by name cannot be told apart from typos, so none is reported.
                    System.Threading.Interlocked.Increment(ref unreadableDeclarations);
                }
            },
            OperationKind.FieldInitializer);

        start.RegisterSyntaxNodeAction(
            context =>
            {
                var access = (ElementAccessExpressionSyntax)context.Node;
                if (access.ArgumentList.Arguments.Count != 1
                    || !pack.Contains(context.ContainingSymbol)
                    || !SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetTypeInfo(access.Expression, context.CancellationToken).Type, dealRules.RuleParameters))
                {
                    return;
                }

                var argument = access.ArgumentList.Arguments[0].Expression;
                if (context.SemanticModel.GetConstantValue(argument, context.CancellationToken) is { HasValue: true, Value: string name })
                {
                    readsByName.Add((name, argument.GetLocation()));
                }
                else if (SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetTypeInfo(argument, context.CancellationToken).Type, dealRules.ParameterDefinition)
                         && !(context.SemanticModel.GetSymbolInfo(argument, context.CancellationToken).Symbol is IFieldSymbol field
                              && IsDeclaration(field, dealRules) && SymbolEqualityComparer.Default.Equals(field.ContainingAssembly, own)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, argument.GetLocation(),
                        $"'{argument}' is not a parameter the pack declares; declare it as a static readonly ParameterDefinition field of the pack and read it through that field"));
                }
            },
            SyntaxKind.ElementAccessExpression);

        start.RegisterCompilationEndAction(context =>
        {
            if (System.Threading.Volatile.Read(ref unreadableDeclarations) > 0)
            {
                return;
            }

            var declared = new HashSet<string>(declaredOnAssembly.Concat(declaredOnTypes));
            foreach (var (name, location) in readsByName.Where(read => !declared.Contains(read.Name)))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, location,
                    $"Parameter '{name}' is not declared by the pack; declare it beside the rule that reads it " +
                    $"(a static readonly ParameterDefinition field) or with [assembly: RuleParameter(\"{name}\", default, kind)]"));
            }
        });
    }

    /// <summary>True for a field the engine reads as a declaration: <c>static readonly ParameterDefinition</c>.</summary>
    private static bool IsDeclaration(IFieldSymbol field, DealRulesSymbols dealRules) =>
        field is { IsStatic: true, IsReadOnly: true } && SymbolEqualityComparer.Default.Equals(field.Type, dealRules.ParameterDefinition);

    /// <summary>The name a declaration gives its parameter: the constant first argument of <c>new ParameterDefinition(…)</c>.</summary>
    private static string? NameDeclaredBy(IOperation value, DealRulesSymbols dealRules)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IObjectCreationOperation creation && SymbolEqualityComparer.Default.Equals(creation.Type, dealRules.ParameterDefinition)
            ? creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value.ConstantValue is { HasValue: true, Value: string name } ? name : null
            : null;
    }
}
