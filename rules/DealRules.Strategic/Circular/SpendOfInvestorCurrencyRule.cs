using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Circular;

/// <summary>CIRC002: the investor pays in its own credits or stock, and the investee commits to spend with the investor.</summary>
[RuleId("CIRC002")]
[RuleTitle("Investment paid in the investor's own credits or stock, spent back")]
[RuleCategory(Category.Circular)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.High)]
public sealed class SpendOfInvestorCurrencyRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        InvestmentFact investment = default!;
        InvestorLink link = default!;

        When()
            .Match(() => investment, i => i.Instrument == Instrument.Credits || i.Instrument == Instrument.VendorWarrant)
            .Match(() => link,
                l => l.Scope == investment.Scope && l.Investor.Id == investment.Investor.Id && l.Investee.Id == investment.Investee.Id,
                l => l.CommitmentsBack.Count > 0);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{link.Investor.Name} invests in {link.Investee.Name} with {InstrumentWording(investment.Instrument)}, " +
                    $"and {link.Investee.Name} commits to spend with {link.Investor.Name} in return.")
                .About(link.Investor.Id, link.Investee.Id)
                .With("instrument", Wording.Name(investment.Instrument))
                .With("amount", investment.Amount)
                .With("committedBack", link.CommitmentsBack.Any(c => c.Amount != null) ? (decimal?)link.DisclosedCommittedBack : null)
                .WithCurrency(link.Format, link.Currency)
                .From(investment.Pointer)
                .From(link.CommitmentsBack.Select(c => c.Pointer)));
    }

    private static string InstrumentWording(Instrument instrument) =>
        instrument == Instrument.Credits ? "its own cloud or compute credits" : "shares or warrants in itself";
}
