using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using DealRules.Authoring;
using DealRules.Facts;

namespace DealRules.Observation;

/// <summary>
/// How a condition reads, and what it compared: the operands of its comparisons, evaluated by the
/// rule's own expression on the arguments NRules passed it (a part of the condition compiled alone,
/// never a second version of the rule), and facts and values worded for people.
/// </summary>
internal static partial class ConditionText
{
    /// <summary>The longest value shown.</summary>
    private const int MaxValueLength = 200;

    /// <summary>The condition's text with its parameters numbered: two rules' equal conditions have the same key whatever they call their aliases.</summary>
    public static string Key(LambdaExpression lambda)
    {
        var renamed = new Renamer(lambda.Parameters).Visit(lambda.Body);
        return string.Join(",", lambda.Parameters.Select(p => p.Type.FullName)) + ":" + renamed;
    }

    /// <summary>The condition as a person reads it: <c>f.Ratio &gt;= parameters["circular.spendBackMedium"]</c>.</summary>
    public static string Of(LambdaExpression lambda)
    {
        var text = IndexerCall().Replace(lambda.Body.ToString(), "[$1]");
        return text.Length > 1 && text[0] == '(' && text[^1] == ')' && Balanced(text[1..^1]) ? text[1..^1] : text;
    }

    /// <summary>The operands worth showing: both sides of each comparison, each boolean leaf, leaving out constants.</summary>
    public static Operand[] Operands(LambdaExpression lambda)
    {
        var arguments = Expression.Parameter(typeof(object[]), "arguments");
        var replacements = lambda.Parameters.Select((p, i) => (p, (Expression)Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.Type)))
            .ToDictionary(p => p.p, p => p.Item2);
        return Parts(lambda.Body)
            .Where(part => part is not ConstantExpression)
            .Select(part =>
            {
                var body = new Substitution(replacements).Visit(part);
                var function = Expression.Lambda<Func<object?[], object?>>(Expression.Convert(body, typeof(object)), arguments);
                return new Operand(Of(Expression.Lambda(part, lambda.Parameters)), new Lazy<Func<object?[], object?>>(() => function.Compile()));
            })
            .ToArray();
    }

    /// <summary>A value as it is shown: numbers and dates invariant, text quoted, facts by what they rest on, anything else by its type.</summary>
    public static string Value(object? value)
    {
        var text = value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            bool b => b ? "true" : "false",
            Enum e => e.ToString(),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // G29 drops the trailing zeros a division leaves (90.000…0 is shown as 90).
            decimal d => d.ToString("G29", CultureInfo.InvariantCulture),
            double or float or int or long or short or byte => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
            MoneySum sum => sum.CapacityGw > 0 ? $"{Value(sum.Stated)} stated + {Value(sum.CapacityGw)} GW" : Value(sum.Stated),
            RuleParameters parameters => $"RuleParameters (profile {parameters.ProfileName})",
            IDealFact fact => Fact(fact),
            ICollection collection => $"{collection.Count} items",
            _ => value.GetType().Name,
        };
        return text.Length > MaxValueLength ? text[..MaxValueLength] + "…" : text;
    }

    /// <summary>A fact by its type and the document entries it rests on.</summary>
    public static string Fact(object? fact) => fact switch
    {
        null => "null",
        RuleParameters parameters => Value(parameters),
        InvestmentFact f => $"InvestmentFact {f.Pointer}",
        CommitmentFact f => $"CommitmentFact {f.Pointer}",
        ChipMandateFact f => $"ChipMandateFact {f.Pointer}",
        CloudTermsFact f => $"CloudTermsFact {f.Pointer}",
        RightFact f => $"RightFact {f.Pointer}",
        HireFact f => $"HireFact {f.Pointer}",
        DealFact f => $"DealFact {f.Scope.Id}",
        InvestorLink f => $"InvestorLink {string.Join(", ", f.InvestmentPointers)}",
        SpendBack f => $"SpendBack {f.Investor.Id} -> {f.Investee.Id} ({Shorten(string.Join(", ", f.Facts))})",
        BuyBack f => $"BuyBack {f.Investor.Id} -> {f.Investee.Id} ({Shorten(string.Join(", ", f.Facts))})",
        ChipShare f => $"ChipShare of {f.Controller.Id} in {f.Buyer.Id}'s compute ({Shorten(string.Join(", ", f.Facts))})",
        ProviderShare f => $"ProviderShare of {f.Provider.Id} in {f.Buyer.Id}'s compute ({Shorten(string.Join(", ", f.Facts))})",
        BuyerShare f => $"BuyerShare of {f.Buyer.Id} in {f.Provider.Id}'s sales ({Shorten(string.Join(", ", f.Facts))})",
        StagedCommitments f => $"StagedCommitments {f.Buyer.Id} -> {f.Provider.Id} ({Shorten(string.Join(", ", f.Facts))})",
        LabHolding f => $"LabHolding {f.Holder.Id} in {f.Lab.Id} ({Shorten(string.Join(", ", f.Facts))})",
        PortfolioFact f => $"{f.GetType().Name} {Shorten(string.Join(", ", f.Facts))}",
        IDealFact f => $"{f.GetType().Name} on {Shorten(string.Join(", ", f.DealIds))}",
        ICollection collection => $"{collection.Count} facts",
        _ => fact.GetType().Name,
    };

    private static string Shorten(string text) => text.Length > MaxValueLength ? text[..MaxValueLength] + "…" : text;

    private static IEnumerable<Expression> Parts(Expression body) => body switch
    {
        BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } b => Parts(b.Left).Concat(Parts(b.Right)),
        UnaryExpression { NodeType: ExpressionType.Not } u => Parts(u.Operand),
        BinaryExpression { NodeType: ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
            or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual } b => [Unconverted(b.Left), Unconverted(b.Right)],
        _ => [body],
    };

    /// <summary>The operand without the conversion the compiler added to compare it (a nullable lift, an enum to its number).</summary>
    private static Expression Unconverted(Expression e) =>
        e is UnaryExpression { NodeType: ExpressionType.Convert } convert && convert.Operand.Type != typeof(object) ? convert.Operand : e;

    private static bool Balanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    [GeneratedRegex(@"\.get_Item\(([^()]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex IndexerCall();

    /// <summary>A part of a condition that is shown with its value, and the code that computes it from the condition's arguments.</summary>
    internal sealed record Operand(string Text, Lazy<Func<object?[], object?>> Compute)
    {
        public string ValueOn(object?[] arguments)
        {
            try
            {
                return Value(Compute.Value(arguments));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return $"(not evaluated: {e.GetType().Name})";
            }
        }
    }

    private sealed class Renamer(IReadOnlyList<ParameterExpression> parameters) : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, ParameterExpression> renamed =
            parameters.Select((p, i) => (p, Expression.Parameter(p.Type, "p" + i.ToString(CultureInfo.InvariantCulture)))).ToDictionary(p => p.p, p => p.Item2);

        protected override Expression VisitParameter(ParameterExpression node) => renamed.GetValueOrDefault(node, node);
    }

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => replacements.GetValueOrDefault(node, node);
    }
}
