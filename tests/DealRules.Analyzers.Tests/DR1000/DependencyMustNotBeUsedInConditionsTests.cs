using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class DependencyMustNotBeUsedInConditionsTests
{
    private const string Model = """
        public sealed class Claim { public int Amount { get; set; } }
        public interface ILimits { int Maximum { get; } bool Allows(Claim claim); }
        public interface INotifier { void Denied(Claim claim); }

        """;

    [Fact]
    public Task Dependency_used_in_a_condition_a_Having_or_a_Let_is_reported_on_each_use() =>
        Verify<DependencyMustNotBeUsedInConditions>.Analyzer(Verify<DependencyMustNotBeUsedInConditions>.Usings + Model + """
            public sealed class LimitRule : Rule
            {
                public override void Define()
                {
                    ILimits limits = null!;
                    Claim claim = null!;
                    int maximum = 0;
                    Dependency().Resolve(() => limits);
                    When()
                        .Match(() => claim, c => {|DR1016:limits|}.Allows(c))
                        .Having(() => claim.Amount < {|DR1016:limits|}.Maximum)
                        .Let(() => maximum, () => {|DR1016:limits|}.Maximum);
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Dependency_used_in_actions_and_a_filter_is_correct() =>
        Verify<DependencyMustNotBeUsedInConditions>.Analyzer(Verify<DependencyMustNotBeUsedInConditions>.Usings + Model + """
            public sealed class DeniedClaimNotificationRule : Rule
            {
                public override void Define()
                {
                    INotifier service = null!;
                    ILimits limits = null!;
                    Claim claim = null!;
                    Dependency().Resolve(() => service).Resolve(() => limits);
                    When().Match(() => claim, c => c.Amount > 0);
                    Filter().Where(() => limits.Allows(claim));
                    Then().Do(_ => service.Denied(claim));
                }
            }
            """);
}
