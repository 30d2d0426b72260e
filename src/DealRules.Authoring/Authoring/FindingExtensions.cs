using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NRules.RuleModel;

namespace DealRules.Authoring;

/// <summary>
/// Builds findings inside a rule's action. Start with <see cref="Finding(IContext, string)"/> (the
/// rule's default severity) or <see cref="Finding(IContext, Severity, string)"/> and chain the rest; every method returns a new finding, so the chain is one expression and can
/// be given to <c>Then().Yield(ctx => …)</c>.
/// </summary>
public static class FindingExtensions
{
    /// <summary>
    /// Starts a finding of the rule that is firing, with the rule's id, title, category and
    /// perspective taken from its attributes.
    /// </summary>
    /// <param name="context">The action's context.</param>
    /// <param name="severity">The finding's severity.</param>
    /// <param name="message">One sentence, with the numbers in it.</param>
    public static Finding Finding(this IContext context, Severity severity, string message)
    {
        var rule = RuleInfo.Of(context.Rule);
        return new Finding
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Category = rule.Category,
            Perspective = rule.Perspective,
            Severity = severity,
            Message = message,
        };
    }

    /// <summary>
    /// Starts a finding of the rule that is firing at the rule's default severity
    /// (<see cref="DefaultSeverityAttribute"/>), with its id, title, category and perspective.
    /// </summary>
    /// <param name="context">The action's context.</param>
    /// <param name="message">One sentence, with the numbers in it.</param>
    public static Finding Finding(this IContext context, string message) =>
        context.Finding(RuleInfo.Of(context.Rule).DefaultSeverity, message);

    /// <summary>Sets the party ids involved, in the order that explains the finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="parties">The party ids.</param>
    public static Finding About(this Finding finding, params string[] parties) =>
        finding with { Parties = [.. parties] };

    /// <summary>Adds the facts the finding rests on; its deal ids follow from them.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="pointers">JSON pointers written <c>DEALID#/path</c>.</param>
    public static Finding From(this Finding finding, params string[] pointers) => finding.From((IEnumerable<string>)pointers);

    /// <summary>Adds the facts the finding rests on; its deal ids follow from them.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="pointers">JSON pointers written <c>DEALID#/path</c>.</param>
    public static Finding From(this Finding finding, IEnumerable<string> pointers)
    {
        var facts = new List<string>(finding.Facts.Count + (pointers.TryGetNonEnumeratedCount(out var count) ? count : 4));
        facts.AddRange(finding.Facts);
        facts.AddRange(pointers);
        if (facts.Count > DistinctScanLimit)
        {
            return finding with { Facts = Distinct(facts), DealIds = DealIdsOf(facts) };
        }

        // A finding rests on a few facts, mostly of one document: scans instead of sets, one deal id string.
        for (var i = facts.Count - 1; i > 0; i--)
        {
            if (facts.IndexOf(facts[i], 0, i) >= 0)
            {
                facts.RemoveAt(i);
            }
        }

        var dealIds = new List<string>(1);
        foreach (var fact in facts)
        {
            var id = DealIdSpan(fact);
            var known = false;
            for (var i = 0; i < dealIds.Count && !known; i++)
            {
                known = id.SequenceEqual(dealIds[i]);
            }

            if (!known)
            {
                dealIds.Add(id.Length == fact.Length ? fact : id.ToString());
            }
        }

        dealIds.Sort(StringComparer.Ordinal);
        return finding with
        {
            Facts = ImmutableCollectionsMarshal.AsImmutableArray(facts.ToArray()),
            DealIds = ImmutableCollectionsMarshal.AsImmutableArray(dealIds.ToArray()),
        };
    }

    /// <summary>Up to this many facts, duplicates are found by a scan.</summary>
    private const int DistinctScanLimit = 16;

    private static string[] Distinct(List<string> facts) => facts.Distinct(StringComparer.Ordinal).ToArray();

    private static string[] DealIdsOf(List<string> facts) =>
        Distinct(facts).Select(FactPointer.DealId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The deal id of a pointer (<see cref="FactPointer.DealId"/>) without making a string of it.</summary>
    private static ReadOnlySpan<char> DealIdSpan(string pointer)
    {
        var hash = pointer.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? pointer : pointer.AsSpan(0, hash);
    }

    /// <summary>Adds a number to the evidence, rounded to four decimal places; nothing when it is undisclosed (null).</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="name">The value's camelCase name.</param>
    /// <param name="value">The value.</param>
    public static Finding With(this Finding finding, string name, decimal? value) =>
        value is { } known ? finding with { Evidence = finding.Evidence.With(name, Wording.Rounded(known)) } : finding;

    /// <summary>
    /// Adds a sum of money to the evidence: <paramref name="name"/> is its value with capacity priced
    /// at <paramref name="dollarsPerGw"/>; <c>{name}Qualifier</c> follows when it is not exact
    /// (<c>up-to</c>, <c>at-least</c>, <c>about</c>), and when capacity is valued into it,
    /// <c>{name}Estimated</c> (true), <c>{name}CapacityGw</c> and <c>dollarsPerGw</c>. An exact sum
    /// without capacity adds its value alone, as format 1 reports always did.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <param name="name">The value's camelCase name.</param>
    /// <param name="sum">The sum.</param>
    /// <param name="dollarsPerGw">The price of a gigawatt of capacity.</param>
    public static Finding With(this Finding finding, string name, MoneySum sum, decimal dollarsPerGw)
    {
        ArgumentNullException.ThrowIfNull(sum);
        finding = finding.With(name, sum.ValueAt(dollarsPerGw));
        if (sum.Qualifier != Model.AmountQualifier.Exact)
        {
            finding = finding.With(name + "Qualifier", Wording.Name(sum.Qualifier));
        }

        return sum.Estimated
            ? finding.With(name + "Estimated", true).With(name + "CapacityGw", sum.CapacityGw).With("dollarsPerGw", dollarsPerGw)
            : finding;
    }

    /// <summary>
    /// Adds the currency of the finding's money to the evidence from document format 2 on; under
    /// format 1 nothing, so that format 1 reports stay as they were.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <param name="format">The format in force (<c>DealScope.Format</c>, <c>PortfolioFact.Format</c>).</param>
    /// <param name="currency">The ISO 4217 code.</param>
    public static Finding WithCurrency(this Finding finding, int format, string currency) =>
        format >= 2 ? finding.With("currency", currency) : finding;

    /// <summary>Adds a string to the evidence; nothing when it is null.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="name">The value's camelCase name.</param>
    /// <param name="value">The value.</param>
    public static Finding With(this Finding finding, string name, string? value) =>
        value is not null ? finding with { Evidence = finding.Evidence.With(name, value) } : finding;

    /// <summary>Adds a boolean to the evidence.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="name">The value's camelCase name.</param>
    /// <param name="value">The value.</param>
    public static Finding With(this Finding finding, string name, bool value) =>
        finding with { Evidence = finding.Evidence.With(name, value) };

    /// <summary>Adds a list of strings to the evidence.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="name">The value's camelCase name.</param>
    /// <param name="values">The values, in the order to report them.</param>
    public static Finding With(this Finding finding, string name, IEnumerable<string> values) =>
        finding with { Evidence = finding.Evidence.With(name, values.ToArray()) };
}
