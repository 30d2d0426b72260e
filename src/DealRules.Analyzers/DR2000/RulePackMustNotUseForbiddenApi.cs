using System;
using System.Collections.Generic;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DealRules.Analyzers.DR2000;

/// <summary>
/// DR2005: rule-pack code uses something outside the rule-pack surface (<see cref="RulePackSurface"/>):
/// an allow-list of the pack's own code, the DealRules authoring assembly, NRules' DSL and a curated
/// part of the base library. Every symbol an operation or declaration names is checked, so no
/// spelling gets around it; generated code is analyzed too. Besides the allow-list: no finalizers,
/// <c>stackalloc</c>, <c>lock</c>, <c>async</c>, instance state on rules, mutable statics, halting the
/// session, or inserting, updating and retracting facts the pack does not declare.
/// </summary>
/// <remarks>
/// In scope: the whole compilation when the project sets <c>DealRulesRulePack</c> to true (packs
/// compiled from source always do), else the classes that carry a catalog attribute.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RulePackMustNotUseForbiddenApi : DealRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR2005", Descriptors.RulePack, DiagnosticSeverity.Error,
        "Rule pack uses something outside the rule-pack surface",
        "'{0}' is {1}, which a rule pack must not use",
        "Rule-pack code may use only its own code, the DealRules authoring surface, NRules' DSL and a curated part of the base library: no I/O, reflection, threads, state that outlives an evaluation, halting the session or acting on facts it does not declare.");

    private static readonly string[] FactVerbs = ["Insert", "TryInsert", "InsertAll", "Update", "TryUpdate", "Retract", "TryRetract"];

    /// <summary>Attributes that only describe the assembly (the SDK writes them into every project); nothing runs them.</summary>
    private static readonly string[] MetadataAttributes =
    [
        "System.Reflection.AssemblyCompanyAttribute", "System.Reflection.AssemblyConfigurationAttribute", "System.Reflection.AssemblyCopyrightAttribute",
        "System.Reflection.AssemblyDescriptionAttribute", "System.Reflection.AssemblyFileVersionAttribute",
        "System.Reflection.AssemblyInformationalVersionAttribute", "System.Reflection.AssemblyProductAttribute", "System.Reflection.AssemblyTitleAttribute",
        "System.Reflection.AssemblyVersionAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Reflection.AssemblyTrademarkAttribute",
        "System.Runtime.Versioning.TargetFrameworkAttribute",
    ];

    /// <summary>The operations that name something: what they call, create, read, convert to or declare.</summary>
    private static readonly HashSet<OperationKind> CheckedKinds =
    [
        OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.TypeParameterObjectCreation, OperationKind.PropertyReference,
        OperationKind.FieldReference, OperationKind.MethodReference, OperationKind.EventReference, OperationKind.TypeOf,
        OperationKind.Binary, OperationKind.Unary, OperationKind.CompoundAssignment, OperationKind.Increment, OperationKind.Decrement,
        OperationKind.Conversion, OperationKind.IsType, OperationKind.DeclarationPattern, OperationKind.TypePattern,
        OperationKind.RecursivePattern, OperationKind.VariableDeclarator, OperationKind.AnonymousFunction, OperationKind.LocalFunction,
        OperationKind.DefaultValue, OperationKind.ArrayCreation, OperationKind.Lock, OperationKind.Await, OperationKind.With,
        OperationKind.CollectionExpression, OperationKind.ImplicitIndexerReference, OperationKind.Attribute,
    ];

    public RulePackMustNotUseForbiddenApi() : base(Descriptor)
    {
    }

    private protected override GeneratedCodeAnalysisFlags GeneratedCode => GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules, DealRulesSymbols dealRules)
    {
        var surface = new RulePackSurface(start.Compilation.Assembly);
        var scope = RulePackScope.Create(start.Options, nrules, dealRules);

        // One walk of each block in scope rather than one driver callback per operation of 29 kinds: a rule's Define()
        // holds a few hundred operations, most of them allowed by a cached verdict; code out of scope is not walked at all.
        start.RegisterOperationBlockAction(context =>
        {
            if (!scope.Contains(context.OwningSymbol))
            {
                return;
            }

            var seen = context.OperationBlocks.Length > 1 ? new HashSet<IOperation>() : null;
            foreach (var block in context.OperationBlocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    if (CheckedKinds.Contains(operation.Kind) && (seen is null || seen.Add(operation))
                        && Refused(operation, surface, nrules) is { } refused)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptor, operation.Syntax.GetLocation(), refused.Name, refused.Why));
                    }
                }
            }
        });

        start.RegisterSyntaxNodeAction(
            context =>
            {
                if (scope.Contains(context.ContainingSymbol) && SyntaxRefusal(context, surface) is { } refused)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor, context.Node.GetLocation(), refused.Name, refused.Why));
                }
            },
            SyntaxKind.StackAllocArrayCreationExpression, SyntaxKind.ImplicitStackAllocArrayCreationExpression, SyntaxKind.MakeRefExpression,
            SyntaxKind.RefTypeExpression, SyntaxKind.RefValueExpression, SyntaxKind.ArgListExpression, SyntaxKind.ForEachStatement,
            SyntaxKind.ForEachVariableStatement);

        RulePackDeclarations.Register(start, Descriptor, surface, scope, nrules);
    }

    /// <summary>What an operation uses that a pack may not, and why; null when nothing.</summary>
    private static (string Name, string Why)? Refused(IOperation operation, RulePackSurface surface, NRulesSymbols nrules)
    {
        // Almost every operation is allowed, and its verdict is cached: ask that first, and walk up to an enclosing
        // attribute or down the receivers only for the rare one that is refused.
        if (OwnRefusal(operation, surface, nrules) is not { } refused)
        {
            return null;
        }

        // One report per mistake: a member of something already refused is not reported again.
        return InMetadataAttribute(operation) || Receivers(operation).Any(r => Tainted(r, surface, nrules)) ? null : refused;
    }

    /// <summary>True when the operation, or what it acts on, is refused.</summary>
    private static bool Tainted(IOperation operation, RulePackSurface surface, NRulesSymbols nrules) =>
        OwnRefusal(operation, surface, nrules) is not null || Receivers(operation).Any(r => Tainted(r, surface, nrules));

    private static (string Name, string Why)? OwnRefusal(IOperation operation, RulePackSurface surface, NRulesSymbols nrules)
    {
        switch (operation)
        {
            case ITypeOfOperation typeOf:
                return ($"typeof({typeOf.TypeOperand.Name})", "reflection (a System.Type)");
            case ILockOperation:
                return ("lock", "threading");
            case IAwaitOperation:
                return ("await", "asynchronous code");
            case IAnonymousFunctionOperation { Symbol.IsAsync: true } or ILocalFunctionOperation { Symbol.IsAsync: true }:
                return ("async", "asynchronous code");
            case IInvocationOperation invocation when FactVerbRefusal(invocation, surface, nrules) is { } verb:
                return verb;
            // No symbol action sees a local function or a lambda: what a method declaration is refused for is checked here.
            case ILocalFunctionOperation external when external.Symbol.IsExtern || external.Symbol.GetDllImportData() is not null:
                return (external.Symbol.Name, "native interop (an extern method)");
            case ILocalFunctionOperation local when FunctionAttributeRefusal(local.Symbol, surface) is { } attribute:
                return attribute;
            case IAnonymousFunctionOperation lambda when FunctionAttributeRefusal(lambda.Symbol, surface) is { } attribute:
                return attribute;
        }

        foreach (var used in Used(operation))
        {
            if (surface.Refusal(used) is { } why)
            {
                return (RulePackDeclarations.Name(used!), why);
            }
        }

        return null;
    }

    /// <summary>
    /// An attribute on a local function or a lambda, its return or its parameters that the pack may not use: these
    /// attributes belong to no member, so no operation block of the member holds them.
    /// </summary>
    private static (string Name, string Why)? FunctionAttributeRefusal(IMethodSymbol function, RulePackSurface surface)
    {
        var attributes = function.GetAttributes().Concat(function.GetReturnTypeAttributes())
            .Concat(function.Parameters.SelectMany(p => p.GetAttributes()))
            .Concat(function.TypeParameters.SelectMany(p => p.GetAttributes()));
        foreach (var attribute in attributes)
        {
            if (surface.Refusal(attribute.AttributeConstructor ?? (ISymbol?)attribute.AttributeClass) is { } why)
            {
                return ("new " + (attribute.AttributeClass?.Name ?? "attribute"), why);
            }

            if (attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.Value)).Any(IsTypeArgument))
            {
                return ("typeof", "reflection (a System.Type)");
            }
        }

        return null;
    }

    private static bool IsTypeArgument(TypedConstant constant) =>
        constant.Kind == TypedConstantKind.Type || constant.Kind == TypedConstantKind.Array && !constant.IsNull && constant.Values.Any(IsTypeArgument);

    /// <summary>The symbols an operation names: what it calls, creates, reads, converts to or declares.</summary>
    private static ISymbol?[] Used(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => [invocation.TargetMethod],
        IObjectCreationOperation creation => [(ISymbol?)creation.Constructor ?? creation.Type],
        ITypeParameterObjectCreationOperation creation => [creation.Type],
        IMemberReferenceOperation reference => [reference.Member],
        IBinaryOperation binary => [binary.OperatorMethod],
        IUnaryOperation unary => [unary.OperatorMethod],
        ICompoundAssignmentOperation compound => [compound.OperatorMethod],
        IIncrementOrDecrementOperation step => [step.OperatorMethod],
        IConversionOperation conversion => [conversion.OperatorMethod, conversion.IsImplicit ? null : conversion.Type],
        IIsTypeOperation isType => [isType.TypeOperand],
        IDeclarationPatternOperation declaration => [declaration.MatchedType],
        ITypePatternOperation type => [type.MatchedType],
        IRecursivePatternOperation recursive => [recursive.MatchedType, recursive.DeconstructSymbol],
        IVariableDeclaratorOperation declarator => [declarator.Symbol],
        IAnonymousFunctionOperation function => [function.Symbol.ReturnType, .. function.Symbol.Parameters],
        ILocalFunctionOperation function => [function.Symbol.ReturnType, .. function.Symbol.Parameters],
        IDefaultValueOperation value => [value.Type],
        IArrayCreationOperation array => [array.Type],
        IWithOperation with => [with.CloneMethod],
        ICollectionExpressionOperation collection => [collection.ConstructMethod, collection.Type],
        IImplicitIndexerReferenceOperation indexer => [indexer.IndexerSymbol, indexer.LengthSymbol],
        IAttributeOperation { Operation: IObjectCreationOperation creation } => [creation.Constructor],
        _ => [],
    };

    /// <summary>The operations a use acts on: the instance of a member, the operands of an operator.</summary>
    private static IOperation[] Receivers(IOperation operation)
    {
        var receivers = operation switch
        {
            IInvocationOperation invocation => [invocation.Instance],
            IMemberReferenceOperation reference => [reference.Instance],
            IBinaryOperation binary => [binary.LeftOperand, binary.RightOperand],
            IUnaryOperation unary => [unary.Operand],
            _ => Array.Empty<IOperation?>(),
        };
        return receivers.Select(Unwrapped).OfType<IOperation>().ToArray();
    }

    private static IOperation? Unwrapped(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>
    /// <c>ctx.Insert/Update/Retract</c> and <c>Yield</c> only on facts of the pack's own types:
    /// findings come only from <c>ctx.Finding</c>, and no rule can silence or forge another's.
    /// </summary>
    private static (string Name, string Why)? FactVerbRefusal(IInvocationOperation invocation, RulePackSurface surface, NRulesSymbols nrules)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "Yield" && nrules.PartOf(method) == DslPart.RightHandSide && method.TypeArguments.Length == 1)
        {
            var yielded = method.TypeArguments[0];
            return yielded.Name == "Finding" && yielded.ContainingAssembly?.Name == RulePackSurface.AuthoringAssembly || surface.IsOwn(yielded)
                ? null
                : ("Yield", $"yielding a fact of type {yielded.Name}, which the pack does not declare");
        }

        // IContext's own verbs, and the DSL's extension methods on it (ctx.Update(fact, change)), whose fact comes second.
        var onContext = SymbolEqualityComparer.Default.Equals(method.ContainingType, nrules.Context);
        var extension = method.IsExtensionMethod && method.Parameters.Length > 0
            && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, nrules.Context);
        var factArgument = extension ? 1 : 0;
        if (!onContext && !extension || !FactVerbs.Contains(method.Name) || invocation.Arguments.Length <= factArgument)
        {
            return null;
        }

        var argument = invocation.Arguments[factArgument].Value;

        while (argument is IConversionOperation { IsImplicit: true } conversion)
        {
            argument = conversion.Operand;
        }

        var fact = method.Name == "InsertAll" ? ElementType(argument.Type) : argument.Type;
        return fact is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } own && surface.IsOwn(own)
            ? null
            : ("ctx." + method.Name, $"acting on a fact of type {fact?.Name ?? "unknown"}, which the pack does not declare (findings come only from Yield)");
    }

    private static ITypeSymbol? ElementType(ITypeSymbol? type) =>
        type is IArrayTypeSymbol array
            ? array.ElementType
            : (type as INamedTypeSymbol)?.AllInterfaces.Add((INamedTypeSymbol)type!)
                .FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0];

    private static bool InMetadataAttribute(IOperation operation)
    {
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current is IAttributeOperation { Operation: IObjectCreationOperation { Type: INamedTypeSymbol attribute } })
            {
                return MetadataAttributes.Contains(RulePackSurface.MetadataName(attribute));
            }
        }

        return false;
    }

    private static (string Name, string Why)? SyntaxRefusal(SyntaxNodeAnalysisContext context, RulePackSurface surface) => context.Node.Kind() switch
    {
        SyntaxKind.StackAllocArrayCreationExpression or SyntaxKind.ImplicitStackAllocArrayCreationExpression => ("stackalloc", "memory on the stack"),
        SyntaxKind.MakeRefExpression or SyntaxKind.RefTypeExpression or SyntaxKind.RefValueExpression or SyntaxKind.ArgListExpression
            => (context.Node.GetFirstToken().Text, "an untyped reference"),
        _ => RulePackDeclarations.ForEachRefusal(context, surface),
    };
}
