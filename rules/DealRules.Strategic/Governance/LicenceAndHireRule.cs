using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Governance;

/// <summary>
/// GOV005: a party hires people from a company and, in the same deal, licenses its intellectual
/// property or invests in it — the licence-and-hire ("acqui-hire") structure that competition
/// authorities such as the UK CMA have reviewed as a merger.
/// </summary>
[RuleId("GOV005")]
[RuleTitle("Licence and hire: a merger in all but name")]
[RuleCategory(Category.Governance)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Medium)]
[RequiresFormat(2)]
public sealed class LicenceAndHireRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        HireFact hire = default!;

        When()
            .Match(() => hire, h => h.Licences.Count > 0 || h.Investments.Count > 0);

        Then()
            .Yield(ctx => ctx.Finding(hire.IncludesLeaders ? Severity.High : Severity.Medium,
                    $"{hire.Hirer.Name} hires {People(hire)} from {hire.From.Name} and {Takes(hire)}: " +
                    "a licence-and-hire that competition authorities have reviewed as a merger.")
                .About(hire.Hirer.Id, hire.From.Id)
                .With("includesLeaders", hire.IncludesLeaders)
                .With("headcount", hire.Headcount)
                .With("licensed", hire.Licences.Count > 0)
                .With("invested", hire.Investments.Count > 0)
                .With("paid", hire.Paid.Stated > 0 ? hire.Paid.Stated : null)
                .With("paidQualifier", hire.Paid.Stated > 0 && hire.Paid.Qualifier != AmountQualifier.Exact ? Wording.Name(hire.Paid.Qualifier) : null)
                .WithCurrency(hire.Format, hire.Currency)
                .From(hire.Pointer)
                .From(hire.Licences.Select(l => l.Pointer))
                .From(hire.Investments.Select(i => i.Pointer)));
    }

    private static string People(HireFact hire)
    {
        var who = hire.IncludesLeaders ? "its leaders" : "staff";
        return hire.Headcount is { } count ? $"{who} ({count} people in all)" : who;
    }

    private static string Takes(HireFact hire)
    {
        var parts = new List<string>();
        if (hire.Licences.Count > 0)
        {
            parts.Add("licenses its technology");
        }

        if (hire.Investments.Count > 0)
        {
            parts.Add("invests in it");
        }

        var paid = hire.Paid.Stated > 0 ? $", paying {Wording.Money(hire.Paid, hire.Currency, 0)}" : "";
        return Wording.List(parts) + paid;
    }
}
