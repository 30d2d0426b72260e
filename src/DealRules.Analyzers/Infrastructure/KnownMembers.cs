using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>How an action changes one member of a fact, or what a new fact is created with.</summary>
internal enum MemberChange
{
    /// <summary>Set to <see cref="MemberValue.Value"/>.</summary>
    Set,

    /// <summary>Only ever made larger (<c>++</c>, <c>+= 1</c>).</summary>
    Increase,

    /// <summary>Only ever made smaller (<c>--</c>, <c>-= 1</c>).</summary>
    Decrease,

    /// <summary>Changed in a way the analyzer does not follow.</summary>
    Unknown,
}

/// <summary>One member's known change: its kind, the expression it is set to, and that expression's constant value when it has one.</summary>
internal readonly struct MemberValue
{
    public MemberValue(MemberChange change, ExpressionSyntax? value = null, Constant? constant = null)
    {
        Change = change;
        Value = value;
        Constant = constant;
    }

    public MemberChange Change { get; }

    public ExpressionSyntax? Value { get; }

    public Constant? Constant { get; }
}

/// <summary>A constant read from source, normalised so that <c>1</c>, <c>1m</c> and an enum member of value 1 compare alike.</summary>
internal sealed class Constant
{
    private Constant(object? value) => Value = value;

    /// <summary>A bool, a decimal (numbers and enum members), a string, or null.</summary>
    public object? Value { get; }

    public bool Equals(Constant other) => Equals(Value, other.Value);

    /// <summary>The comparison of two numbers, or null when either is not a number.</summary>
    public int? CompareTo(Constant other) => Value is decimal a && other.Value is decimal b ? a.CompareTo(b) : null;

    /// <summary>
    /// The constant an expression is: through the semantic model when it belongs to the model's tree (enum members,
    /// const fields), otherwise only literals.
    /// </summary>
    public static Constant? Of(ExpressionSyntax expression, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (model is not null && expression.SyntaxTree == model.SyntaxTree)
        {
            var value = model.GetConstantValue(expression, cancellationToken);
            return value.HasValue ? Normalise(value.Value) : null;
        }

        return expression switch
        {
            LiteralExpressionSyntax literal => literal.Kind() switch
            {
                SyntaxKind.TrueLiteralExpression => new Constant(true),
                SyntaxKind.FalseLiteralExpression => new Constant(false),
                SyntaxKind.NullLiteralExpression => new Constant(null),
                SyntaxKind.StringLiteralExpression => new Constant(literal.Token.ValueText),
                SyntaxKind.NumericLiteralExpression => Normalise(literal.Token.Value),
                _ => null,
            },
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax operand }
                when Of(operand, null, cancellationToken) is { Value: decimal number } => new Constant(-number),
            ParenthesizedExpressionSyntax parenthesized => Of(parenthesized.Expression, null, cancellationToken),
            _ => null,
        };
    }

    private static Constant? Normalise(object? value)
    {
        switch (value)
        {
            case null:
                return new Constant(null);
            case bool or string:
                return new Constant(value);
            case char c:
                return new Constant(c.ToString());
            case IConvertible convertible:
                try
                {
                    return new Constant(convertible.ToDecimal(CultureInfo.InvariantCulture));
                }
                catch (Exception e) when (e is OverflowException or InvalidCastException or FormatException)
                {
                    return null;
                }

            default:
                return null;
        }
    }
}

/// <summary>What is known about the members of one fact: set by the rule's actions, or given when the fact is created.</summary>
internal sealed class KnownMembers
{
    private readonly Dictionary<string, MemberValue> members = new(StringComparer.Ordinal);

    public bool IsEmpty => members.Count == 0;

    public bool TryGet(string member, out MemberValue value) => members.TryGetValue(member, out value);

    /// <summary>Records a change; two changes to one member that disagree make it unknown.</summary>
    public void Add(string member, MemberValue value)
    {
        if (!members.TryGetValue(member, out var known))
        {
            members[member] = value;
            return;
        }

        var agree = known.Change == value.Change
            && (known.Change != MemberChange.Set || (known.Constant is { } a && value.Constant is { } b && a.Equals(b)));
        if (!agree)
        {
            members[member] = new MemberValue(MemberChange.Unknown);
        }
    }
}
