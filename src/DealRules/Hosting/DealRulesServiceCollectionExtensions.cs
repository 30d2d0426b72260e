using DealRules.Engine;
using DealRules.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealRules.Hosting;

/// <summary>Registers DealRules in a host's service container.</summary>
public static class DealRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="DealEvaluator"/> (also as <see cref="IDealEvaluator"/>) for
    /// <paramref name="pack"/>, a compiled pack that runs in this process, compiled on first
    /// use, evaluating with the profile of <see cref="DealRulesOptions"/> and logging through the
    /// container's <see cref="ILoggerFactory"/> when there is one. Options are checked against the
    /// pack's parameters when the evaluator is created: an unknown name or a value out of range throws
    /// <see cref="OptionsValidationException"/> naming the parameter.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="pack">The rules to evaluate, such as <c>RulePack.FromAssemblyOf&lt;StrategicRules&gt;()</c>.</param>
    /// <param name="configure">Sets profile values in code; configuration binding works as well.</param>
    public static IServiceCollection AddDealRules(this IServiceCollection services, RulePack pack, Action<DealRulesOptions>? configure = null)
    {
        var options = services.AddOptions<DealRulesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DealRulesOptions>>(new DealRulesOptionsValidator(pack)));
        services.TryAddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<DealRulesOptions>>().Value;
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger<DealEvaluator>();
            return new DealEvaluator(pack, new Profile(configured.ProfileName, configured.Parameters), logger);
        });
        services.TryAddSingleton<IDealEvaluator>(provider => provider.GetRequiredService<DealEvaluator>());
        return services;
    }

    /// <summary>Checks configured parameters with the same rules as profile files.</summary>
    private sealed class DealRulesOptionsValidator(RulePack pack) : IValidateOptions<DealRulesOptions>
    {
        public ValidateOptionsResult Validate(string? name, DealRulesOptions options)
        {
            var failures = new ProfileValidator(pack).Validate(options.Parameters).Errors.Select(f => f.ErrorMessage).ToArray();
            return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
