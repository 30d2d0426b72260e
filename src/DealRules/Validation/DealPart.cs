using DealRules.Model;
using FluentValidation;
using FluentValidation.Results;

namespace DealRules.Validation;

/// <summary>
/// One part of a deal (a party, an investment, the IPO…) checked by a rule that covers the whole list
/// of such parts at once, and where that part's failures go.
/// </summary>
/// <remarks>
/// A failure is placed and worded exactly as a rule of a child validator run by
/// <c>RuleForEach(…).SetValidator(…)</c> would place and word it: the path names the part
/// (<c>Investments[2].Investee</c>, <c>Parties[0].Clouds[1]</c>, <c>Ipo.Party</c>). The message is added
/// as written, not as a template for FluentValidation's formatter: it quotes the document's own text, in
/// which "{CollectionIndex:D999999999}" would have the formatter build a 2 GB string and
/// "{PropertyName}" would be replaced. Checking a list in one rule saves what FluentValidation spends on every part
/// and every rule of a child validator even when nothing fails: a context, a result and a path string
/// for each.
/// </remarks>
/// <param name="context">The deal's validation context.</param>
/// <param name="list">The deal's property that holds the part (<c>Investments</c>, <c>Ipo</c>).</param>
/// <param name="index">The part's position in that list; null for a part that is not in a list.</param>
internal readonly struct DealPart(ValidationContext<Deal> context, string list, int? index)
{
    /// <summary>Checks each part of a list in order, as <c>RuleForEach</c> would; a missing list or part is skipped.</summary>
    /// <param name="parts">The list, for example the deal's investments.</param>
    /// <param name="context">The deal's validation context.</param>
    /// <param name="list">The deal's property that holds the list (<c>Investments</c>).</param>
    /// <param name="check">The rules of one part, in the order its messages are reported.</param>
    public static void CheckEach<TPart>(IReadOnlyList<TPart>? parts, ValidationContext<Deal> context, string list, Action<TPart, DealPart> check)
        where TPart : class
    {
        for (var i = 0; parts is not null && i < parts.Count; i++)
        {
            if (parts[i] is { } part)
            {
                check(part, new DealPart(context, list, i));
            }
        }
    }

    /// <summary>Reports a failure of one of the part's properties.</summary>
    public void Fail(string property, object? value, string message) =>
        Add($"{Path}.{property}", value, message);

    /// <summary>Reports a failure of one element of a list the part holds.</summary>
    public void FailElement(string property, int element, object? value, string message) =>
        Add($"{Path}.{property}[{element}]", value, message);

    /// <summary>A party reference must name a party declared in the document.</summary>
    public void MustBeDeclaredParty(string? id, string property)
    {
        if (!DeclaredParties.IsDeclared(context, id))
        {
            Fail(property, id, DeclaredParties.NotDeclared(id!));
        }
    }

    /// <summary>A party reference must differ from the other party of the same part.</summary>
    public void MustDifferFrom(string? value, string? other, string property, string otherName)
    {
        if (value is not null && value == other)
        {
            Fail(property, value, CommonRules.SameParty(value, otherName));
        }
    }

    public void MustBeId(string? id, string property)
    {
        if (!CommonRules.IsId(id))
        {
            Fail(property, id, CommonRules.NotAnId(id!));
        }
    }

    public void MustBeIds(IReadOnlyList<string>? ids, string property)
    {
        for (var j = 0; ids is not null && j < ids.Count; j++)
        {
            if (!CommonRules.IsId(ids[j]))
            {
                FailElement(property, j, ids[j], CommonRules.NotAnId(ids[j]));
            }
        }
    }

    public void MustBeAmount(decimal? value, string property)
    {
        if (!CommonRules.IsNotNegative(value))
        {
            Fail(property, value, CommonRules.NegativeAmount(value));
        }

        if (!CommonRules.IsAtMostMaximum(value))
        {
            Fail(property, value, CommonRules.AboveMaximumAmount(value));
        }
    }

    public void MustBePercent(decimal? value, string property)
    {
        if (!CommonRules.IsPercent(value))
        {
            Fail(property, value, CommonRules.NotAPercent(value));
        }
    }

    /// <summary>Text that is given must not be empty or white space (FluentValidation's <c>NotEmpty</c>).</summary>
    public void MustNotBeBlank(string? text, string property, string message)
    {
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Fail(property, text, message);
        }
    }

    private string Path => index is { } at ? $"{list}[{at}]" : list;

    // Added as written: the message quotes the document's own text, which is never a template for FluentValidation's
    // formatter ("{CollectionIndex:D999999999}" in a reference would have it build a 2 GB string).
    private void Add(string path, object? value, string message) =>
        context.AddFailure(new ValidationFailure(path, message, value));
}
