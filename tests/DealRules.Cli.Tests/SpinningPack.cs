namespace DealRules.Cli.Tests;

/// <summary>A rule pack whose one rule never finishes its condition: for deadlines and for a worker left spinning.</summary>
internal static class SpinningPack
{
    public const string Source = """
        using DealRules.Authoring;
        using DealRules.Facts;
        using NRules.Fluent.Dsl;

        public static class Work
        {
            public static int Spin(string text)
            {
                var i = 0;
                while (text.Length > 0)
                {
                    i++;
                }

                return i;
            }
        }

        [RuleId("STRAT101")]
        [RuleTitle("Spins")]
        [RuleCategory(Category.Strategic)]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]
        public sealed class SpinRule : Rule
        {
            public override void Define()
            {
                DealFact deal = default!;
                When().Match(() => deal, d => Work.Spin(d.Deal.Id) > 0);
                Then().Yield(ctx => ctx.Finding(Severity.Info, "never").From(deal.StatusPointer));
            }
        }
        """;
}
