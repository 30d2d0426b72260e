using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>What a condition is known to be for a fact of which some members are known.</summary>
internal enum Truth
{
    Unknown,
    True,
    False,
}

/// <summary>
/// Evaluates a condition on a fact whose members are partly known: after an update (<c>!o.Done</c> is false once
/// an action sets <c>Done = true</c>; <c>o.Count &lt; 3</c> ends once an action only increments it), or for a fact
/// an action creates. Anything it cannot follow is <see cref="Truth.Unknown"/>, and callers stay silent on it.
/// </summary>
internal sealed class ConditionTest
{
    private readonly string subject;
    private readonly KnownMembers known;
    private readonly string? copiedFrom;
    private readonly DefineMethod define;

    /// <param name="subject">The name the condition calls the fact by: the lambda's parameter, or the alias in a Having.</param>
    /// <param name="known">What is known of the fact's members.</param>
    /// <param name="copiedFrom">
    /// For a created fact, the alias of a fact that satisfied this very condition: a member set to <c>thatAlias.Member</c>
    /// makes a condition that reads only that member true again.
    /// </param>
    /// <param name="define">The rule, for constants.</param>
    public ConditionTest(string subject, KnownMembers known, string? copiedFrom, DefineMethod define)
    {
        this.subject = subject;
        this.known = known;
        this.copiedFrom = copiedFrom;
        this.define = define;
    }

    /// <summary>The condition of a pattern lambda (<c>o => …</c>) or a Having (<c>() => …</c>, about <paramref name="alias"/>).</summary>
    public static Truth Evaluate(LambdaExpressionSyntax condition, string? alias, KnownMembers known, string? copiedFrom, DefineMethod define)
    {
        var subject = condition switch
        {
            SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } one => one.ParameterList.Parameters[0].Identifier.ValueText,
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 0 } => alias,
            _ => null,
        };
        return subject is null || condition.Body is not ExpressionSyntax body
            ? Truth.Unknown
            : new ConditionTest(subject, known, copiedFrom, define).Evaluate(body);
    }

    /// <summary>A condition of another pattern, read for what it says about the fact named <paramref name="alias"/>.</summary>
    public static Truth EvaluateAbout(LambdaExpressionSyntax condition, string alias, KnownMembers known, DefineMethod define) =>
        condition.Body is ExpressionSyntax body && !LambdaParameterNames(condition).Contains(alias)
            ? new ConditionTest(alias, known, null, define).Evaluate(body)
            : Truth.Unknown;

    private static string[] LambdaParameterNames(LambdaExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => new[] { simple.Parameter.Identifier.ValueText },
        ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters.Select(p => p.Identifier.ValueText).ToArray(),
        _ => System.Array.Empty<string>(),
    };

    public Truth Evaluate(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and:
                return And(Evaluate(and.Left), Evaluate(and.Right));
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or:
                return Not(And(Not(Evaluate(or.Left)), Not(Evaluate(or.Right))));
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Not(Evaluate(not.Operand));
        }

        if (!Mentions(expression, subject))
        {
            // About other facts only: it held when the rule fired, and an update of this fact leaves it as it was.
            return Truth.True;
        }

        if (IsCopied(expression))
        {
            return Truth.True;
        }

        return expression switch
        {
            MemberAccessExpressionSyntax member when MemberOfSubject(member) is { } name => Compare(name, SyntaxKind.EqualsExpression, True),
            BinaryExpressionSyntax binary => Comparison(binary),
            IsPatternExpressionSyntax { Expression: MemberAccessExpressionSyntax member, Pattern: var pattern } when MemberOfSubject(member) is { } name => Pattern(name, pattern),
            _ => Truth.Unknown,
        };
    }

    private static readonly ExpressionSyntax True = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);

    private Truth Comparison(BinaryExpressionSyntax binary)
    {
        var kind = binary.Kind();
        if (binary.Left is MemberAccessExpressionSyntax left && MemberOfSubject(left) is { } name && !Mentions(binary.Right, subject))
        {
            return Compare(name, kind, binary.Right);
        }

        if (binary.Right is MemberAccessExpressionSyntax right && MemberOfSubject(right) is { } mirrored && !Mentions(binary.Left, subject))
        {
            return Compare(mirrored, Mirror(kind), binary.Left);
        }

        return Truth.Unknown;
    }

    private Truth Pattern(string member, PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax constant => Compare(member, SyntaxKind.EqualsExpression, constant.Expression),
        UnaryPatternSyntax { Pattern: ConstantPatternSyntax constant } => Compare(member, SyntaxKind.NotEqualsExpression, constant.Expression),
        RelationalPatternSyntax relational => Compare(member, relational.OperatorToken.Kind() switch
        {
            SyntaxKind.LessThanToken => SyntaxKind.LessThanExpression,
            SyntaxKind.LessThanEqualsToken => SyntaxKind.LessThanOrEqualExpression,
            SyntaxKind.GreaterThanToken => SyntaxKind.GreaterThanExpression,
            _ => SyntaxKind.GreaterThanOrEqualExpression,
        }, relational.Expression),
        _ => Truth.Unknown,
    };

    /// <summary><c>subject.member op bound</c>, given what is known of the member.</summary>
    private Truth Compare(string member, SyntaxKind op, ExpressionSyntax bound)
    {
        if (!known.TryGet(member, out var value))
        {
            return Truth.Unknown;
        }

        switch (value.Change)
        {
            case MemberChange.Set when value.Constant is { } set && Constant.Of(bound, define.Model, define.CancellationToken) is { } limit:
                return Holds(set, op, limit) is { } holds ? (holds ? Truth.True : Truth.False) : Truth.Unknown;
            case MemberChange.Set when op == SyntaxKind.EqualsExpression && value.Value is { } expression && SameText(expression, bound):
                return Truth.True;
            case MemberChange.Set when StepFromCopy(member, value.Value) is { } step
                && ((step > 0 && op is SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression)
                    || (step < 0 && op is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression)):
                // The new fact's member is the matched fact's, moved further past the bound it already passed.
                return Truth.True;
            case MemberChange.Increase when op is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression:
            case MemberChange.Decrease when op is SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression:
                // Each update moves the member towards the bound: the condition ends up false, so the loop ends.
                return Truth.False;
            default:
                return Truth.Unknown;
        }
    }

    /// <summary>For a member set to <c>copiedFrom.member + k</c> (or <c>- k</c>), the sign of the step; null otherwise.</summary>
    private int? StepFromCopy(string member, ExpressionSyntax? value)
    {
        if (copiedFrom is null
            || value is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.SubtractExpression } step
            || step.Left is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax source } copy
            || source.Identifier.ValueText != copiedFrom
            || copy.Name.Identifier.ValueText != member
            || Constant.Of(step.Right, define.Model, define.CancellationToken)?.Value is not decimal amount
            || amount == 0)
        {
            return null;
        }

        return (amount > 0) == step.IsKind(SyntaxKind.AddExpression) ? 1 : -1;
    }

    private static bool? Holds(Constant value, SyntaxKind op, Constant bound) => op switch
    {
        SyntaxKind.EqualsExpression => value.Equals(bound),
        SyntaxKind.NotEqualsExpression => !value.Equals(bound),
        SyntaxKind.LessThanExpression => value.CompareTo(bound) is { } c ? c < 0 : null,
        SyntaxKind.LessThanOrEqualExpression => value.CompareTo(bound) is { } c ? c <= 0 : null,
        SyntaxKind.GreaterThanExpression => value.CompareTo(bound) is { } c ? c > 0 : null,
        SyntaxKind.GreaterThanOrEqualExpression => value.CompareTo(bound) is { } c ? c >= 0 : null,
        _ => null,
    };

    private static SyntaxKind Mirror(SyntaxKind op) => op switch
    {
        SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanExpression,
        SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanOrEqualExpression,
        SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanExpression,
        SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.LessThanOrEqualExpression,
        _ => op,
    };

    /// <summary>True when every member of the subject the expression reads was copied from the fact that satisfied it.</summary>
    private bool IsCopied(ExpressionSyntax expression)
    {
        if (copiedFrom is null)
        {
            return false;
        }

        var uses = expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == subject).ToArray();
        return uses.Length > 0 && uses.All(use =>
            use.Parent is MemberAccessExpressionSyntax access && access.Expression == use
            && known.TryGet(access.Name.Identifier.ValueText, out var value)
            && value.Change == MemberChange.Set
            && value.Value is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax source } copy
            && source.Identifier.ValueText == copiedFrom
            && copy.Name.Identifier.ValueText == access.Name.Identifier.ValueText);
    }

    private string? MemberOfSubject(MemberAccessExpressionSyntax member) =>
        member.Expression is IdentifierNameSyntax owner && owner.Identifier.ValueText == subject ? member.Name.Identifier.ValueText : null;

    private static bool Mentions(SyntaxNode node, string name) =>
        node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == name);

    private static bool SameText(SyntaxNode a, SyntaxNode b) =>
        a.WithoutTrivia().ToString().Replace(" ", "") == b.WithoutTrivia().ToString().Replace(" ", "");

    private static Truth And(Truth a, Truth b) =>
        a == Truth.False || b == Truth.False ? Truth.False : a == Truth.True && b == Truth.True ? Truth.True : Truth.Unknown;

    private static Truth Not(Truth a) => a switch { Truth.True => Truth.False, Truth.False => Truth.True, _ => Truth.Unknown };
}
