using DealRules.Engine;
using DealRules.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DealRules.Compilation;

/// <summary>Registers a rule pack compiled from source in a host's service container.</summary>
public static class RulePackServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="RulePackHost"/> for a pack from source, as itself and as
    /// <see cref="IDealEvaluator"/>. The isolation is the caller's explicit choice: a worker process
    /// (for source from anyone you do not trust as your own code) or this process.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="pack">A pack from <see cref="RulePackLoader.Load"/>; the host owns it from now on.</param>
    /// <param name="isolation">Where the pack runs.</param>
    /// <param name="profile">The profile to evaluate with (the pack folder's, from <see cref="LoadedRulePack.Profile"/>); null for the pack's defaults.</param>
    /// <param name="limits">The limits a worker runs under; null for <see cref="SandboxLimits.Default"/>.</param>
    public static IServiceCollection AddDealRules(
        this IServiceCollection services, SourceRulePack pack, RulePackIsolation isolation, Profile? profile = null, SandboxLimits? limits = null)
    {
        services.TryAddSingleton(_ => new RulePackHost(pack, profile, isolation, limits));
        services.TryAddSingleton<IDealEvaluator>(provider => provider.GetRequiredService<RulePackHost>());
        return services;
    }
}
