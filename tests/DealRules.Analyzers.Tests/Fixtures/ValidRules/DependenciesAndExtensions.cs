// Valid NRules 1.0.4 rules in every form NRules' documentation and its own tests show (fluent DSL, reactive
// queries, forward chaining, dependencies, DSL extensions, rule loading and activation). CorpusTests compiles
// the files of this folder together with every DealRules analyzer and expects no diagnostic at all: each rule here is correct code.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading.Tasks;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ValidRules;

// rule-dependencies.md: a dependency used in an action.
public class DeniedClaimNotificationRule : Rule
{
    public override void Define()
    {
        INotificationService service = default!;
        Claim claim = default!;

        Dependency()
            .Resolve(() => service);

        When()
            .Match(() => claim, c => c.Status == ClaimStatus.Denied);

        Then()
            .Do(_ => service.ClaimDenied(claim))
            .Do(_ => service.SendAsync(claim).GetAwaiter().GetResult());
    }
}

// dsl-extensions.md: extension methods on both sides.
public static class ClaimContextExtensions
{
    public static void Warning(this IContext context, Claim claim, string message)
    {
        var warning = new ClaimAlert { Severity = 2, Claim = claim, RuleName = context.Rule.Name, Message = message };
        context.Insert(warning);
    }
}

public static class DslExtensions
{
    public static ILeftHandSideExpression Claim(this ILeftHandSideExpression lhs, Expression<Func<Claim>> alias, params Expression<Func<Claim, bool>>[] conditions) =>
        lhs.Match(alias, conditions);

    public static ILeftHandSideExpression Patient(this ILeftHandSideExpression lhs, Expression<Func<Patient>> alias, params Expression<Func<Patient, bool>>[] conditions) =>
        lhs.Match(alias, conditions);

    public static ILeftHandSideExpression Insured(this ILeftHandSideExpression lhs, params Expression<Func<Insured, bool>>[] conditions) =>
        lhs.Match(conditions);

    public static IRightHandSideExpression Warning(this IRightHandSideExpression rhs, Claim claim, string message) =>
        rhs.Do(ctx => ctx.Warning(claim, message));
}

[Name("Self insured name validation")]
public class SelfInsuredNameValidationRule : Rule
{
    public override void Define()
    {
        Claim claim = default!;
        Patient patient = default!;

        When()
            .Match<Claim>(() => claim)
            .Match<Patient>(() => patient, p => p == claim.Patient,
                p => p.RelationshipToInsured == Relationship.Self)
            .Match<Insured>(i => i == claim.Insured,
                i => !Equals(patient.Name, i.Name));

        Then()
            .Do(ctx => ctx.Warning(claim, "Self insured name does not match"));
    }
}

[Name("Self insured name validation, with extensions")]
public class SelfInsuredNameValidationExtensionRule : Rule
{
    public override void Define()
    {
        Claim claim = default!;
        Patient patient = default!;

        When()
            .Claim(() => claim)
            .Patient(() => patient, p => p == claim.Patient,
                p => p.RelationshipToInsured == Relationship.Self)
            .Insured(i => i == claim.Insured,
                i => !Equals(patient.Name, i.Name));

        Then()
            .Warning(claim, "Self insured name does not match");
    }
}
