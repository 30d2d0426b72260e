using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace DealRules.Strategic.Governance;

/// <summary>GOV003: an investor of an AI lab also holds a stake in another AI lab, anywhere in the portfolio.</summary>
[RuleId("GOV003")]
[RuleTitle("Investor holds stakes in competing AI labs")]
[RuleCategory(Category.Governance)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Medium)]
public sealed class CompetingLabStakesRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        IGrouping<string, LabHolding> holdings = default!;
        IEnumerable<RightFact> insideRights = default!;

        When()
            .Query(() => holdings, q => q
                .Match<LabHolding>()
                .GroupBy(h => h.Holder.Id)
                .Where(g => g.Any(h => h.ByInvestment) && g.Select(h => h.Lab.Id).Distinct().Count() >= 2))
#pragma warning disable DR1012 // An empty collection is meaningful: no inside rights makes the finding medium rather than high.
            .Query(() => insideRights, q => q
                .Match<RightFact>(
                    r => r.Holder.Id == holdings.Key,
                    r => r.Kind == RightKind.Information || r.Kind == RightKind.BoardSeat || r.Kind == RightKind.BoardObserver,
                    r => holdings.Any(h => h.Lab.Id == r.Grantor.Id))
                .Collect());
#pragma warning restore DR1012

        Then()
            .Yield(ctx => Report(ctx, holdings, insideRights));
    }

    private static Authoring.Finding Report(IContext ctx, IGrouping<string, LabHolding> holdings, IEnumerable<RightFact> insideRights)
    {
        var holder = holdings.First().Holder;
        var invested = Labs(holdings.Where(h => h.ByInvestment));
        var others = Labs(holdings).ExceptBy(invested.Select(l => l.Id), l => l.Id).ToArray();
        var rights = insideRights.OrderBy(r => r.Pointer, FactPointerComparer.Instance).ToArray();
        var message = others.Length == 0
            ? $"{holder.Name} invests in {Wording.List(invested.Select(l => l.Name))}, competing AI labs"
            : $"{holder.Name} invests in {Wording.List(invested.Select(l => l.Name))} and also holds a stake in " +
              $"{Wording.List(others.Select(l => l.Name))}, {(others.Length == 1 ? "a competing AI lab" : "competing AI labs")}";
        if (rights.Length > 0)
        {
            message += $"; it holds {Wording.List(rights.Select(r => $"{RightWording.Describe(r.Kind)} from {r.Grantor.Name}").Distinct())}";
        }

        return ctx.Finding(rights.Length > 0 ? Severity.High : Severity.Medium, message + ".")
            .About([holder.Id, .. invested.Select(l => l.Id), .. others.Select(l => l.Id)])
            .With("labs", Labs(holdings).Select(l => l.Id))
            .With("insideRights", rights.Select(r => Wording.Name(r.Kind)).Distinct())
            .From(holdings.SelectMany(h => h.Facts).Order(FactPointerComparer.Instance))
            .From(rights.Select(r => r.Pointer));
    }

    private static Party[] Labs(IEnumerable<LabHolding> holdings) =>
        holdings.Select(h => h.Lab).DistinctBy(l => l.Id).OrderBy(l => l.Id, StringComparer.Ordinal).ToArray();
}
