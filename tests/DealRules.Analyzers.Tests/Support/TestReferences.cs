using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DealRules.Analyzers.Tests.Support;

/// <summary>
/// What test code compiles against: .NET 10 reference assemblies from Basic.Reference.Assemblies,
/// NRules and the DealRules library, all from files on this machine, so that no test downloads anything.
/// </summary>
internal static class TestReferences
{
    /// <summary>A framework spec with no package: resolving it fetches nothing.</summary>
    public static readonly ReferenceAssemblies None = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> NRulesOnly =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(NRules.Fluent.Dsl.Rule).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NRules.RuleModel.IContext).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NRules.ISession).Assembly.Location),
    ];

    public static readonly ImmutableArray<MetadataReference> WithDealRules =
    [
        .. NRulesOnly,
        MetadataReference.CreateFromFile(typeof(DealRules.Authoring.RuleIdAttribute).Assembly.Location),
    ];

    public static readonly ImmutableArray<MetadataReference> FrameworkOnly = [.. Basic.Reference.Assemblies.Net100.References.All];
}
