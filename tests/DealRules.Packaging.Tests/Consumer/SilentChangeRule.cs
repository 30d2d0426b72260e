using DealRules.Authoring;
using NRules.Fluent.Dsl;

namespace MyCompany.DealRules;

public sealed class Watchlist
{
    public int Hits { get; set; }
}

[RuleId("STRAT102")]
[RuleTitle("Changes a fact in a helper")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Info)]
public sealed class SilentChangeRule : Rule
{
    public override void Define()
    {
        Watchlist watchlist = default!;
        When().Match(() => watchlist, w => w.Hits < 3);
        Then().Do(ctx => Hit(watchlist));
    }

    private static void Hit(Watchlist watchlist) => watchlist.Hits++;
}
